package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.charge.Cadence;
import fr.socle.banc.charge.Charge;
import fr.socle.banc.outils.Mesures;
import fr.socle.banc.rapport.Chiffre;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.centile;
import static fr.socle.banc.outils.Mesures.mettreMs;
import static fr.socle.banc.outils.Mesures.ms;

/**
 * {@code query_p99_ms} : {@code dossier(id)} à 500 requêtes/s en boucle ouverte sur les dossiers créés
 * jusqu'ici ; latence comptée depuis l'instant d'envoi prévu. {@code query_tail_ratio} : ce p99 rapporté à
 * celui de {@code { __typename }} à la même cadence, sur le même moteur, juste après.
 */
public final class Requetes implements Scenario {
    private static final int CADENCE = 500;

    @Override
    public String nom() {
        return "requêtes (query_p99_ms)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        etape("requêtes : dossier(id) à " + CADENCE + "/s pendant " + ctx.mode().secondesRequetes() + " s sur "
                + ctx.idsDossiers().size() + " dossiers");
        List<String> ids = List.copyOf(ctx.idsDossiers());
        Cadence.Resultat r = Cadence.executer(CADENCE, Duration.ofSeconds(ctx.mode().secondesRequetes()),
                () -> ctx.client().executerAsync("analyste", Charge.LIRE, "id", ids.get(ThreadLocalRandom.current().nextInt(ids.size()))),
                (reponse, recu) -> reponse.path("data").path("dossier").isObject());
        ObjectNode m = ctx.rapport().mesures().putObject("query");
        m.put("target_rate_per_s", CADENCE);
        m.put("achieved_rate_per_s", arrondi(r.reussies() / r.secondes()));
        m.put("sent", r.envoyees());
        m.put("ok", r.reussies());
        m.put("errors", r.erreurs());
        mettreMs(m, "p50_ms", centile(r.latences(), 0.50));
        mettreMs(m, "p99_ms", centile(r.latences(), 0.99));
        mettreMs(m, "max_ms", centile(r.latences(), 1.0));
        ctx.rapport().chiffre(Chiffre.p99("query_p99_ms", r.latences(), 10));

        etape(String.format(Locale.ROOT, "  %d/%d réponses, p50 %.1f ms, p99 %.1f ms", r.reussies(), r.envoyees(),
                ms(centile(r.latences(), 0.50)), ms(centile(r.latences(), 0.99))));

        etape("plafond : { __typename } à " + CADENCE + "/s pendant " + ctx.mode().secondesRequetes() + " s");
        Cadence.Resultat plafond = Cadence.executer(CADENCE, Duration.ofSeconds(ctx.mode().secondesRequetes()),
                () -> ctx.client().executerAsync("analyste", Charge.PLAFOND),
                (reponse, recu) -> reponse.path("data").isObject());
        ObjectNode p = ctx.rapport().mesures().putObject("query_typename");
        p.put("target_rate_per_s", CADENCE);
        p.put("ok", plafond.reussies());
        mettreMs(p, "p50_ms", centile(plafond.latences(), 0.50));
        mettreMs(p, "p99_ms", centile(plafond.latences(), 0.99));
        long p99Dossier = centile(r.latences(), 0.99);
        long p99Plafond = centile(plafond.latences(), 0.99);
        double queue = ms(p99Dossier) / Math.max(0.001, ms(p99Plafond));
        ctx.rapport().chiffre(p99Dossier == Mesures.SANS_REPONSE || p99Plafond == Mesures.SANS_REPONSE
                ? Chiffre.absent("query_tail_ratio", "cadence non tenue", 1.5, true)
                : Chiffre.mesure("query_tail_ratio", arrondi(queue), 1.5, true));
        etape(String.format(Locale.ROOT, "  { __typename } p99 %.1f ms ; rapport des p99 %s", ms(p99Plafond),
                Double.isFinite(queue) ? String.format(Locale.ROOT, "%.2f", queue) : "non mesurable (cadence non tenue)"));
    }
}
