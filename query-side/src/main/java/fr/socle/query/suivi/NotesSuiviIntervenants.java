package fr.socle.query.suivi;

import fr.socle.query.commun.Versions;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.intervenant.IntervenantVue;
import fr.socle.query.intervenant.ProjectionIntervenants;
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
 * Les notes de suivi des intervenants. Elles sont des événements de l'intervenant : traitées dans le même groupe
 * que sa projection, dans l'ordre de ses événements, elles en avancent aussi la version.
 */
@Component
@ProcessingGroup(ProjectionIntervenants.GROUPE)
public class NotesSuiviIntervenants {

    private final MongoTemplate mongo;

    public NotesSuiviIntervenants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(NoteSuiviIntervenantAjoutée e, @SequenceNumber long sequence, @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur, TrackingToken jeton) {
        mongo.save(NoteSuiviVue.de(null, e.intervenantId(), e.note(), auteur, horodatage, jeton.position().orElse(sequence)));
        Versions.avancer(mongo, e.intervenantId(), sequence,
                new Update(), IntervenantVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.remove(Query.query(Criteria.where("ficheIntervenantId").ne(null)), NoteSuiviVue.class);
    }
}
