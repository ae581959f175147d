package fr.socle.query.dossier;

import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.commun.ConfigurationLecture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

/**
 * Tient le modèle de lecture des dossiers. Chaque écriture est gardée par la version : rejouer un
 * événement déjà projeté ne change rien (livraison au moins une fois).
 */
@Component
@ProcessingGroup(ProjectionDossiers.GROUPE)
public class ProjectionDossiers {

    public static final String GROUPE = "dossiers";

    private final MongoTemplate mongo;

    public ProjectionDossiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DossierCréé evenement, @SequenceNumber long sequence, @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur, TrackingToken jeton) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(evenement.dossierId())), DossierVue.class)) {
            return;
        }
        TitulaireVue titulaire = TitulaireVue.de(evenement.titulaire());
        mongo.save(new DossierVue(evenement.dossierId(), sequence, EtatDossier.OUVERT, titulaire, horodatage,
                auteur == null ? ConfigurationLecture.ANONYME : auteur,
                jeton.position().orElse(sequence),
                evenement.titulaire().nomAffiche().toLowerCase(Locale.ROOT)));
    }

    @EventHandler
    void on(ÉtatDossierChangé evenement, @SequenceNumber long sequence) {
        avancer(evenement.dossierId(), sequence, new Update().set("etat", evenement.nouveau()));
    }

    /** Les données personnelles du titulaire ne se lisent plus ; une reconstruction donne le même résultat. */
    @EventHandler
    void on(DonneesPersonnellesEffacées evenement, @SequenceNumber long sequence) {
        DossierVue dossier = mongo.findById(evenement.aggregatId(), DossierVue.class);
        if (dossier != null && dossier.titulaire() instanceof TitulaireVue.Personne personne) {
            TitulaireVue efface = new TitulaireVue.Personne(personne.civilite(), DonneePersonnelle.EFFACEE,
                    DonneePersonnelle.EFFACEE, DonneePersonnelle.EFFACEE, DonneePersonnelle.EFFACEE, null);
            avancer(dossier.id(), sequence, new Update().set("titulaire", efface)
                    .set("nomRecherche", DonneePersonnelle.EFFACEE));
        } else if (dossier != null) {
            avancer(dossier.id(), sequence, new Update());
        }
    }

    /** Applique {@code modification} si l'événement {@code sequence} n'est pas encore projeté. */
    private void avancer(String dossierId, long sequence, Update modification) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(dossierId).and("version").lt(sequence)),
                modification.set("version", sequence),
                DossierVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(DossierVue.class);
    }
}
