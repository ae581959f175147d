package fr.socle.app;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * La santé du MongoDB embarqué. Elle remplace l'indicateur de Boot, dont la commande {@code hello}
 * n'existe pas dans le serveur embarqué : un {@code ping} dit s'il répond.
 */
@Component("mongoHealthContributor")
@Profile("!production")
public class SanteMongoEmbarque extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public SanteMongoEmbarque(MongoTemplate mongo) {
        super("Le MongoDB embarqué ne répond pas");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder sante) {
        mongo.executeCommand("{ ping: 1 }");
        sante.up().withDetail("embarque", true);
    }
}
