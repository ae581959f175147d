package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le jar livré, tué par {@code kill -9} pendant qu'il reçoit un flot d'écritures, puis relancé sur les
 * mêmes données : aucun événement acquitté n'est perdu et les modèles de lecture, reconstruits, rejoignent
 * le magasin d'événements.
 */
class DurabiliteIT {

    private static final String JAR = System.getProperty("socle.jar", "target/socle.jar");
    private static final int CYCLES = 3;
    private static final int ECRIVAINS = 4;

    @TempDir
    Path donnees;

    @Test
    void aucune_ecriture_acquittee_n_est_perdue_apres_kill_9() throws Exception {
        Set<String> acquittes = ConcurrentHashMap.newKeySet();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            int port = portLibre();
            Process moteur = demarrer(port, cycle);
            ClientGraphQL client = new ClientGraphQL(port);
            attendrePret(client, moteur);
            verifierPresents(client, acquittes);

            AtomicBoolean enCours = new AtomicBoolean(true);
            ExecutorService ecrivains = Executors.newFixedThreadPool(ECRIVAINS);
            for (int e = 0; e < ECRIVAINS; e++) {
                ecrivains.submit(() -> {
                    while (enCours.get()) {
                        try {
                            ClientGraphQL.Reponse r = client.executer(
                                    "gestionnaire",
                                    DossierE2ETest.CREER,
                                    "input",
                                    DossierE2ETest.personne("Durable", "d@exemple.fr"));
                            String id = r.corps()
                                    .path("data")
                                    .path("creerDossier")
                                    .path("id")
                                    .asText(null);
                            if (id != null) {
                                acquittes.add(id);
                            }
                        } catch (RuntimeException coupe) {
                            // la connexion tombe avec le processus : cette écriture n'a pas été acquittée
                        }
                    }
                });
            }
            Thread.sleep(2500);
            moteur.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            enCours.set(false);
            ecrivains.shutdown();
            assertThat(ecrivains.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            System.out.printf("cycle %d : %d écritures acquittées au total%n", cycle, acquittes.size());
        }
        int port = portLibre();
        Process moteur = demarrer(port, CYCLES + 1);
        try {
            ClientGraphQL client = new ClientGraphQL(port);
            attendrePret(client, moteur);
            assertThat(acquittes).hasSizeGreaterThan(CYCLES);
            verifierPresents(client, acquittes);
        } finally {
            moteur.destroy();
            moteur.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Chaque dossier acquitté a son événement dans le magasin et, une fois reconstruit, son modèle de lecture. */
    private static void verifierPresents(ClientGraphQL client, Set<String> acquittes) throws InterruptedException {
        long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String id : List.copyOf(acquittes)) {
            JsonNode historique = client.executer(
                            "admin",
                            "query($id: ID!) { historique(aggregatId: $id, first: 1) { edges { node { type } } } }",
                            "id",
                            id)
                    .donnees()
                    .path("historique");
            assertThat(historique
                            .path("edges")
                            .path(0)
                            .path("node")
                            .path("type")
                            .asText())
                    .as("création du dossier acquitté %s", id)
                    .isEqualTo("DossierCréé");
            while (client.executer("admin", "query($id: ID!) { dossier(id: $id) { id } }", "id", id)
                    .donnees()
                    .path("dossier")
                    .isNull()) {
                assertThat(System.nanoTime())
                        .as("le modèle de lecture de %s est reconstruit", id)
                        .isLessThan(limite);
                Thread.sleep(100);
            }
        }
        long lus = client.executer("admin", "{ dossiers { totalCount } }")
                .donnees()
                .path("dossiers")
                .path("totalCount")
                .asLong();
        assertThat(lus).isGreaterThanOrEqualTo(acquittes.size());
    }

    private Process demarrer(int port, int cycle) throws IOException {
        Path journal = donnees.resolve("moteur-" + cycle + ".log");
        return new ProcessBuilder(
                        "java",
                        "-Xmx512m",
                        "-jar",
                        Path.of(JAR).toAbsolutePath().toString(),
                        "--server.port=" + port,
                        "--socle.donnees=" + donnees.resolve("data"))
                .redirectErrorStream(true)
                .redirectOutput(journal.toFile())
                .start();
    }

    private static void attendrePret(ClientGraphQL client, Process moteur) throws InterruptedException {
        long limite = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < limite) {
            assertThat(moteur.isAlive()).as("le moteur tourne").isTrue();
            try {
                if (client.executer("admin", "{ __typename }").statut() == 200) {
                    return;
                }
            } catch (RuntimeException pasEncore) {
                // le port n'écoute pas encore
            }
            Thread.sleep(200);
        }
        throw new AssertionError("le moteur n'a pas démarré à temps");
    }

    private static int portLibre() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
