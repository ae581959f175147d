package fr.socle.query.suivi;

import fr.socle.kernel.suivi.ÉvénementIndésirableDéclaré;
import fr.socle.kernel.suivi.ÉvénementIndésirableTraité;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Tient le tableau de contrôle des événements indésirables. */
@Component
@ProcessingGroup(ProjectionEvenementsIndesirables.GROUPE)
public class ProjectionEvenementsIndesirables {

    public static final String GROUPE = "evenements-indesirables";

    private final MongoTemplate mongo;

    public ProjectionEvenementsIndesirables(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(
            ÉvénementIndésirableDéclaré e,
            @SequenceNumber long sequence,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur,
            TrackingToken jeton) {
        Presence.creerSiAbsent(
                mongo,
                new EvenementIndesirableVue(
                        e.evenementId(),
                        sequence,
                        e.dossierId(),
                        e.intervenantId(),
                        e.encadrant(),
                        e.description(),
                        e.date(),
                        false,
                        auteur,
                        jeton.position().orElse(sequence)));
    }

    @EventHandler
    void on(ÉvénementIndésirableTraité e, @SequenceNumber long sequence) {
        Versions.avancer(
                mongo, e.evenementId(), sequence, new Update().set("traite", true), EvenementIndesirableVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(EvenementIndesirableVue.class);
    }
}
