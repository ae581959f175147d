package fr.socle.query.suivi;

import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Versions;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.dossier.ProjectionDossiers;
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.intervenant.ProjectionIntervenants;
import java.time.Instant;
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

/**
 * Les notes de suivi, versées dans la fiche d'un client ou d'un intervenant. Une note est un événement de
 * sa fiche : elle est projetée dans le groupe de la fiche, dans l'ordre de ses événements, et en avance la
 * version, si bien qu'une mutation qui attend la fiche trouve aussi sa note. D'où une projection par
 * groupe, qui ne diffèrent que par la fiche qu'elles tiennent.
 */
public abstract sealed class NotesSuivi permits NotesSuivi.DesDossiers, NotesSuivi.DesIntervenants {

    private final MongoTemplate mongo;
    private final String champFiche;
    private final Class<?> fiche;

    private NotesSuivi(MongoTemplate mongo, String champFiche, Class<?> fiche) {
        this.mongo = mongo;
        this.champFiche = champFiche;
        this.fiche = fiche;
    }

    protected void verser(
            String ficheId, NoteSuivi note, long sequence, Instant horodatage, String auteur, TrackingToken jeton) {
        String dossierId = fiche == DossierVue.class ? ficheId : null;
        String intervenantId = fiche == IntervenantVue.class ? ficheId : null;
        mongo.save(NoteSuiviVue.de(
                dossierId,
                intervenantId,
                note,
                auteur,
                horodatage,
                jeton.position().orElse(sequence)));
        Versions.avancer(mongo, ficheId, sequence, new Update(), fiche);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.remove(Query.query(Criteria.where(champFiche).ne(null)), NoteSuiviVue.class);
    }

    @Component
    @ProcessingGroup(ProjectionDossiers.GROUPE)
    static final class DesDossiers extends NotesSuivi {

        DesDossiers(MongoTemplate mongo) {
            super(mongo, "dossierId", DossierVue.class);
        }

        @EventHandler
        void on(
                NoteSuiviDossierAjoutée e,
                @SequenceNumber long sequence,
                @Timestamp Instant horodatage,
                @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur,
                TrackingToken jeton) {
            verser(e.dossierId(), e.note(), sequence, horodatage, auteur, jeton);
        }
    }

    @Component
    @ProcessingGroup(ProjectionIntervenants.GROUPE)
    static final class DesIntervenants extends NotesSuivi {

        DesIntervenants(MongoTemplate mongo) {
            super(mongo, "ficheIntervenantId", IntervenantVue.class);
        }

        @EventHandler
        void on(
                NoteSuiviIntervenantAjoutée e,
                @SequenceNumber long sequence,
                @Timestamp Instant horodatage,
                @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur,
                TrackingToken jeton) {
            verser(e.intervenantId(), e.note(), sequence, horodatage, auteur, jeton);
        }
    }
}
