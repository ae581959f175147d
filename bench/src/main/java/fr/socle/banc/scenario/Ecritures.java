package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.charge.Charge;
import fr.socle.banc.rapport.Chiffre;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * {@code write_ratio} : commandes de bout en bout, des clients concurrents qui créent des dossiers et les
 * mènent à CLOTURE (une création et trois changements d'état), chaque mutation attendant sa projection ;
 * rapportées aux ajouts durables bruts mesurés juste avant ({@link ReferenceAjouts}).
 */
public final class Ecritures implements Scenario {
    private static final int CLIENTS = 8;

    @Override
    public String nom() {
        return "écritures (write_ratio)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        double ajoutsBruts = ReferenceAjouts.mesurer(ctx);
        etape("écritures : " + CLIENTS + " clients, création + 3 changements d'état, pendant " + ctx.mode().secondesEcriture() + " s");
        List<String> crees = new ArrayList<>();
        long debut = System.nanoTime();
        long[] resultat = Charge.ecrireEnBoucle(ctx.client(), CLIENTS, Duration.ofSeconds(ctx.mode().secondesEcriture()),
                Integer.MAX_VALUE, Charge.CYCLE, crees);
        double secondes = secondesDepuis(debut);
        double parSeconde = resultat[0] / secondes;
        ctx.idsDossiers().addAll(crees);
        ObjectNode m = ctx.rapport().mesures().putObject("write");
        m.put("clients", CLIENTS);
        m.put("commands", resultat[0]);
        m.put("errors", resultat[1]);
        m.put("seconds", arrondi(secondes));
        m.put("commands_per_s", arrondi(parSeconde));
        m.put("dossiers_created", crees.size());
        ctx.rapport().chiffre(Chiffre.mesure("write_ratio", arrondi(parSeconde / ajoutsBruts), 0.60, false));
        etape(String.format(Locale.ROOT, "  %d commandes en %.1f s : %.0f/s, %d erreurs", resultat[0], secondes, parSeconde, resultat[1]));
    }
}
