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
 * {@code mutation_ratio} : mutations GraphQL sur HTTP avec lecture de leurs écritures (une création puis trois
 * changements d'état par dossier, 16 clients), rapportées aux requêtes {@code { __typename }} que les mêmes
 * 16 clients obtiennent du même moteur juste avant : le plafond HTTP + GraphQL + sécurité de cette machine.
 */
public final class Mutations implements Scenario {
    static final int CLIENTS = 16;

    @Override
    public String nom() {
        return "mutations face au plafond HTTP (mutation_ratio)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        Duration duree = Duration.ofSeconds(ctx.mode().secondesEcriture());
        etape("plafond : " + CLIENTS + " clients, { __typename }, pendant " + duree.toSeconds() + " s");
        long debut = System.nanoTime();
        long plafond = Charge.compterEnBoucle(ctx.client(), CLIENTS, duree, "gestionnaire", Charge.PLAFOND);
        double plafondParSeconde = plafond / secondesDepuis(debut);

        etape("mutations : " + CLIENTS + " clients, création + 3 changements d'état, pendant " + duree.toSeconds() + " s");
        List<String> crees = new ArrayList<>();
        debut = System.nanoTime();
        long[] resultat = Charge.ecrireEnBoucle(ctx.client(), CLIENTS, duree, Integer.MAX_VALUE, Charge.CYCLE, crees);
        double secondes = secondesDepuis(debut);
        double parSeconde = resultat[0] / secondes;
        ctx.idsDossiers().addAll(crees);

        ObjectNode m = ctx.rapport().mesures().putObject("mutations");
        m.put("clients", CLIENTS);
        m.put("typename_per_s", arrondi(plafondParSeconde));
        m.put("mutations", resultat[0]);
        m.put("errors", resultat[1]);
        m.put("mutations_per_s", arrondi(parSeconde));
        m.put("method", "closed loop, " + CLIENTS + " clients; baseline: { __typename } over HTTP, same clients, same server, just before");
        ctx.rapport().chiffre(Chiffre.mesure("mutation_ratio", arrondi(parSeconde / plafondParSeconde), 0.50, false));
        etape(String.format(Locale.ROOT, "  plafond %.0f/s ; %d mutations en %.1f s : %.0f/s, %d erreurs",
                plafondParSeconde, resultat[0], secondes, parSeconde, resultat[1]));
    }
}
