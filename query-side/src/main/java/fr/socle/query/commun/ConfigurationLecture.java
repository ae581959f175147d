package fr.socle.query.commun;

import com.mongodb.client.MongoClient;
import fr.socle.exploitation.EnAttenteDeMongo;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Projections, jetons de suivi et noms des métadonnées d'audit, communs à toutes les fonctions. */
@Configuration
public class ConfigurationLecture {

    public static final String AUTEUR = "auteur";
    public static final String ANONYME = "anonyme";

    /**
     * Les jetons de suivi des projections vivent avec les modèles de lecture, dans MongoDB. Leurs index sont
     * créés dès que MongoDB répond ({@link EnAttenteDeMongo}), pas avant de démarrer : le moteur démarre et
     * dit sa santé même sans lui.
     */
    @Bean
    public TokenStore tokenStore(
            MongoClient client,
            @Qualifier("serializer") Serializer serializer,
            @Value("${spring.data.mongodb.database:socle}") String base,
            EnAttenteDeMongo attente) {
        MongoTokenStore jetons = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, base)
                        .build())
                .serializer(serializer)
                .ensureIndexes(false)
                .build();
        attente.puis("index des jetons de suivi", jetons::ensureIndexes);
        return jetons;
    }

    /**
     * Des processeurs « tracking » : le magasin embarqué les réveille dès qu'un événement est validé,
     * là où un processeur « pooled » ne le relirait que toutes les 500 ms (ce qui ferait attendre chaque
     * mutation d'autant, puisqu'elle attend sa projection).
     */
    @Autowired
    public void configurerProjections(
            EventProcessingConfigurer processeurs,
            SuiviProjections suivi,
            @Value("${socle.projections.lot:200}") int lot,
            @Value("${socle.projections.segments:1}") int segments) {
        processeurs.usingTrackingEventProcessors();
        processeurs.registerTrackingEventProcessorConfiguration(
                configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                        .andInitialSegmentsCount(segments)
                        .andBatchSize(lot));
        processeurs.registerDefaultHandlerInterceptor((configuration, nom) -> suivi);
        // Les projections écrivent dans MongoDB, qui n'a pas de transactions : une transaction JDBC autour de
        // chaque lot ne protégerait rien et tiendrait le verrou d'écriture de SQLite pendant tout le lot,
        // au détriment des commandes.
        processeurs.registerDefaultTransactionManager(configuration -> NoTransactionManager.INSTANCE);
    }
}
