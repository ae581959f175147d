package fr.socle.query.intervenant;

import fr.socle.kernel.intervenant.ClientIntervenantAjouté;
import fr.socle.kernel.intervenant.GestionnaireIntervenantChangé;
import fr.socle.kernel.intervenant.IntervenantCréé;
import fr.socle.kernel.intervenant.IntervenantDésactivé;
import fr.socle.kernel.intervenant.IntervenantMisEnFavori;
import fr.socle.kernel.intervenant.IntervenantRetiréDesFavoris;
import fr.socle.kernel.intervenant.IntervenantRéactivé;
import fr.socle.kernel.intervenant.IntervenantSupprimé;
import fr.socle.kernel.intervenant.MatriculeGénéré;
import fr.socle.kernel.intervenant.NatureIntervenantChangée;
import fr.socle.kernel.intervenant.NuméroDossierGénéré;
import fr.socle.kernel.intervenant.PhotoIntervenantChangée;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import fr.socle.query.intervenant.IntervenantVue.DisponibiliteVue;
import fr.socle.query.intervenant.IntervenantVue.EmailVue;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tient le modèle de lecture des intervenants. Chaque écriture est gardée par la version : rejouer un
 * événement déjà projeté ne change rien (livraison au moins une fois).
 * <p>
 * La fiche elle-même est tenue ici ; ses rendez-vous et ses e-mails le sont par
 * {@link ProjectionEchangesIntervenants}, du même groupe : un seul processeur, un seul jeton, les
 * événements d'une fiche dans l'ordre pour les deux.
 */
@Component
@ProcessingGroup(ProjectionIntervenants.GROUPE)
public class ProjectionIntervenants {

    public static final String GROUPE = "intervenants";

    private final MongoTemplate mongo;

    public ProjectionIntervenants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(
            IntervenantCréé e,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur,
            TrackingToken jeton) {
        Presence.creerSiAbsent(
                mongo,
                new IntervenantVue(
                        e.intervenantId(),
                        sequence,
                        e.civilite(),
                        e.nom(),
                        e.prenom(),
                        e.adresse(),
                        e.telephones().stream().map(Telephone::valeur).toList(),
                        e.email() == null ? null : e.email().valeur(),
                        e.nir() == null ? null : e.nir().valeur(),
                        e.nature(),
                        null,
                        null,
                        Situation.ACTIF,
                        e.gerePar(),
                        e.competences(),
                        e.disponibilites().stream()
                                .map(d -> new DisponibiliteVue(
                                        d.jour().name(),
                                        d.debut().toString(),
                                        d.fin().toString()))
                                .toList(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        auteur == null ? ConfigurationLecture.ANONYME : auteur,
                        horodatage,
                        jeton.position().orElse(sequence),
                        IntervenantVue.normaliser(e.nom()),
                        IntervenantVue.identite(e.nom(), e.prenom())));
    }

    @EventHandler
    void on(MatriculeGénéré e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("matricule", e.matricule()));
    }

    @EventHandler
    void on(NuméroDossierGénéré e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("numeroDossier", e.numero()));
    }

    @EventHandler
    void on(NatureIntervenantChangée e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("nature", e.nouvelle()));
    }

    @EventHandler
    void on(GestionnaireIntervenantChangé e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("gerePar", e.nouveau()));
    }

    @EventHandler
    void on(IntervenantDésactivé e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("situation", Situation.INACTIF));
    }

    @EventHandler
    void on(IntervenantRéactivé e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("situation", Situation.ACTIF));
    }

    /** Les données personnelles disparaissent de la fiche ; ce qui s'est passé (dates, statuts, matricule) reste lisible. */
    @EventHandler
    void on(IntervenantSupprimé e, @SequenceNumber long sequence) {
        modifier(e.intervenantId(), sequence, vue -> sansIdentite(vue).set("supprime", true));
    }

    /**
     * Après l'effacement RGPD, la fiche garde son histoire et ses faits, plus l'identité de la personne. Les
     * destinataires des e-mails, tenus par {@link ProjectionEchangesIntervenants}, sont effacés ici aussi :
     * l'effacement avance la version une seule fois, et un second gestionnaire du même événement la
     * trouverait déjà avancée et n'effacerait rien.
     */
    @EventHandler
    void on(DonneesPersonnellesEffacées e, @SequenceNumber long sequence) {
        if (e.aggregatType().equals("Intervenant")) {
            modifier(e.aggregatId(), sequence, this::sansIdentite);
        }
    }

    private Update sansIdentite(IntervenantVue vue) {
        return new Update()
                .set("nom", IntervenantVue.EFFACE)
                .unset("prenom")
                .unset("adresse")
                .unset("email")
                .unset("nir")
                .unset("photo")
                .unset("nomRecherche")
                .unset("identite")
                .set("telephones", List.of())
                .set("emails", vue.emails().stream().map(EmailVue::efface).toList());
    }

    @EventHandler
    void on(IntervenantMisEnFavori e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().addToSet("favoris", e.utilisateur()));
    }

    @EventHandler
    void on(IntervenantRetiréDesFavoris e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().pull("favoris", e.utilisateur()));
    }

    @EventHandler
    void on(ClientIntervenantAjouté e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().addToSet("clients", e.dossierId()));
    }

    @EventHandler
    void on(PhotoIntervenantChangée e, @SequenceNumber long sequence) {
        avancer(e.intervenantId(), sequence, new Update().set("photo", e.photo()));
    }

    /** Comme {@link #avancer}, pour une modification calculée à partir de la fiche actuelle. */
    private void modifier(String intervenantId, long sequence, Function<IntervenantVue, Update> modification) {
        Versions.modifier(mongo, intervenantId, sequence, modification, IntervenantVue.class);
    }

    /** Applique {@code modification} si l'événement {@code sequence} n'est pas encore projeté. */
    private void avancer(String intervenantId, long sequence, Update modification) {
        Versions.avancer(mongo, intervenantId, sequence, modification, IntervenantVue.class);
    }

    /** Les fiches, avec les rendez-vous et les e-mails que {@link ProjectionEchangesIntervenants} y tient. */
    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(IntervenantVue.class);
    }
}
