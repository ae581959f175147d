package fr.socle.query.commun;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Ce qui doit être fait dans MongoDB une fois (créer des index) sans retenir le démarrage : chaque tâche est
 * tentée aussitôt en arrière-plan, puis retentée avec un délai qui double (d'une seconde à une minute) tant
 * que MongoDB ne répond pas. Chaque échec tient en une ligne du journal, sans pile d'appels ; la santé de
 * MongoDB dit pendant ce temps qu'il est injoignable.
 */
@Component
public class EnAttenteDeMongo implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EnAttenteDeMongo.class);
    private static final Duration PREMIER_DELAI = Duration.ofSeconds(1);
    private static final Duration DELAI_MAXIMAL = Duration.ofMinutes(1);

    private final ScheduledExecutorService taches = Executors.newSingleThreadScheduledExecutor(fil -> {
        Thread t = new Thread(fil, "en-attente-de-mongodb");
        t.setDaemon(true);
        return t;
    });

    public void puis(String nom, Runnable tache) {
        taches.execute(() -> tenter(nom, tache, PREMIER_DELAI));
    }

    private void tenter(String nom, Runnable tache, Duration delai) {
        try {
            tache.run();
        } catch (RuntimeException e) {
            LOG.warn(
                    "MongoDB injoignable ({}) : {} ; nouvel essai dans {} s",
                    nom,
                    e.getClass().getSimpleName(),
                    delai.toSeconds());
            Duration suivant =
                    delai.multipliedBy(2).compareTo(DELAI_MAXIMAL) > 0 ? DELAI_MAXIMAL : delai.multipliedBy(2);
            taches.schedule(() -> tenter(nom, tache, suivant), delai.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        taches.shutdownNow();
    }
}
