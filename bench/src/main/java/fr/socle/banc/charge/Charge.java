package fr.socle.banc.charge;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.banc.moteur.Client;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static fr.socle.banc.outils.Journal.abrege;
import static fr.socle.banc.outils.Journal.etape;

/**
 * Le générateur de charge en boucle fermée : des clients concurrents qui créent des dossiers et les mènent
 * d'état en état, ou qui les lisent, chacun enchaînant ses requêtes sans pause. Les envois à cadence fixe
 * (boucle ouverte) sont dans {@link Cadence}.
 */
public final class Charge {
    public static final String CREER = "mutation($input: CreerDossierInput!) { creerDossier(input: $input) { id version dateCreation } }";
    public static final String CHANGER = "mutation($id: ID!, $etat: EtatDossier!) { changerEtatDossier(id: $id, etat: $etat) { id version } }";
    public static final String LIRE = "query($id: ID!) { dossier(id: $id) { id version etat titulaire { ... on Personne { nom } } } }";
    /** Les changements d'état d'un cycle complet, de la création à la clôture. */
    public static final List<String> CYCLE = List.of("EN_COURS", "FACTURE", "CLOTURE");

    private final Client client;
    private final AtomicLong commandes = new AtomicLong();
    private final AtomicLong erreurs = new AtomicLong();
    private final AtomicLong dossiers = new AtomicLong();
    private final ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> exemplesErreurs = new ConcurrentLinkedQueue<>();

    private Charge(Client client) {
        this.client = client;
    }

    /** L'entrée d'une création de dossier, un titulaire au nom tiré au hasard. */
    public static Map<String, Object> titulaire() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        return Map.of("titulaire", Map.of("personne", Map.of("civilite", "MME", "prenom", "Jeanne", "nom", "Banc" + n,
                "email", "banc" + n + "@exemple.fr", "mobile", "0612345678")));
    }

    /**
     * Fait écrire {@code clients} fils jusqu'à la durée ou au nombre de dossiers donnés : chacun crée un
     * dossier puis lui fait franchir les {@code etats} ; ajoute les dossiers créés à {@code crees} et rend
     * {commandes réussies, erreurs}.
     */
    public static long[] ecrireEnBoucle(Client client, int clients, Duration duree, int dossiersMax, List<String> etats,
                                        List<String> crees) throws InterruptedException {
        return new Charge(client).ecrire(clients, duree, dossiersMax, etats, crees);
    }

    private long[] ecrire(int clients, Duration duree, int dossiersMax, List<String> etats, List<String> crees) throws InterruptedException {
        long fin = System.nanoTime() + duree.toNanos();
        ExecutorService fils = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin && dossiers.getAndIncrement() < dossiersMax) {
                    mener(etats);
                }
                return null;
            });
        }
        fils.shutdown();
        long dernier = commandes.get();
        while (!fils.awaitTermination(5, TimeUnit.SECONDS)) {
            long n = commandes.get();
            etape(String.format(Locale.ROOT, "  … %d commandes, %.0f/s, %d erreurs", n, (n - dernier) / 5.0, erreurs.get()));
            dernier = n;
        }
        exemplesErreurs.stream().limit(2).forEach(e -> etape("  erreur : " + abrege(e)));
        crees.addAll(ids);
        return new long[]{commandes.get(), erreurs.get()};
    }

    /** Un dossier créé puis mené par les états donnés ; la première erreur arrête ce dossier. */
    private void mener(List<String> etats) {
        JsonNode r = client.executer("gestionnaire", CREER, "input", titulaire());
        String id = r.path("data").path("creerDossier").path("id").asText(null);
        if (id == null) {
            erreurs.incrementAndGet();
            exemplesErreurs.add(r.toString());
            return;
        }
        commandes.incrementAndGet();
        ids.add(id);
        for (String etat : etats) {
            JsonNode c = client.executer("gestionnaire", CHANGER, "id", id, "etat", etat);
            if (c.path("data").path("changerEtatDossier").isObject()) {
                commandes.incrementAndGet();
            } else {
                erreurs.incrementAndGet();
                exemplesErreurs.add(c.toString());
                return;
            }
        }
    }

    /** Le plancher de toute requête GraphQL : HTTP, sécurité, analyse et exécution d'une requête sans donnée. */
    public static final String PLAFOND = "{ __typename }";

    /**
     * {@code clients} fils envoient {@code document} en boucle fermée pendant {@code duree} ; rend le nombre de
     * réponses porteuses de données.
     */
    public static long compterEnBoucle(Client client, int clients, Duration duree, String utilisateur, String document)
            throws InterruptedException {
        long fin = System.nanoTime() + duree.toNanos();
        java.util.concurrent.atomic.LongAdder reussies = new java.util.concurrent.atomic.LongAdder();
        ExecutorService fils = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin) {
                    if (client.executer(utilisateur, document).path("data").isObject()) {
                        reussies.increment();
                    }
                }
                return null;
            });
        }
        fils.shutdown();
        fils.awaitTermination(duree.toSeconds() + 30, TimeUnit.SECONDS);
        return reussies.sum();
    }

    /** {@code clients} fils lisent {@code dossier(id)} au hasard parmi {@code ids} pendant {@code secondes}, sans rien compter. */
    public static void lireEnBoucle(Client client, int clients, List<String> ids, int secondes) throws InterruptedException {
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(secondes);
        ExecutorService fils = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin) {
                    client.executer("analyste", LIRE, "id", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                }
                return null;
            });
        }
        fils.shutdown();
        fils.awaitTermination(secondes + 30, TimeUnit.SECONDS);
    }
}
