package fr.socle.query.intervenant;

import fr.socle.kernel.intervenant.EmailIntervenantEnregistré;
import fr.socle.kernel.intervenant.RendezVousAnnoté;
import fr.socle.kernel.intervenant.RendezVousClos;
import fr.socle.kernel.intervenant.RendezVousPlanifié;
import fr.socle.kernel.intervenant.RéponseAuRendezVousDonnée;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.intervenant.StatutEmailIntervenantChangé;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Versions;
import fr.socle.query.intervenant.IntervenantVue.EmailVue;
import fr.socle.query.intervenant.IntervenantVue.NoteVue;
import fr.socle.query.intervenant.IntervenantVue.ParticipantVue;
import fr.socle.query.intervenant.IntervenantVue.RendezVousVue;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tient les échanges avec un intervenant, gardés dans sa fiche : ses rendez-vous (participants, réponses,
 * notes, issue) et les e-mails qu'on lui envoie. Chaque événement avance la version de la fiche, gardée
 * comme dans {@link ProjectionIntervenants}.
 * <p>
 * Même groupe que {@link ProjectionIntervenants} : ses événements passent par le même processeur, dans
 * l'ordre de chaque fiche. Un événement n'a de gestionnaire que d'un côté ; l'effacement des données
 * personnelles, qui touche aussi les e-mails, reste dans {@link ProjectionIntervenants}. Pas de remise à
 * zéro ici : rendez-vous et e-mails sont des listes de la fiche, vidées avec elle.
 */
@Component
@ProcessingGroup(ProjectionIntervenants.GROUPE)
public class ProjectionEchangesIntervenants {

    private final MongoTemplate mongo;

    public ProjectionEchangesIntervenants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RendezVousPlanifié e, @SequenceNumber long sequence) {
        RendezVousVue rdv = new RendezVousVue(
                e.rendezVousId(),
                e.objet(),
                e.debut(),
                e.fin(),
                e.alerte(),
                e.participants().stream().map(p -> new ParticipantVue(p, null)).toList(),
                List.of(),
                null);
        ajouter(e.intervenantId(), sequence, "rendezVous", rdv);
    }

    @EventHandler
    void on(RéponseAuRendezVousDonnée e, @SequenceNumber long sequence) {
        changerRendezVous(
                e.intervenantId(), sequence, e.rendezVousId(), rdv -> rdv.avecReponse(e.participant(), e.reponse()));
    }

    @EventHandler
    void on(
            RendezVousAnnoté e,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        changerRendezVous(
                e.intervenantId(),
                sequence,
                e.rendezVousId(),
                rdv -> rdv.avecNote(new NoteVue(e.note(), auteur, horodatage)));
    }

    @EventHandler
    void on(RendezVousClos e, @SequenceNumber long sequence) {
        changerRendezVous(e.intervenantId(), sequence, e.rendezVousId(), rdv -> rdv.clos(e.issue()));
    }

    @EventHandler
    void on(
            EmailIntervenantEnregistré e,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        EmailVue email = new EmailVue(
                e.emailId(), e.destinataire().valeur(), e.objet(), StatutEmail.DELIVRE, horodatage, auteur);
        ajouter(e.intervenantId(), sequence, "emails", email);
    }

    @EventHandler
    void on(StatutEmailIntervenantChangé e, @SequenceNumber long sequence) {
        modifier(
                e.intervenantId(),
                sequence,
                vue -> new Update()
                        .set(
                                "emails",
                                vue.emails().stream()
                                        .map(m -> m.id().equals(e.emailId()) ? m.avecStatut(e.nouveau()) : m)
                                        .toList()));
    }

    private void changerRendezVous(
            String intervenantId, long sequence, String rendezVousId, UnaryOperator<RendezVousVue> changement) {
        modifier(
                intervenantId,
                sequence,
                vue -> new Update()
                        .set(
                                "rendezVous",
                                vue.rendezVous().stream()
                                        .map(r -> r.id().equals(rendezVousId) ? changement.apply(r) : r)
                                        .toList()));
    }

    /** Applique {@code modification}, calculée à partir de la fiche actuelle, si l'événement n'est pas encore projeté. */
    /** Ajoute un élément à une liste de la fiche, sans la relire : un événement relivré ne l'ajoute pas deux fois. */
    private void ajouter(String intervenantId, long sequence, String liste, Object element) {
        Versions.avancer(mongo, intervenantId, sequence, new Update().push(liste, element), IntervenantVue.class);
    }

    private void modifier(String intervenantId, long sequence, Function<IntervenantVue, Update> modification) {
        Versions.modifier(mongo, intervenantId, sequence, modification, IntervenantVue.class);
    }
}
