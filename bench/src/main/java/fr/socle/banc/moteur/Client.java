package fr.socle.banc.moteur;

import com.fasterxml.jackson.databind.JsonNode;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static fr.socle.banc.outils.Json.JSON;

/** POST /graphql en JSON avec HTTP Basic (mot de passe = nom de l'utilisateur de démonstration). */
public final class Client {
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final URI adresse;

    /** L'adresse du moteur, pour y ouvrir des pages : {@code http://127.0.0.1:<port>/}. */
    public String origine() {
        return adresse.resolve("/").toString();
    }

    public Client(int port) {
        adresse = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    HttpRequest requete(String utilisateur, String document, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("query", document);
        corps.put("variables", vars);
        try {
            return HttpRequest.newBuilder(adresse)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((utilisateur + ":" + utilisateur).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(corps)))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Les variables se donnent par paires : nom, valeur, nom, valeur… */
    public JsonNode executer(String utilisateur, String document, Object... variables) {
        try {
            HttpResponse<byte[]> r = http.send(requete(utilisateur, document, variables), HttpResponse.BodyHandlers.ofByteArray());
            return lire(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public CompletableFuture<JsonNode> executerAsync(String utilisateur, String document, Object... variables) {
        return http.sendAsync(requete(utilisateur, document, variables), HttpResponse.BodyHandlers.ofByteArray()).thenApply(Client::lire);
    }

    /** La somme des retards (en événements) de tous les processeurs, lue sur /actuator/health. */
    public long retardDesProjections() throws IOException, InterruptedException {
        HttpRequest requete = HttpRequest.newBuilder(adresse.resolve("/actuator/health"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        JsonNode sante = JSON.readTree(http.send(requete, HttpResponse.BodyHandlers.ofByteArray()).body());
        List<JsonNode> retards = sante.findValues("retard");
        return retards.isEmpty() ? Long.MAX_VALUE : retards.stream().mapToLong(JsonNode::asLong).sum();
    }

    static JsonNode lire(HttpResponse<byte[]> r) {
        try {
            return r.body().length == 0
                    ? JSON.createObjectNode().put("status", r.statusCode())
                    : JSON.readTree(r.body());
        } catch (IOException e) {
            return JSON.createObjectNode().put("status", r.statusCode()).put("body", new String(r.body(), StandardCharsets.UTF_8));
        }
    }
}
