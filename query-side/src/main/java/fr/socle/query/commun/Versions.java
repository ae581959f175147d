package fr.socle.query.commun;

import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * La seule façon dont une projection modifie un modèle de lecture existant : seulement s'il n'a pas déjà
 * vu l'événement ({@code version < sequence}), et en y notant la séquence. Un événement relu (reprise,
 * rejeu interrompu) ne change donc rien.
 */
public final class Versions {

    private Versions() {}

    public static void avancer(MongoOperations mongo, String id, long sequence, Update modification, Class<?> modele) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("version").lt(sequence)),
                modification.set("version", sequence),
                modele);
    }

    /**
     * Comme {@link #avancer}, pour une modification calculée à partir du document actuel, qui n'est calculée
     * que s'il existe et n'a pas déjà vu l'événement.
     */
    public static <T extends Versionne> void modifier(
            MongoOperations mongo, String id, long sequence, Function<T, Update> modification, Class<T> modele) {
        T vue = mongo.findById(id, modele);
        if (vue != null && vue.version() < sequence) {
            avancer(mongo, id, sequence, modification.apply(vue), modele);
        }
    }
}
