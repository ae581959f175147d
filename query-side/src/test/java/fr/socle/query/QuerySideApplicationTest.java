package fr.socle.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.test.CoteDemarreSeul;
import fr.socle.test.SansAxonServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Le côté requêtes démarre seul avec sa configuration ({@code query-side.yml}), sans base SQL, ses
 * utilisateurs venant de l'environnement. Axon Server est remplacé par un magasin en mémoire.
 */
@SpringBootTest(
        classes = {QuerySideApplication.class, SansAxonServer.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            QuerySideApplication.CONFIGURATION,
            SansAxonServer.PROPRIETE,
            "socle.securite.utilisateurs[0].nom=exploitant",
            // « exploitant » haché par BCrypt, comme en production
            "socle.securite.utilisateurs[0].motDePasse={bcrypt}$2a$10$zjG49mOITNjRlgCKuRiaAeobLROyGVtySBR7d/fyBKo.gO/olWE4q",
            "socle.securite.utilisateurs[0].roles=ADMIN"
        })
class QuerySideApplicationTest extends CoteDemarreSeul {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> envoyer(HttpRequest.Builder requete) throws Exception {
        return http.send(
                requete.header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "exploitant:exploitant".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void demarre_seul_repond_en_graphql_et_rend_compte_de_ses_projections() throws Exception {
        assertThat(contexte.getEnvironment().getProperty("spring.application.name"))
                .isEqualTo("socle-requetes");
        assertThat(contexte.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();

        HttpResponse<String> reponse = envoyer(requete("/graphql")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ dossiers { totalCount } }\"}")));
        assertThat(reponse.statusCode()).isEqualTo(200);
        assertThat(reponse.body()).contains("\"totalCount\":0");

        HttpResponse<String> sante = envoyer(requete("/actuator/health"));
        assertThat(sante.statusCode()).isEqualTo(200);
        assertThat(sante.body())
                .contains("\"magasinEvenements\"")
                .contains("\"processeurs\"")
                .contains("\"dossiers\"");
    }
}
