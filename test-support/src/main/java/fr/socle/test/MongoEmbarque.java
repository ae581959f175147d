package fr.socle.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Un serveur MongoDB en mémoire ({@code mongo-java-server}) sur un port libre de la boucle locale,
 * joint par le vrai pilote : les tests parlent le protocole MongoDB, sans base simulée.
 * <p>
 * {@link #partage()} est celui des tests de démarrage : un seul par JVM, comme le contexte Spring que
 * le cache des tests garde d'une classe à l'autre ; il s'arrête avec la JVM. {@link #demarrer()} en
 * donne un à soi, à arrêter par {@link #close()}.
 */
public final class MongoEmbarque implements AutoCloseable {

    /** La base des modèles de lecture et des jetons, comme dans {@code socle-commun.yml}. */
    public static final String BASE = "socle";

    private static MongoEmbarque partage;

    private final MongoServer serveur;
    private final InetSocketAddress adresse;

    private MongoEmbarque(int port) {
        serveur = new MongoServer(new MemoryBackend());
        serveur.bind("127.0.0.1", port);
        adresse = serveur.getLocalAddress();
    }

    public static MongoEmbarque demarrer() {
        return new MongoEmbarque(0);
    }

    /** Un serveur sur un port donné : celui qu'une application attend déjà, pour la voir le retrouver. */
    public static MongoEmbarque demarrerSur(int port) {
        return new MongoEmbarque(port);
    }

    public static synchronized MongoEmbarque partage() {
        if (partage == null) {
            MongoEmbarque serveur = demarrer();
            Runtime.getRuntime().addShutdownHook(new Thread(serveur::close, "arret-mongo-embarque"));
            partage = serveur;
        }
        return partage;
    }

    public int port() {
        return adresse.getPort();
    }

    /** L'adresse de connexion, base {@link #BASE} comprise. */
    public String uri() {
        return "mongodb://127.0.0.1:" + port() + "/" + BASE;
    }

    /** Pour un {@code @DynamicPropertySource} : l'application se connecte à ce serveur. */
    public void declarer(DynamicPropertyRegistry proprietes) {
        proprietes.add("spring.data.mongodb.uri", this::uri);
    }

    @Override
    public void close() {
        serveur.shutdownNow();
    }
}
