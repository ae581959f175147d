package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.query.dossier.DossierVue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * Chaque processeur partagé en deux segments, comme deux instances du côté requêtes se le partageraient
 * par le magasin de jetons : chaque événement est projeté exactement une fois, par l'un des deux fils, et
 * chaque mutation rend toujours son modèle de lecture à jour.
 */
@Import(SegmentsE2ETest.Compteur.class)
@TestPropertySource(properties = "socle.projections.segments=2")
class SegmentsE2ETest extends MoteurEmbarqueTest {

    private static final int DOSSIERS = 40;

    @TestConfiguration
    static class Compteur {
        @Bean
        Temoin temoinSegments() {
            return new Temoin();
        }
    }

    @ProcessingGroup("temoin-segments")
    static class Temoin {
        final Map<String, AtomicInteger> vus = new ConcurrentHashMap<>();
        final Set<String> fils = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(DossierCréé evenement) {
            vus.computeIfAbsent(evenement.dossierId(), id -> new AtomicInteger())
                    .incrementAndGet();
            fils.add(Thread.currentThread().getName());
        }
    }

    @Autowired
    Temoin temoin;

    @Autowired
    EventProcessingConfiguration processeurs;

    @Test
    void deux_segments_projettent_chaque_evenement_une_seule_fois() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> creations = IntStream.range(0, DOSSIERS)
                .mapToObj(i -> clients.submit(() -> {
                    String id = client.executer(
                                    GESTIONNAIRE,
                                    DossierE2ETest.CREER,
                                    "input",
                                    DossierE2ETest.personne("Segment" + i, "s" + i + "@exemple.fr"))
                            .donnees()
                            .path("creerDossier")
                            .path("id")
                            .asText();
                    // Lire aussitôt : la mutation n'a répondu qu'une fois son modèle projeté.
                    assertThat(client.executer(ANALYSTE, "query($id: ID!) { dossier(id: $id) { version } }", "id", id)
                                    .donnees()
                                    .path("dossier")
                                    .path("version")
                                    .asInt())
                            .isEqualTo(1);
                    return id;
                }))
                .toList();
        List<String> ids = new ArrayList<>();
        for (Future<String> creation : creations) {
            ids.add(creation.get());
        }
        clients.shutdown();

        long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (temoin.vus.size() < DOSSIERS && System.nanoTime() < limite) {
            Thread.sleep(50);
        }
        assertThat(temoin.vus).containsOnlyKeys(ids);
        assertThat(temoin.vus.values())
                .allSatisfy(fois -> assertThat(fois.get()).isEqualTo(1));
        assertThat(temoin.fils).as("les deux segments ont travaillé").hasSize(2);
        assertThat(processeurs
                        .eventProcessor("dossiers", StreamingEventProcessor.class)
                        .orElseThrow()
                        .processingStatus())
                .hasSize(2);
        assertThat(mongo.count(new Query(), DossierVue.class)).isEqualTo(DOSSIERS);
    }
}
