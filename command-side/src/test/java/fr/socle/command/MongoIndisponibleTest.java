package fr.socle.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.command.rgpd.CoffreCles;
import fr.socle.command.suivi.PolitiqueEvenementsIndesirables;
import fr.socle.kernel.suivi.DeclarerEvenementIndesirable;
import fr.socle.test.Injoignable;
import fr.socle.test.JournalCapture;
import fr.socle.test.MongoEmbarque;
import fr.socle.test.SansAxonServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
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
 * Le côté commandes, en production, démarre alors que MongoDB ne répond pas : sa santé le dit, composant
 * nommé, et son journal retente sans boucle de piles d'appels ; quand MongoDB arrive sur l'adresse
 * configurée, la politique reprend ses jetons et le coffre des clés répond, sans redémarrer.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = {CommandSideApplication.class, SansAxonServer.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandSideApplication.CONFIGURATION, SansAxonServer.PROPRIETE})
@ActiveProfiles("production")
// Son MongoDB s'arrête avec la classe : son contexte aussi, pour ne pas écrire ses pannes dans les tests suivants.
@DirtiesContext
class MongoIndisponibleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int portMongo;
    private static MongoEmbarque mongo;

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commandes;

    @Autowired
    EventProcessingConfiguration processeurs;

    @Autowired
    CoffreCles coffre;

    @DynamicPropertySource
    static void mongoAbsent(DynamicPropertyRegistry proprietes) throws IOException {
        portMongo = Injoignable.portFerme();
        proprietes.add(
                "spring.data.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + portMongo + "/socle?serverSelectionTimeoutMS=1000&connectTimeoutMS=500");
    }

    @AfterAll
    static void arreter() {
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void demarre_sans_mongodb_le_dit_puis_s_y_remet_quand_il_arrive(CapturedOutput journal) throws Exception {
        HttpResponse<String> absent = lire("/actuator/health");
        assertThat(absent.statusCode()).as(absent.body()).isEqualTo(503);
        JsonNode mongoAbsent = JSON.readTree(absent.body()).path("components").path("mongo");
        assertThat(mongoAbsent.path("status").asText()).isEqualTo("DOWN");
        assertThat(mongoAbsent.path("details").path("erreur").asText()).startsWith("MongoDB injoignable");
        assertThat(mongoAbsent.path("details").path("serveurs").asText()).isEqualTo("127.0.0.1:" + portMongo);

        // Les essais des index (délai doublé) et ceux de la politique tiennent chacun en une ligne : au plus
        // une pile d'appels par processeur (celle de son premier échec, écrite par Axon), pas une par essai.
        JournalCapture.attendre(
                Duration.ofSeconds(30),
                () -> JournalCapture.lignes(journal, "nouvel essai dans") >= 3
                        && JournalCapture.chacunRetente(
                                journal, processeurs.eventProcessors().keySet()));
        int pilesPendantLaPanne = JournalCapture.piles(journal);
        long essais = JournalCapture.lignes(journal, "nouvel essai dans");
        JournalCapture.attendre(
                Duration.ofSeconds(30), () -> JournalCapture.lignes(journal, "nouvel essai dans") > essais);
        assertThat(JournalCapture.lignes(journal, "nouvel essai dans")).isGreaterThan(essais);
        assertThat(journal.getOut())
                .contains("nouvel essai dans 1 s")
                .contains("nouvel essai dans 2 s")
                .contains("nouvel essai dans 4 s")
                .contains("Fetching Segments for Processor '" + PolitiqueEvenementsIndesirables.GROUPE
                        + "' still failing");
        assertThat(JournalCapture.piles(journal)).as(journal.getOut()).isEqualTo(pilesPendantLaPanne);
        assertThat(pilesPendantLaPanne)
                .as(journal.getOut())
                .isLessThanOrEqualTo(processeurs.eventProcessors().size());

        mongo = MongoEmbarque.demarrerSur(portMongo);

        StreamingEventProcessor politique = processeurs
                .eventProcessor(PolitiqueEvenementsIndesirables.GROUPE, StreamingEventProcessor.class)
                .orElseThrow();
        JournalCapture.attendre(
                Duration.ofSeconds(90),
                () -> sante() == 200 && !politique.processingStatus().isEmpty());
        HttpResponse<String> retrouve = lire("/actuator/health");
        assertThat(retrouve.statusCode()).as(retrouve.body()).isEqualTo(200);
        assertThat(JSON.readTree(retrouve.body())
                        .path("components")
                        .path("mongo")
                        .path("status")
                        .asText())
                .isEqualTo("UP");

        // La politique suit de nouveau le journal, ses jetons dans MongoDB : elle traite la déclaration et
        // verse ses notes (refusées ici, ni le dossier ni l'intervenant n'existant).
        String evenement = UUID.randomUUID().toString();
        commandes.sendAndWait(new DeclarerEvenementIndesirable(
                evenement, "dossier-" + evenement, "intervenant-" + evenement, "claire", "Chute", LocalDate.now()));
        JournalCapture.attendre(
                Duration.ofSeconds(30),
                () -> journal.getOut().contains("Note de suivi non versée (AjouterNoteSuiviIntervenant)"));
        assertThat(journal.getOut())
                .contains("Note de suivi non versée (AjouterNoteSuiviDossier)")
                .contains("Note de suivi non versée (AjouterNoteSuiviIntervenant)");

        // Les index des jetons, eux, sont créés à l'essai suivant (le délai doublé court encore).
        JournalCapture.attendre(
                Duration.ofSeconds(30),
                () -> journal.getOut().contains("MongoDB joint : index des jetons de suivi fait"));
        assertThat(journal.getOut()).contains("MongoDB joint : index des jetons de suivi fait");

        // Le coffre des clés des données personnelles écrit dans le MongoDB retrouvé et y relit la même clé.
        byte[] cle = coffre.cle("intervenant-" + evenement);
        assertThat(coffre.cleExistante("intervenant-" + evenement)).hasValue(cle);
    }

    private int sante() {
        try {
            return lire("/actuator/health").statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private HttpResponse<String> lire(String chemin) throws IOException, InterruptedException {
        return Injoignable.lire(port, chemin, null);
    }
}
