package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.charge.Charge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static fr.socle.banc.outils.Journal.etape;

/**
 * Le moteur vient de démarrer : ses compilateurs JIT occupent encore un cœur sur deux. Deux tiers du
 * temps d'échauffement en écritures (les cycles complets que mesure la suite), un tiers en lectures
 * {@code dossier(id)}, sans rien mesurer ; les dossiers créés servent ensuite aux lectures mesurées.
 */
public final class Echauffement implements Scenario {
    @Override
    public String nom() {
        return "échauffement";
    }

    @Override
    public void executer(Contexte ctx) throws InterruptedException {
        int ecriture = ctx.mode().secondesEchauffement() * 2 / 3;
        int lecture = ctx.mode().secondesEchauffement() - ecriture;
        etape("échauffement : " + ecriture + " s d'écritures puis " + lecture + " s de lectures, non mesurées (JIT du moteur)");
        List<String> crees = new ArrayList<>();
        Charge.ecrireEnBoucle(ctx.client(), 8, Duration.ofSeconds(ecriture), Integer.MAX_VALUE, Charge.CYCLE, crees);
        ctx.idsDossiers().addAll(crees);
        Charge.lireEnBoucle(ctx.client(), 8, List.copyOf(crees), lecture);
        ObjectNode m = ctx.rapport().mesures().putObject("warmup");
        m.put("write_seconds", ecriture);
        m.put("read_seconds", lecture);
        m.put("dossiers_created", crees.size());
    }
}
