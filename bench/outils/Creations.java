import java.net.URI;
import java.net.http.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * {@code java bench/outils/Creations.java <port> <clients> <secondes>} : des clients qui créent des dossiers
 * ({@code creerDossier} seul) en boucle fermée, chaque création attendant sa projection ; imprime le débit et
 * les latences p50 et p99. Employé par {@code bench/comparer}.
 */
public class Creations {
    public static void main(String[] a) throws Exception {
        int port = Integer.parseInt(a[0]), clients = Integer.parseInt(a[1]), secondes = Integer.parseInt(a[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("gestionnaire:gestionnaire".getBytes());
        URI uri = URI.create("http://localhost:" + port + "/graphql");
        AtomicLong ok = new AtomicLong(), ko = new AtomicLong();
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        long fin = System.nanoTime() + secondes * 1_000_000_000L, debut = System.nanoTime();
        ExecutorService fils = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) fils.submit(() -> {
            while (System.nanoTime() < fin) {
                int n = ThreadLocalRandom.current().nextInt(1_000_000);
                String corps = "{\"query\":\"mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id version } }\",\"variables\":{\"input\":{\"titulaire\":{\"personne\":{\"civilite\":\"MME\",\"prenom\":\"Jeanne\",\"nom\":\"Banc" + n + "\",\"email\":\"banc" + n + "@exemple.fr\",\"mobile\":\"0612345678\"}}}}}";
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(corps)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"id\"") && !r.body().contains("\"errors\"")) { ok.incrementAndGet(); lat.add(System.nanoTime() - t); }
                    else { if (ko.incrementAndGet() < 3) System.err.println(r.body()); }
                } catch (Exception e) { ko.incrementAndGet(); }
            }
            return null;
        });
        fils.shutdown(); fils.awaitTermination(secondes + 60, TimeUnit.SECONDS);
        double s = (System.nanoTime() - debut) / 1e9;
        List<Long> l = new ArrayList<>(lat); Collections.sort(l);
        System.out.printf(Locale.ROOT, "clients=%d creations=%d erreurs=%d duree=%.1fs debit=%.1f/s p50=%.1fms p99=%.1fms%n",
                clients, ok.get(), ko.get(), s, ok.get() / s,
                l.isEmpty() ? 0 : l.get(l.size() / 2) / 1e6, l.isEmpty() ? 0 : l.get((int) (l.size() * 0.99)) / 1e6);
    }
}
