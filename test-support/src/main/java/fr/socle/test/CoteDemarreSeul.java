package fr.socle.test;

import java.net.URI;
import java.net.http.HttpRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base des tests où un côté (commandes ou requêtes) démarre seul, en {@code @SpringBootTest} sur un port
 * libre avec {@link SansAxonServer} : ses modèles et jetons vont dans le MongoDB embarqué partagé, et le
 * test inspecte le contexte démarré puis interroge le côté sur HTTP.
 */
public abstract class CoteDemarreSeul {

    @Autowired
    protected ApplicationContext contexte;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry proprietes) {
        MongoEmbarque.partage().declarer(proprietes);
    }

    /** Une requête HTTP vers un chemin du côté démarré. */
    protected HttpRequest.Builder requete(String chemin) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin));
    }
}
