package fr.socle.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.test.Injoignable;
import fr.socle.test.JournalCapture;
import fr.socle.test.MongoEmbarque;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Le côté requêtes, en production, démarre alors qu'Axon Server ne répond pas à l'adresse configurée (un
 * port fermé) : sa santé le dit, composant nommé, sans échouer elle-même faute de connaître la tête du
 * magasin ; le connecteur retente à intervalle fixe, chaque processeur avec un délai qui double, et chaque
 * nouvel essai tient en une ligne du journal.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = QuerySideApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            QuerySideApplication.CONFIGURATION,
            "socle.securite.utilisateurs[0].nom=exploitant",
            "socle.securite.utilisateurs[0].motDePasse={noop}exploitant",
            "socle.securite.utilisateurs[0].roles=ADMIN"
        })
@ActiveProfiles("production")
@DirtiesContext
class AxonServerIndisponibleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int portAxonServer;
    private static MongoEmbarque mongo;

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processeurs;

    @DynamicPropertySource
    static void axonServerAbsent(DynamicPropertyRegistry proprietes) throws IOException {
        portAxonServer = Injoignable.portFerme();
        mongo = MongoEmbarque.demarrer();
        mongo.declarer(proprietes);
        proprietes.add("axon.axonserver.servers", () -> "127.0.0.1:" + portAxonServer);
    }

    @AfterAll
    static void arreter() {
        mongo.close();
    }

    @Test
    void demarre_sans_axon_server_le_dit_et_retente_sans_boucle_de_piles(CapturedOutput journal) throws Exception {
        HttpResponse<String> sante = sante();
        assertThat(sante.statusCode()).as(sante.body()).isEqualTo(503);
        JsonNode composants = JSON.readTree(sante.body()).path("components");
        assertThat(composants.path("axonServer").path("status").asText()).isEqualTo("DOWN");
        assertThat(composants.path("mongo").path("status").asText()).isEqualTo("UP");
        assertThat(composants.path("magasinEvenements").path("status").asText()).isEqualTo("DOWN");
        assertThat(composants
                        .path("magasinEvenements")
                        .path("details")
                        .path("erreur")
                        .asText())
                .startsWith("Le magasin d'événements ne répond pas : ");
        JsonNode dossiers = composants.path("processeurs").path("components").path("dossiers");
        assertThat(dossiers.path("details").path("retard").asText())
                .isEqualTo("inconnu : le magasin d'événements ne répond pas");

        String essai = "Connecting to AxonServer node [127.0.0.1:" + portAxonServer + "] failed";
        JournalCapture.attendre(
                Duration.ofSeconds(30),
                () -> JournalCapture.lignes(journal, essai) >= 3
                        && JournalCapture.chacunRetente(
                                journal, processeurs.eventProcessors().keySet()));
        int pilesPendantLaPanne = JournalCapture.piles(journal);
        long essais = JournalCapture.lignes(journal, essai);
        JournalCapture.attendre(Duration.ofSeconds(30), () -> JournalCapture.lignes(journal, essai) >= essais + 2);
        // La santé, interrogée en boucle par l'orchestrateur, n'écrit rien non plus.
        assertThat(sante().statusCode()).isEqualTo(503);
        assertThat(sante().statusCode()).isEqualTo(503);
        assertThat(JournalCapture.lignes(journal, essai)).isGreaterThanOrEqualTo(essais + 2);
        assertThat(JournalCapture.piles(journal)).as(journal.getOut()).isEqualTo(pilesPendantLaPanne);
        assertThat(journal.getOut()).doesNotContain("Scheduling a reconnect");
        assertThat(journal.getOut())
                .contains("still failing: io.grpc.StatusRuntimeException: UNAVAILABLE. Preparing for retry in 4s");
    }

    private HttpResponse<String> sante() throws IOException, InterruptedException {
        return Injoignable.lire(port, "/actuator/health", "exploitant");
    }
}
