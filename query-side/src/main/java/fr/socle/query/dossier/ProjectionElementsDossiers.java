package fr.socle.query.dossier;

import static fr.socle.query.dossier.ProjectionDossiers.auteurOuAnonyme;

import fr.socle.kernel.dossier.ContactAjouté;
import fr.socle.kernel.dossier.DocumentDéposé;
import fr.socle.kernel.dossier.MessageEnvoyé;
import fr.socle.kernel.dossier.NoteAjoutée;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.dossier.StatutMessageChangé;
import fr.socle.kernel.dossier.SéancePlanifiée;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Versions;
import fr.socle.query.dossier.DossierVue.ContactVue;
import fr.socle.query.dossier.DossierVue.DocumentVue;
import fr.socle.query.dossier.DossierVue.MessageVue;
import fr.socle.query.dossier.DossierVue.SeanceVue;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tient ce qu'un dossier accumule au fil de sa vie : ses contacts, ses notes, ses documents, ses séances et
 * ses messages. Les uns sont des listes du dossier, les notes et le contenu des documents ont leurs propres
 * collections ; chaque événement avance la version du dossier, gardée comme dans {@link ProjectionDossiers}.
 * <p>
 * Même groupe que {@link ProjectionDossiers} : ses événements passent par le même processeur, dans l'ordre
 * de chaque dossier, et le dossier existe donc toujours quand ils arrivent. Un événement n'a de gestionnaire
 * que d'un côté ; l'effacement des données personnelles, qui touche aussi les contacts et les messages,
 * reste dans {@link ProjectionDossiers}.
 */
@Component
@ProcessingGroup(ProjectionDossiers.GROUPE)
public class ProjectionElementsDossiers {

    private final MongoTemplate mongo;

    public ProjectionElementsDossiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ContactAjouté evenement, @SequenceNumber long sequence) {
        var c = evenement.contact();
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .push(
                                "contacts",
                                new ContactVue(
                                        c.contactId(),
                                        c.nom(),
                                        c.prenom(),
                                        c.fonction(),
                                        valeur(c.email(), Email::valeur),
                                        valeur(c.telephone(), Telephone::valeur))));
    }

    @EventHandler
    void on(
            NoteAjoutée evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        DossierVue dossier = mongo.findById(evenement.dossierId(), DossierVue.class);
        if (dossier == null || dossier.version() >= sequence) {
            return;
        }
        // La note d'abord, sous une clé qui ne dépend que de l'état du dossier : rejouée après un arrêt entre
        // les deux écritures, elle retombe sur la même clé.
        int rang = dossier.nombreNotes() + 1;
        mongo.save(new NoteDossierVue(
                NoteDossierVue.cle(evenement.dossierId(), rang),
                evenement.noteId(),
                evenement.dossierId(),
                rang,
                evenement.texte(),
                auteurOuAnonyme(auteur),
                horodatage));
        avancer(evenement.dossierId(), sequence, new Update().set("nombreNotes", rang));
    }

    @EventHandler
    void on(
            DocumentDéposé evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        mongo.save(new ContenuDocumentVue(evenement.documentId(), evenement.dossierId(), evenement.contenuBase64()));
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .push(
                                "documents",
                                new DocumentVue(
                                        evenement.documentId(),
                                        evenement.nom(),
                                        evenement.typeMime(),
                                        evenement.taille(),
                                        auteurOuAnonyme(auteur),
                                        horodatage)));
    }

    @EventHandler
    void on(SéancePlanifiée evenement, @SequenceNumber long sequence) {
        var s = evenement.seance();
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .push(
                                "seances",
                                new SeanceVue(s.seanceId(), s.date(), s.intitule(), s.dureeMinutes(), s.facturable())));
    }

    @EventHandler
    void on(MessageEnvoyé evenement, @SequenceNumber long sequence, @Timestamp Instant horodatage) {
        avancer(
                evenement.dossierId(),
                sequence,
                new Update()
                        .push(
                                "messages",
                                new MessageVue(
                                        evenement.messageId(),
                                        evenement.canal(),
                                        evenement.destinataire(),
                                        evenement.objet(),
                                        StatutMessage.ENVOYE,
                                        horodatage)));
    }

    @EventHandler
    void on(StatutMessageChangé evenement, @SequenceNumber long sequence) {
        DossierVue dossier = mongo.findById(evenement.dossierId(), DossierVue.class);
        if (dossier == null || dossier.version() >= sequence) {
            return;
        }
        List<MessageVue> messages = dossier.messages().stream()
                .map(m -> m.id().equals(evenement.messageId())
                        ? new MessageVue(
                                m.id(), m.canal(), m.destinataire(), m.objet(), evenement.nouveau(), m.envoyeLe())
                        : m)
                .toList();
        avancer(evenement.dossierId(), sequence, new Update().set("messages", messages));
    }

    /** Applique {@code modification} si l'événement {@code sequence} n'est pas encore projeté. */
    private void avancer(String dossierId, long sequence, Update modification) {
        Versions.avancer(mongo, dossierId, sequence, modification, DossierVue.class);
    }

    private static <V> String valeur(V valeur, Function<V, String> texte) {
        return valeur == null ? null : texte.apply(valeur);
    }

    /** Les collections à part ; les listes du dossier partent avec lui, vidé par {@link ProjectionDossiers}. */
    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(ContenuDocumentVue.class);
        mongo.dropCollection(NoteDossierVue.class);
    }
}
