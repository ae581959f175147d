package fr.socle.command;

import com.mongodb.client.MongoClient;
import fr.socle.exploitation.EnAttenteDeMongo;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Le côté commandes déployé seul (production) : agrégats et politiques, reliés au côté requêtes par
 * Axon Server. Sa configuration est {@code command-side.yml}. Le moteur embarqué n'utilise pas cette
 * classe : il assemble les deux côtés lui-même.
 * <p>
 * Il démarre même si MongoDB ne répond pas encore, et le dit par sa santé ({@code fr.socle.exploitation}) :
 * rien ne l'interroge avant la première commande ou le premier lot d'une politique, qui échouent puis
 * réussissent quand MongoDB est là, sans redémarrage.
 */
@SpringBootApplication(scanBasePackages = {"fr.socle.command", "fr.socle.exploitation"})
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

    /**
     * Les index des jetons sont créés dès que MongoDB répond, pas avant de démarrer : le constructeur d'Axon
     * les crée d'office et retiendrait le démarrage jusqu'à l'échec, quand MongoDB ne répond pas.
     */
    @Bean
    public TokenStore tokenStore(
            MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer, EnAttenteDeMongo attente) {
        MongoTokenStore jetons = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .ensureIndexes(false)
                .build();
        attente.puis("index des jetons de suivi", jetons::ensureIndexes);
        return jetons;
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
