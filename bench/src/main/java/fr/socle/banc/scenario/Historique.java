package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.charge.Charge;
import fr.socle.banc.moteur.Client;
import fr.socle.banc.moteur.Schema;
import fr.socle.banc.rapport.Chiffre;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static fr.socle.banc.outils.Journal.abrege;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.medianeMs;

/**
 * {@code history_10k_ms} : un dossier de 10 000 événements, écrits par le moteur lui-même au moyen d'une
 * mutation répétable ; puis la première page de son {@code historique} (500 événements) et son
 * {@code etatAu} maintenant, en médianes.
 */
public final class Historique implements Scenario {
    /** L'objectif de history_10k_ms : celui que le README annonce. */
    private static final double OBJECTIF = 50;

    /** Mutations d'un dossier existant qui ajoutent un événement à chaque appel, par ordre de préférence. */
    static final List<String> MUTATIONS_REPETABLES = List.of("ajouterNote", "enregistrerMessage");
    static final String HISTORIQUE = "query($id: ID!) { historique(aggregatId: $id, first: 500) { totalCount edges { node { sequence type horodatage donnees } } } }";
    static final String ETAT_AU = "query($id: ID!, $instant: DateTime!) { etatAu(aggregatId: $id, instant: $instant) { aggregatType version etat } }";
    private static final int ERREURS_MAX = 20;

    @Override
    public String nom() {
        return "historique (history_10k_ms)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        Optional<Schema.Appel> repetable = MUTATIONS_REPETABLES.stream().map(ctx.schema()::appel).flatMap(Optional::stream).findFirst();
        if (repetable.isEmpty()) {
            ctx.rapport().chiffre(Chiffre.absent("history_10k_ms",
                    "aucune mutation répétable sur un dossier (" + String.join(", ", MUTATIONS_REPETABLES) + ") dans le schéma", OBJECTIF, true));
            etape("historique : n/a, aucune mutation répétable (" + String.join(", ", MUTATIONS_REPETABLES) + ")");
            return;
        }
        Schema.Appel appel = repetable.get();
        JsonNode cree = ctx.client().executer("gestionnaire", Charge.CREER, "input", Charge.titulaire());
        String id = cree.path("data").path("creerDossier").path("id").asText();
        etape("historique : " + ctx.mode().evenementsHistorique() + " événements sur un dossier par " + appel.nom());
        ConcurrentLinkedQueue<String> exemples = new ConcurrentLinkedQueue<>();
        long erreurs = allonger(ctx, appel, id, exemples);
        long total = evenementsDe(ctx, id);
        ctx.rapport().evenements().put("history_aggregate_events", total);
        if (erreurs >= ERREURS_MAX && total < ctx.mode().evenementsHistorique()) {
            ctx.rapport().chiffre(Chiffre.absent("history_10k_ms", appel.nom() + " refusée : " + abrege(exemples.peek()), OBJECTIF, true));
            return;
        }
        lire(ctx, appel, id, total);
    }

    /** Quatre fils appellent la mutation jusqu'au nombre d'événements voulu (ou au temps imparti) ; rend les erreurs. */
    private static long allonger(Contexte ctx, Schema.Appel appel, String id, ConcurrentLinkedQueue<String> exemples)
            throws InterruptedException {
        Client client = ctx.client();
        AtomicLong version = new AtomicLong();
        AtomicLong erreurs = new AtomicLong();
        AtomicLong restants = new AtomicLong(ctx.mode().evenementsHistorique() - 1L);
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(ctx.mode().secondesMaxHistorique());
        ExecutorService fils = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            fils.submit(() -> {
                while (System.nanoTime() < fin && restants.getAndDecrement() > 0 && erreurs.get() < ERREURS_MAX) {
                    JsonNode r = client.executer("gestionnaire", appel.document(id, restants.get()));
                    if (r.path("errors").isArray() && !r.path("errors").isEmpty()) {
                        erreurs.incrementAndGet();
                        exemples.add(r.toString());
                    } else {
                        version.accumulateAndGet(r.path("data").path(appel.nom()).path("version").asLong(0), Math::max);
                    }
                }
                return null;
            });
        }
        fils.shutdown();
        while (!fils.awaitTermination(5, TimeUnit.SECONDS)) {
            etape("  … " + (ctx.mode().evenementsHistorique() - Math.max(0, restants.get())) + " événements");
        }
        exemples.stream().limit(2).forEach(e -> etape("  erreur : " + abrege(e)));
        return erreurs.get();
    }

    private static long evenementsDe(Contexte ctx, String id) throws SQLException {
        try (Connection c = ctx.moteur().sqlite(); PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Les deux lectures mesurées, si le schéma les a ; {@code total} est la taille réelle du dossier. */
    private static void lire(Contexte ctx, Schema.Appel appel, String id, long total) {
        Client client = ctx.client();
        double msHistorique = medianeMs(7, () -> client.executer("auditeur", HISTORIQUE, "id", id));
        ObjectNode m = ctx.rapport().mesures().putObject("history");
        m.put("aggregate_events", total);
        m.put("mutation", appel.nom());
        m.put("historique_first_page_500_median_ms", arrondi(msHistorique));
        if (!ctx.schema().requetes.containsKey("etatAu")) {
            ctx.rapport().chiffre(Chiffre.absent("history_10k_ms",
                    "etatAu absent du schéma (historique seul : " + arrondi(msHistorique) + " ms)", OBJECTIF, true));
            etape("  historique " + arrondi(msHistorique) + " ms ; etatAu n/a (absent du schéma)");
            return;
        }
        double msEtatAu = medianeMs(7, () -> client.executer("auditeur", ETAT_AU, "id", id, "instant", Instant.now().toString()));
        m.put("etatAu_now_median_ms", arrondi(msEtatAu));
        boolean complet = total >= ctx.mode().evenementsHistorique();
        ctx.rapport().chiffre(new Chiffre("history_10k_ms", complet ? arrondi(msHistorique + msEtatAu) : null,
                complet ? null : "seulement " + total + " événements écrits dans le temps imparti", OBJECTIF, true));
        etape(String.format(Locale.ROOT, "  %d événements : historique %.1f ms + etatAu %.1f ms", total, msHistorique, msEtatAu));
    }
}
