package fr.socle.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Un abonnement GraphQL comme l'ouvre un client : WebSocket sur /graphql, protocole
 * graphql-transport-ws, HTTP Basic à l'ouverture. Les messages reçus attendent dans une file.
 */
public class AbonnementGraphQL implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> recus = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public AbonnementGraphQL(int port, String utilisateur, String requete, Map<String, Object> variables)
            throws Exception {
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (utilisateur + ":" + utilisateur).getBytes(StandardCharsets.UTF_8)))
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new Ecoute())
                .get(10, TimeUnit.SECONDS);
        envoyer(Map.of("type", "connection_init"));
        JsonNode accuse = recevoir();
        if (!"connection_ack".equals(accuse.path("type").asText())) {
            throw new IllegalStateException("Connexion refusée : " + accuse);
        }
        envoyer(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", requete, "variables", variables)));
    }

    /** Le prochain message du serveur ({@code next}, {@code error}, {@code complete}), ou null après 15 s. */
    public JsonNode recevoir() throws InterruptedException {
        return recus.poll(15, TimeUnit.SECONDS);
    }

    private void envoyer(Map<String, Object> message) throws Exception {
        socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "fin").join();
    }

    private final class Ecoute implements WebSocket.Listener {
        private final StringBuilder morceaux = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence texte, boolean dernier) {
            morceaux.append(texte);
            if (dernier) {
                try {
                    recus.add(JSON.readTree(morceaux.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                morceaux.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
