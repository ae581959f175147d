package fr.socle.query.commun;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Un modèle de lecture existe-t-il déjà ? Par une recherche sur {@code _id} qui ne rend que {@code _id},
 * pas par un comptage : MongoDB répond aux deux par l'index, mais le serveur embarqué compte par une
 * agrégation qui parcourt toute la collection (un rejeu d'un million d'événements devenait quadratique).
 */
public final class Presence {

    private Presence() {}

    public static boolean existe(MongoOperations mongo, String id, Class<?> modele) {
        Query parId = Query.query(Criteria.where("_id").is(id)).limit(1);
        parId.fields().include("_id");
        return mongo.findOne(parId, Document.class, mongo.getCollectionName(modele)) != null;
    }
}
