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
 * {@code creation_ratio} : créations de dossier concurrentes sur HTTP (16 clients, chaque création
 * attendant sa projection), rapportées aux transactions durables brutes qui ajoutent chacune autant de
 * lignes de la taille d'un événement qu'une création en ajoute, mesurées juste avant dans le même fichier.
 *
 * <p>C'est la version HTTP de {@code command_ratio} ({@link Commandes}, commandes envoyées dans le processus
 * du moteur) : le rapport paie en plus HTTP, GraphQL, la sécurité et la lecture de ses écritures.
 */
public final class Creations implements Scenario {
    static final int CLIENTS = 16;

    @Override
    public String nom() {
        return "créations concurrentes (creation_ratio)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        long evenementsAvant = ctx.moteur().compterEvenements();
        etape("créations : " + CLIENTS + " clients, creerDossier seul, pendant " + ctx.mode().secondesEcriture() + " s");
        List<String> crees = new ArrayList<>();
        long debut = System.nanoTime();
        long[] resultat = Charge.ecrireEnBoucle(ctx.client(), CLIENTS, Duration.ofSeconds(ctx.mode().secondesEcriture()),
                Integer.MAX_VALUE, List.of(), crees);
        double secondes = secondesDepuis(debut);
        double parSeconde = resultat[0] / secondes;
        ctx.idsDossiers().addAll(crees);
        long evenements = ctx.moteur().compterEvenements() - evenementsAvant;
        int lignes = (int) Math.max(1, Math.round((double) evenements / Math.max(1, resultat[0])));
        double brutes = ReferenceAjouts.mesurer(ctx, lignes, "raw_durable_tx_per_s_" + lignes + "_rows");
        ObjectNode m = ctx.rapport().mesures().putObject("creations");
        m.put("clients", CLIENTS);
        m.put("creations", resultat[0]);
        m.put("errors", resultat[1]);
        m.put("seconds", arrondi(secondes));
        m.put("creations_per_s", arrondi(parSeconde));
        m.put("events_per_creation", lignes);
        m.put("method", "closed loop, " + CLIENTS + " clients, creerDossier only over HTTP with read-your-writes; "
                + "baseline: raw durable JDBC transactions of the same number of event-sized rows, same SQLite file and URL");
        ctx.rapport().chiffre(Chiffre.mesure("creation_ratio", arrondi(parSeconde / brutes), 0.50, false));
        etape(String.format(Locale.ROOT, "  %d créations en %.1f s : %.0f/s (%d événements chacune), %d erreurs",
                resultat[0], secondes, parSeconde, lignes, resultat[1]));
    }
}
