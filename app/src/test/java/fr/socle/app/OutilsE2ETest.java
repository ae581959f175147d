package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * Les outils qui lisent le schéma (GraphiQL, générateurs de code, Postman) : l'introspection standard passe
 * les bornes de coût, qui refusent toujours une introspection démesurée et une requête du domaine trop
 * profonde ; un chemin inconnu, et la page d'erreur appelée directement, répondent 404.
 * La profondeur du domaine est ici abaissée à 5 pour montrer que les deux familles ont leurs propres bornes.
 * La page GraphiQL est ouverte dans un vrai navigateur ({@link Chromium}).
 */
@TestPropertySource(properties = "socle.limites.profondeur=5")
class OutilsE2ETest extends MoteurEmbarqueTest {

    static String introspectionStandard() throws IOException {
        try (InputStream texte =
                OutilsE2ETest.class.getResourceAsStream("/outils/introspection-graphql-js-16.graphql")) {
            return new String(texte.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void la_requete_d_introspection_standard_passe_les_bornes_et_decrit_le_schema() throws IOException {
        JsonNode schema =
                client.executer(AUDITEUR, introspectionStandard()).donnees().path("__schema");

        assertThat(schema.path("queryType").path("name").asText()).isEqualTo("Query");
        JsonNode query = StreamSupport.stream(schema.path("types").spliterator(), false)
                .filter(t -> t.path("name").asText().equals("Query"))
                .findFirst()
                .orElseThrow();
        assertThat(query.path("fields"))
                .extracting(f -> f.path("name").asText())
                .contains("dossier", "journal");
    }

    @Test
    void une_introspection_imbriquee_sur_trente_niveaux_est_refusee() {
        String imbrication =
                "{ __type(name: \"Dossier\") { " + "ofType { ".repeat(29) + "name" + " }".repeat(29) + " } }";

        ClientGraphQL.Reponse reponse = client.executer(AUDITEUR, imbrication);

        assertThat(reponse.classification()).as("%s", reponse.corps()).isEqualTo("BAD_REQUEST");
        assertThat(reponse.regle()).isEqualTo("REQUETE_TROP_COMPLEXE");
        assertThat(reponse.corps().path("data").isMissingNode()
                        || reponse.corps().path("data").isNull())
                .isTrue();
    }

    @Test
    void une_requete_du_domaine_plus_profonde_que_sa_borne_est_refusee_meme_si_l_introspection_passe() {
        client.executer(AUDITEUR, "{ dossiers(first: 1) { edges { node { id __typename } } } }")
                .donnees();

        ClientGraphQL.Reponse trop = client.executer(
                AUDITEUR, "{ dossiers(first: 1) { edges { node { prestation { financeurs { montant } } } } } }");

        assertThat(trop.classification()).as("%s", trop.corps()).isEqualTo("BAD_REQUEST");
        assertThat(trop.regle()).isEqualTo("REQUETE_TROP_COMPLEXE");
        assertThat(trop.erreur().path("message").asText()).contains("6 niveaux", "au plus 5");
    }

    @Test
    void un_chemin_inconnu_et_la_page_d_erreur_repondent_404_jamais_500() throws Exception {
        for (String chemin : new String[] {"/error", "/inconnu", "/graphiql/inconnu.js"}) {
            HttpResponse<String> reponse = get(chemin, AUDITEUR);
            assertThat(reponse.statusCode())
                    .as("%s : %s", chemin, reponse.body())
                    .isEqualTo(404);
            assertThat(reponse.body()).contains("\"classification\":\"NOT_FOUND\"");
        }
        assertThat(get("/error", null).statusCode()).isEqualTo(401);
    }

    @Test
    void l_explorateur_de_documentation_de_graphiql_liste_les_champs_de_query() {
        WebDriver navigateur = Chromium.demarrer();
        try {
            navigateur.get("http://" + AUDITEUR + ":" + AUDITEUR + "@127.0.0.1:" + port + "/graphiql");
            WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(60));
            attente.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("button[aria-label='Show Documentation Explorer']")))
                    .click();
            attente.until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='Query']")))
                    .click();
            attente.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='dossier']")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "GraphiQL n'a pas montré Query.dossier ; la page :\n" + navigateur.getPageSource(), e);
        } finally {
            navigateur.quit();
        }
    }

    private HttpResponse<String> get(String chemin, String utilisateur) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(requeteHttp(chemin, utilisateur).build(), HttpResponse.BodyHandlers.ofString());
    }
}
