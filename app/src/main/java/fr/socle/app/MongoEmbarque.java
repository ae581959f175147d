package fr.socle.app;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import fr.socle.query.audit.Reconstructions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * MongoDB du mode embarqué : un serveur de protocole MongoDB dans le processus, joint par le vrai
 * pilote sur un port local libre. Son fichier n'est pas sûr en cas d'arrêt brutal : une marque posée
 * au démarrage et ôtée à l'arrêt propre dit si les modèles de lecture sont fiables ; sinon ils sont
 * effacés et les projections les reconstruisent depuis le magasin d'événements.
 */
@Configuration
@Profile("!production")
public class MongoEmbarque {

    private static final Logger LOG = LoggerFactory.getLogger(MongoEmbarque.class);

    /** Le serveur, et ce qu'il faut faire à son arrêt propre. */
    public static final class Serveur implements AutoCloseable {
        private final MongoServer serveur;
        private final StockageModelesLecture stockage;
        private final Path marque;
        private final InetSocketAddress adresse;
        private final boolean apresArretBrutal;

        Serveur(Path repertoire) throws IOException {
            Path fichier = repertoire.resolve(StockageModelesLecture.FICHIER);
            if (Files.deleteIfExists(repertoire.resolve(StockageModelesLecture.FICHIER_ANCIEN))) {
                LOG.warn(
                        "Modèles de lecture d'un format antérieur effacés : ils seront reconstruits depuis le magasin d'événements");
            }
            marque = repertoire.resolve("modeles-lecture.en-service");
            apresArretBrutal = Files.exists(marque);
            if (apresArretBrutal) {
                LOG.warn("Arrêt brutal détecté : les modèles de lecture sont effacés et seront reconstruits "
                        + "depuis le magasin d'événements");
                Files.deleteIfExists(fichier);
            }
            Files.writeString(marque, "modèles de lecture ouverts ; ce fichier disparaît à l'arrêt propre\n");
            stockage = new StockageModelesLecture(fichier.toString());
            serveur = new MongoServer(stockage);
            adresse = serveur.bind();
            LOG.info("MongoDB embarqué à l'écoute sur {}", adresse);
        }

        public InetSocketAddress adresse() {
            return adresse;
        }

        /** Vrai si les modèles de lecture ont été effacés au démarrage et se reconstruisent. */
        public boolean apresArretBrutal() {
            return apresArretBrutal;
        }

        @Override
        public void close() throws IOException {
            serveur.shutdownNow();
            stockage.close();
            Files.deleteIfExists(marque);
            LOG.info("MongoDB embarqué arrêté proprement");
        }
    }

    @Bean(destroyMethod = "close")
    public Serveur serveurMongoEmbarque(@Value("${" + RepertoireDonnees.PROPRIETE + "}") Path repertoire)
            throws IOException {
        return new Serveur(repertoire);
    }

    /** La reconstruction qui suit un arrêt brutal montre son avancement comme celles qu'un administrateur demande. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> suivreLaReconstructionDuDemarrage(
            Serveur serveur, Reconstructions reconstructions) {
        return pret -> {
            if (serveur.apresArretBrutal()) {
                reconstructions.suivreDemarrage();
            }
        };
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(Serveur serveur) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(
                        new ConnectionString("mongodb://" + serveur.adresse().getHostString() + ":"
                                + serveur.adresse().getPort()))
                .build());
    }
}
