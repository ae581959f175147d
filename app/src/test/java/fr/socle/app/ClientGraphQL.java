package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Un client GraphQL sur HTTP, comme ceux du back-office : POST /graphql en JSON, HTTP Basic. */
public class ClientGraphQL {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI adresse;

    public ClientGraphQL(int port) {
        this.adresse = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public record Reponse(int statut, JsonNode corps) {
        public JsonNode donnees() {
            assertThat(corps.path("errors").isMissingNode()
                            || corps.path("errors").isEmpty())
                    .as("réponse sans erreur : %s", corps)
                    .isTrue();
            return corps.path("data");
        }

        public JsonNode erreur() {
            assertThat(corps.path("errors").isArray() && !corps.path("errors").isEmpty())
                    .as("réponse en erreur : %s", corps)
                    .isTrue();
            return corps.path("errors").get(0);
        }

        /** La classification de la première erreur, ou {@code null} si la réponse n'en a pas. */
        public String classification() {
            return extension("classification");
        }

        public String champ() {
            return extension("champ");
        }

        public String regle() {
            return extension("regle");
        }

        private String extension(String nom) {
            return corps.path("errors").path(0).path("extensions").path(nom).asText(null);
        }
    }

    public Reponse executer(String utilisateur, String requete, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("query", requete);
        corps.put("variables", vars);
        try {
            return brut(utilisateur, JSON.writeValueAsString(corps));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Envoie un corps tel quel, même mal formé. */
    public Reponse brut(String utilisateur, String corps) {
        HttpRequest requete = requete(adresse, utilisateur)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corps, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> reponse = envoyer(http, requete, HttpResponse.BodyHandlers.ofString());
        try {
            JsonNode json = reponse.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(reponse.body());
            return new Reponse(reponse.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Une requête HTTP vers le moteur, authentifiée en HTTP Basic si un utilisateur est donné : les comptes de
     * test ont leur nom pour mot de passe. Sans utilisateur, la requête part anonyme.
     */
    public static HttpRequest.Builder requete(URI adresse, String utilisateur) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(adresse);
        if (utilisateur != null) {
            requete.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (utilisateur + ":" + utilisateur).getBytes(StandardCharsets.UTF_8)));
        }
        return requete;
    }

    /** Envoie une requête et rend la réponse ; une panne d'entrée-sortie fait échouer le test. */
    public static <T> HttpResponse<T> envoyer(
            HttpClient http, HttpRequest requete, HttpResponse.BodyHandler<T> lecture) {
        try {
            return http.send(requete, lecture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
