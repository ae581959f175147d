package fr.socle.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Ce qu'il faut aux tests d'un moteur privé d'un composant (MongoDB, Axon Server) : un port où rien
 * n'écoute, et la lecture de ce que le moteur en dit sur HTTP (sa santé).
 */
public final class Injoignable {

    private Injoignable() {}

    /** Un port local libre à l'instant : le composant qui l'attend ne répond pas. */
    public static int portFerme() {
        try (ServerSocket libre = new ServerSocket(0)) {
            return libre.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Une requête vers le moteur, au nom de {@code utilisateur} (mot de passe : son nom) s'il est donné. */
    public static HttpRequest.Builder requete(int port, String chemin, String utilisateur) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin));
        return utilisateur == null
                ? requete
                : requete.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (utilisateur + ":" + utilisateur).getBytes(StandardCharsets.UTF_8)));
    }

    /** Un GET vers le moteur (sa santé, par exemple). */
    public static HttpResponse<String> lire(int port, String chemin, String utilisateur)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(requete(port, chemin, utilisateur).build(), HttpResponse.BodyHandlers.ofString());
    }
}
