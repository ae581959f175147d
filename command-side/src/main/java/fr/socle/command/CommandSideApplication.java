package fr.socle.command;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Le côté commandes déployé seul (production) : agrégats et politiques, reliés au côté requêtes par
 * Axon Server. Sa configuration est {@code command-side.yml}. Le moteur embarqué n'utilise pas cette
 * classe : il assemble les deux côtés lui-même.
 */
@SpringBootApplication
public class CommandSideApplication {

    /** Le nom des fichiers de configuration de ce côté : {@code command-side.yml}, {@code command-side-<profil>.yml}. */
    public static final String CONFIGURATION = "spring.config.name=command-side";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CONFIGURATION)
                .run(args);
    }

    /** Mongo, vu par les composants Axon : jetons de suivi des politiques et sagas survivent aux redémarrages. */
    @Bean
    public MongoTemplate axonMongoTemplate(
            MongoClient client, @Value("${spring.data.mongodb.database:socle}") String base) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, base).build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }

    /** Sans MongoDB, ce côté ne suit plus le journal (jetons) : sa santé le dit, par un simple ping. */
    @Bean
    public HealthIndicator mongoHealthIndicator(
            MongoClient client, @Value("${spring.data.mongodb.database:socle}") String base) {
        return () -> {
            try {
                client.getDatabase(base).runCommand(new Document("ping", 1));
                return Health.up().withDetail("base", base).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    @Bean
    public SagaStore<Object> sagaStore(
            MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer) {
        return MongoSagaStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }
}
