package fr.socle.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.command.suivi.PolitiqueEvenementsIndesirables;
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
 * Le côté commandes, en production, démarre alors qu'Axon Server ne répond pas à l'adresse configurée (un
 * port fermé) : sa santé le dit, composant nommé ; le connecteur retente à intervalle fixe, les processeurs
 * avec un délai qui double, et chaque nouvel essai tient en une ligne du journal, sans pile d'appels.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = CommandSideApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CommandSideApplication.CONFIGURATION)
@ActiveProfiles("production")
@DirtiesContext
class AxonServerIndisponibleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int portAxonServer;
    // Un MongoDB à lui : les jetons d'un autre test laissés dans le serveur partagé changeraient ce que
    // le processeur tente d'abord (reprendre un segment plutôt que le créer).
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
        HttpResponse<String> sante = Injoignable.lire(port, "/actuator/health", null);
        assertThat(sante.statusCode()).as(sante.body()).isEqualTo(503);
        JsonNode composants = JSON.readTree(sante.body()).path("components");
        assertThat(composants.path("axonServer").path("status").asText()).isEqualTo("DOWN");
        assertThat(composants.path("mongo").path("status").asText()).isEqualTo("UP");

        JournalCapture.attendre(
                Duration.ofSeconds(30),
                () -> essaisDuConnecteur(journal) >= 3
                        && JournalCapture.chacunRetente(
                                journal, processeurs.eventProcessors().keySet()));
        int pilesPendantLaPanne = JournalCapture.piles(journal);
        long essais = essaisDuConnecteur(journal);
        JournalCapture.attendre(Duration.ofSeconds(30), () -> essaisDuConnecteur(journal) >= essais + 2);
        assertThat(essaisDuConnecteur(journal)).isGreaterThanOrEqualTo(essais + 2);
        assertThat(JournalCapture.piles(journal)).as(journal.getOut()).isEqualTo(pilesPendantLaPanne);
        // Une ligne par essai : l'annonce du prochain essai, écrite par le connecteur à chaque fois, est tue.
        assertThat(journal.getOut()).doesNotContain("Scheduling a reconnect");
        assertThat(journal.getOut())
                .contains("Fetching Segments for Processor '" + PolitiqueEvenementsIndesirables.GROUPE
                        + "' still failing: io.grpc.StatusRuntimeException: UNAVAILABLE. Preparing for retry in 4s");
    }

    private static long essaisDuConnecteur(CapturedOutput journal) {
        return JournalCapture.lignes(
                journal, "Connecting to AxonServer node [127.0.0.1:" + portAxonServer + "] failed");
    }
}
