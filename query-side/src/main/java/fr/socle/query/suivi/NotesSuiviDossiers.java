package fr.socle.query.suivi;

import fr.socle.query.commun.Versions;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.dossier.ProjectionDossiers;
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

/**
 * Les notes de suivi des dossiers. Elles sont des événements du dossier : traitées dans le même groupe
 * que sa projection, dans l'ordre de ses événements, elles en avancent aussi la version.
 */
@Component
@ProcessingGroup(ProjectionDossiers.GROUPE)
public class NotesSuiviDossiers {

    private final MongoTemplate mongo;

    public NotesSuiviDossiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(NoteSuiviDossierAjoutée e, @SequenceNumber long sequence, @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur, TrackingToken jeton) {
        mongo.save(NoteSuiviVue.de(e.dossierId(), null, e.note(), auteur, horodatage, jeton.position().orElse(sequence)));
        Versions.avancer(mongo, e.dossierId(), sequence,
                new Update(), DossierVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.remove(Query.query(Criteria.where("dossierId").ne(null)), NoteSuiviVue.class);
    }
}
