package fr.socle.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.test.Injoignable;
import fr.socle.test.JournalCapture;
import fr.socle.test.MongoEmbarque;
import fr.socle.test.SansAxonServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Le côté requêtes démarre alors que MongoDB ne répond pas : sa santé le dit, composant nommé, et son journal
 * retente sans boucle de piles d'appels ; quand MongoDB arrive sur l'adresse configurée, il s'y remet sans redémarrer.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = {QuerySideApplication.class, SansAxonServer.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            QuerySideApplication.CONFIGURATION,
            SansAxonServer.PROPRIETE,
            "management.endpoint.health.show-components=always",
            "socle.securite.utilisateurs[0].nom=exploitant",
            "socle.securite.utilisateurs[0].motDePasse={noop}exploitant",
            "socle.securite.utilisateurs[0].roles=ADMIN",
            // Le planificateur des rappels lit MongoDB à chaque tour : des tours rapprochés pendant la panne.
            "socle.rappels.delai-initial=PT1S",
            "socle.rappels.intervalle=PT2S"
        })
// Son MongoDB s'arrête avec la classe : son contexte aussi, pour ne pas écrire ses pannes dans les tests suivants.
@DirtiesContext
class MongoIndisponibleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int portMongo;
    private static MongoEmbarque mongo;

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processeurs;

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

        // Les essais des index et ceux de chaque processeur tiennent en une ligne, la santé relue n'écrit rien :
        // les piles d'appels du journal ne croissent plus une fois le premier échec de chacun passé.
        JournalCapture.attendre(
                Duration.ofSeconds(60),
                () -> JournalCapture.lignes(journal, "nouvel essai dans") >= 3
                        && JournalCapture.chacunRetente(
                                journal, processeurs.eventProcessors().keySet()));
        int pilesPendantLaPanne = JournalCapture.piles(journal);
        long essais = JournalCapture.lignes(journal, "nouvel essai dans");
        long tours = JournalCapture.lignes(journal, "MongoDB injoignable (rappels dus)");
        JournalCapture.attendre(
                Duration.ofSeconds(30),
                () -> JournalCapture.lignes(journal, "nouvel essai dans") > essais
                        && JournalCapture.lignes(journal, "MongoDB injoignable (rappels dus)") > tours);
        assertThat(lire("/actuator/health").statusCode()).isEqualTo(503);
        assertThat(JournalCapture.lignes(journal, "nouvel essai dans")).isGreaterThan(essais);
        assertThat(JournalCapture.lignes(journal, "MongoDB injoignable (rappels dus)"))
                .isGreaterThan(tours);
        assertThat(JournalCapture.piles(journal)).as(journal.getOut()).isEqualTo(pilesPendantLaPanne);

        mongo = MongoEmbarque.demarrerSur(portMongo);

        Instant limite = Instant.now().plus(Duration.ofSeconds(90));
        while (!toutEstRepris() && Instant.now().isBefore(limite)) {
            Thread.sleep(500);
        }
        HttpResponse<String> retrouve = lire("/actuator/health");
        assertThat(retrouve.statusCode()).as(retrouve.body()).isEqualTo(200);
        assertThat(JSON.readTree(retrouve.body())
                        .path("components")
                        .path("mongo")
                        .path("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(toutEstRepris())
                .as(lire("/actuator/health/processeurs").body())
                .isTrue();
        HttpResponse<String> lecture = HttpClient.newHttpClient()
                .send(
                        requete("/graphql")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"query\":\"{ dossiers { totalCount } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(lecture.body()).isEqualTo("{\"data\":{\"dossiers\":{\"totalCount\":0}}}");
    }

    /** Santé UP, et chaque processeur a repris ses segments dans le magasin de jetons retrouvé. */
    private boolean toutEstRepris() throws IOException, InterruptedException {
        HttpResponse<String> sante = lire("/actuator/health/processeurs");
        if (sante.statusCode() != 200 || lire("/actuator/health").statusCode() != 200) {
            return false;
        }
        JsonNode processeurs = JSON.readTree(sante.body()).path("components");
        if (processeurs.isEmpty()) {
            return false;
        }
        for (JsonNode processeur : processeurs) {
            if (processeur.path("details").path("segments").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private HttpRequest.Builder requete(String chemin) {
        return Injoignable.requete(port, chemin, "exploitant");
    }

    private HttpResponse<String> lire(String chemin) throws IOException, InterruptedException {
        return Injoignable.lire(port, chemin, "exploitant");
    }
}
