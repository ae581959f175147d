package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.charge.Cadence;
import fr.socle.banc.charge.Charge;
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
 * jusqu'ici ; latence comptée depuis l'instant d'envoi prévu.
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
    }
}
