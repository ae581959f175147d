package fr.socle.app;

import fr.socle.command.rgpd.CoffreCles;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Optional;

/** Les clés des données personnelles en production, dans MongoDB (qui, là, est durable). */
@Component
@Profile("production")
public class CoffreClesMongo implements CoffreCles {

    static final String COLLECTION = "coffreCles";

    private final MongoTemplate mongo;
    private final SecureRandom hasard = new SecureRandom();

    public CoffreClesMongo(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public byte[] cle(String sujet) {
        byte[] nouvelle = new byte[32];
        hasard.nextBytes(nouvelle);
        mongo.upsert(parSujet(sujet), new Update().setOnInsert("cle", new Binary(nouvelle)), COLLECTION);
        return cleExistante(sujet).orElseThrow();
    }

    @Override
    public Optional<byte[]> cleExistante(String sujet) {
        return Optional.ofNullable(mongo.findOne(parSujet(sujet), Document.class, COLLECTION))
                .map(d -> d.get("cle", Binary.class).getData());
    }

    @Override
    public void detruire(String sujet) {
        mongo.remove(parSujet(sujet), COLLECTION);
    }

    private static Query parSujet(String sujet) {
        return Query.query(Criteria.where("_id").is(sujet));
    }
}
