package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.charge.Cadence;
import fr.socle.banc.charge.Charge;
import fr.socle.banc.outils.Mesures;
import fr.socle.banc.rapport.Chiffre;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.centile;
import static fr.socle.banc.outils.Mesures.mettreMs;
import static fr.socle.banc.outils.Mesures.ms;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * {@code projection_lag_p99_ms} : des créations envoyées à cadence fixe (boucle ouverte) ; pour chacune, de
 * l'horodatage de son événement ({@code dateCreation}, posé par l'agrégat) à l'instant où le client reçoit
 * le modèle de lecture qui le contient (la mutation ne répond qu'une fois l'événement projeté). C'est un
 * majorant : il compte aussi la validation durable et le trajet HTTP du retour.
 */
public final class RetardProjection implements Scenario {
    @Override
    public String nom() {
        return "retard de projection (projection_lag_p99_ms)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        double capacite = capaciteDeCreation(ctx);
        // À 80 % de la boucle fermée, une file se forme par à-coups (p50 de plusieurs centaines de ms) : la
        // cadence tenue est la moitié de cette capacité.
        int cadence = (int) Math.max(10, Math.min(1000, Math.floor(capacite * 0.5)));
        etape(String.format(Locale.ROOT, "  %.0f créations/s ; créations à %d/s pendant %d s", capacite, cadence, ctx.mode().secondesLag())
                + (cadence < 1000 ? " (la moitié de cette capacité, 1 000/s n'est pas tenable ici)" : ""));
        ConcurrentLinkedQueue<Long> retards = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        Cadence.Resultat r = Cadence.executer(cadence, Duration.ofSeconds(ctx.mode().secondesLag()),
                () -> ctx.client().executerAsync("gestionnaire", Charge.CREER, "input", Charge.titulaire()),
                (reponse, recu) -> {
                    JsonNode d = reponse.path("data").path("creerDossier");
                    if (!d.isObject()) {
                        return false;
                    }
                    ids.add(d.path("id").asText());
                    Instant cree = Instant.parse(d.path("dateCreation").asText());
                    retards.add(Duration.between(cree, recu).toNanos());
                    return true;
                });
        ctx.idsDossiers().addAll(ids);
        rapporter(ctx, capacite, cadence, r, Mesures.tries(retards, (int) r.envoyees()));
    }

    /** Une création écrit plusieurs agrégats : la cadence se règle sur ce que tiennent des créations seules. */
    private static double capaciteDeCreation(Contexte ctx) throws InterruptedException {
        etape("retard de projection : capacité de création, 8 clients en boucle fermée pendant 5 s");
        List<String> sondes = new ArrayList<>();
        long debutSonde = System.nanoTime();
        long creations = Charge.ecrireEnBoucle(ctx.client(), 8, Duration.ofSeconds(5), Integer.MAX_VALUE, List.of(), sondes)[0];
        double capacite = creations / secondesDepuis(debutSonde);
        ctx.idsDossiers().addAll(sondes);
        return capacite;
    }

    private static void rapporter(Contexte ctx, double capacite, int cadence, Cadence.Resultat r, long[] lags) {
        ObjectNode m = ctx.rapport().mesures().putObject("projection_lag");
        m.put("method", "open-loop creerDossier at a fixed rate; lag = response received - event timestamp (dateCreation), an upper bound");
        m.put("closed_loop_creations_per_s", arrondi(capacite));
        m.put("target_rate_per_s", cadence);
        m.put("achieved_rate_per_s", arrondi(r.reussies() / r.secondes()));
        m.put("sent", r.envoyees());
        m.put("ok", r.reussies());
        m.put("errors", r.erreurs());
        mettreMs(m, "lag_p50_ms", centile(lags, 0.50));
        mettreMs(m, "lag_p99_ms", centile(lags, 0.99));
        mettreMs(m, "lag_max_ms", centile(lags, 1.0));
        mettreMs(m, "response_p99_ms", centile(r.latences(), 0.99));
        ctx.rapport().chiffre(Chiffre.p99("projection_lag_p99_ms", lags, 50));
        etape(String.format(Locale.ROOT, "  %d/%d créations à %.0f/s, retard p50 %.1f ms, p99 %.1f ms", r.reussies(), r.envoyees(),
                r.reussies() / r.secondes(), ms(centile(lags, 0.50)), ms(centile(lags, 0.99))));
    }
}
