package fr.socle.query.rappel;

import fr.socle.kernel.rappel.RappelDéclenché;
import fr.socle.kernel.rappel.RappelProgrammé;
import fr.socle.kernel.rappel.RappelTraité;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Tient le modèle de lecture des rappels, où le planificateur cherche ceux qui sont dus. */
@Component
@ProcessingGroup(ProjectionRappels.GROUPE)
public class ProjectionRappels {

    public static final String GROUPE = "rappels";

    private final MongoTemplate mongo;

    public ProjectionRappels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RappelProgrammé e, @SequenceNumber long sequence, TrackingToken jeton) {
        Presence.creerSiAbsent(
                mongo,
                new RappelVue(
                        e.rappelId(),
                        sequence,
                        e.titre(),
                        e.echeance(),
                        e.categorie(),
                        e.gerePar(),
                        e.priorite(),
                        SituationRappel.A_TRAITER,
                        e.alerte(),
                        e.alerteMail(),
                        e.opportuniteId(),
                        false,
                        null,
                        jeton.position().orElse(sequence)));
    }

    @EventHandler
    void on(RappelDéclenché e, @SequenceNumber long sequence) {
        avancer(e.rappelId(), sequence, new Update().set("declenche", true).set("declencheLe", e.jour()));
    }

    @EventHandler
    void on(RappelTraité e, @SequenceNumber long sequence) {
        avancer(e.rappelId(), sequence, new Update().set("situation", SituationRappel.TRAITE));
    }

    private void avancer(String id, long sequence, Update modification) {
        Versions.avancer(mongo, id, sequence, modification, RappelVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(RappelVue.class);
    }
}
