package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.moteur.Client;
import fr.socle.banc.rapport.Chiffre;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static fr.socle.banc.outils.Journal.abrege;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * {@code replay_ratio} : le moteur reconstruit la projection des dossiers par {@code reconstruireProjections},
 * suivie par {@code reconstruction(id)} ; rapporté à la lecture JDBC + un upsert MongoDB par événement
 * ({@link ReferenceRejeu}). Puis le tas occupé du moteur après un GC complet.
 */
public final class Rejeu implements Scenario {
    /** L'objectif de replay_ratio : celui que le README annonce. */
    private static final double OBJECTIF = 0.80;

    static final String SUIVRE = "query($id: ID!) { reconstruction(id: $id) { id etat traites total } }";

    @Override
    public String nom() {
        return "rejeu (replay_ratio)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        long total = ctx.moteur().compterEvenements();
        ctx.rapport().evenements().put("store_events_before_replay", total);
        etape("référence : lecture JDBC + upsert MongoDB de " + total + " événements");
        double brut = ReferenceRejeu.mesurer(ctx.moteur());
        ctx.rapport().references().put("raw_scan_upsert_events_per_s", arrondi(brut));
        etape(String.format(Locale.ROOT, "  %.0f événements/s", brut));
        if (!ctx.schema().mutations.containsKey("reconstruireProjections") || !ctx.schema().requetes.containsKey("reconstruction")) {
            ctx.rapport().chiffre(Chiffre.absent("replay_ratio", "reconstruireProjections / reconstruction absents du schéma", OBJECTIF, false));
            etape("rejeu : n/a, reconstruireProjections absent du schéma");
            ctx.rapport().mesures().put("heap_mib_after_writes", ctx.moteur().tasApresGc());
            return;
        }
        Optional<Double> rejeu = rejouer(ctx, "dossiers", total, "replay");
        if (rejeu.isEmpty()) {
            ctx.rapport().chiffre(Chiffre.absent("replay_ratio", "la reconstruction n'a pas abouti", OBJECTIF, false));
            return;
        }
        ctx.rapport().chiffre(Chiffre.mesure("replay_ratio", arrondi(rejeu.get() / brut), OBJECTIF, false));
        ctx.rapport().mesures().put("heap_mib_after_replay", ctx.moteur().tasApresGc());
    }

    /** Lance la reconstruction d'une projection et la suit jusqu'au bout ; rend les événements/s. */
    static Optional<Double> rejouer(Contexte ctx, String projection, long total, String cle) throws InterruptedException {
        Lancee lancee = lancer(ctx, projection, total);
        if (lancee == null) {
            return Optional.empty();
        }
        JsonNode reconstruction = suivre(ctx.client(), lancee.reconstruction(), lancee.debut());
        if (reconstruction == null) {
            return Optional.empty();
        }
        double secondes = secondesDepuis(lancee.debut());
        long traites = reconstruction.path("total").asLong(0) > 0 ? reconstruction.path("total").asLong() : total;
        ObjectNode m = ctx.rapport().mesures().putObject(cle);
        m.put("projection", projection);
        m.put("state", reconstruction.path("etat").asText());
        m.put("events", traites);
        m.put("seconds", arrondi(secondes));
        m.put("events_per_s", arrondi(traites / secondes));
        etape(String.format(Locale.ROOT, "  %s : %d événements en %.2f s, %.0f/s", reconstruction.path("etat").asText(), traites,
                secondes, traites / secondes));
        return "TERMINEE".equals(reconstruction.path("etat").asText()) ? Optional.of(traites / secondes) : Optional.empty();
    }

    /** Une reconstruction lancée, et l'instant de son lancement (le chronomètre du rejeu). */
    private record Lancee(JsonNode reconstruction, long debut) {
    }

    /**
     * Lance {@code reconstruireProjections}, pour la seule projection nommée si la mutation le permet, sinon
     * (ou si elle la refuse) pour toutes ; rend la reconstruction lancée, ou null.
     */
    private static Lancee lancer(Contexte ctx, String projection, long total) {
        boolean parNom = ctx.schema().mutations.get("reconstruireProjections").path("args").findValuesAsText("name").contains("projection");
        String lancer = parNom
                ? "mutation($p: String) { reconstruireProjections(projection: $p) { id etat traites total } }"
                : "mutation { reconstruireProjections { id etat traites total } }";
        etape("rejeu : reconstruireProjections(" + (parNom ? projection : "") + ") sur " + total + " événements");
        Client client = ctx.client();
        long debut = System.nanoTime();
        JsonNode r = parNom ? client.executer("admin", lancer, "p", projection) : client.executer("admin", lancer);
        JsonNode reconstruction = r.path("data").path("reconstruireProjections");
        if (!reconstruction.isObject() && parNom) {
            etape("  refusée pour « " + projection + " » (" + abrege(r.toString()) + "), toutes les projections");
            debut = System.nanoTime();
            reconstruction = client.executer("admin", lancer, "p", null).path("data").path("reconstruireProjections");
        }
        if (!reconstruction.isObject()) {
            etape("  échec : " + abrege(r.toString()));
            return null;
        }
        return new Lancee(reconstruction, debut);
    }

    /** Suit la reconstruction toutes les 50 ms tant qu'elle est EN_COURS, 30 minutes au plus ; rend son dernier état, ou null. */
    private static JsonNode suivre(Client client, JsonNode reconstruction, long debut) throws InterruptedException {
        String id = reconstruction.path("id").asText();
        long dernierAffichage = System.nanoTime();
        while ("EN_COURS".equals(reconstruction.path("etat").asText())) {
            Thread.sleep(50);
            reconstruction = client.executer("admin", SUIVRE, "id", id).path("data").path("reconstruction");
            if (System.nanoTime() - dernierAffichage > TimeUnit.SECONDS.toNanos(5)) {
                etape("  … " + reconstruction.path("traites").asLong() + "/" + reconstruction.path("total").asLong());
                dernierAffichage = System.nanoTime();
            }
            if (secondesDepuis(debut) > 1800) {
                etape("  abandon : la reconstruction dure plus de 30 minutes");
                return null;
            }
        }
        return reconstruction;
    }
}
