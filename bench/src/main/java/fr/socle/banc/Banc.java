package fr.socle.banc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.outils.PartProcesseur;
import fr.socle.banc.moteur.Moteur;
import fr.socle.banc.moteur.Schema;
import fr.socle.banc.rapport.Rapport;
import fr.socle.banc.scenario.Commandes;
import fr.socle.banc.scenario.Console;
import fr.socle.banc.scenario.Contexte;
import fr.socle.banc.scenario.Creations;
import fr.socle.banc.scenario.Echauffement;
import fr.socle.banc.scenario.Ecritures;
import fr.socle.banc.scenario.Historique;
import fr.socle.banc.scenario.Import;
import fr.socle.banc.scenario.Mutations;
import fr.socle.banc.scenario.Mode;
import fr.socle.banc.scenario.Rejeu;
import fr.socle.banc.scenario.Requetes;
import fr.socle.banc.scenario.RetardProjection;
import fr.socle.banc.scenario.Scenario;
import fr.socle.banc.scenario.TasMillion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static fr.socle.banc.outils.Chemins.RACINE;
import static fr.socle.banc.outils.Chemins.relatif;
import static fr.socle.banc.outils.Journal.coeurs;
import static fr.socle.banc.outils.Journal.etape;

/**
 * Le banc d'essai du moteur. Chaque chiffre est un rapport à une référence brute mesurée dans la même
 * exécution, sur la même machine : les temps absolus sont trop bruités ici (deux cœurs partagés).
 *
 * <p>Le moteur est le jar livré, démarré sur un répertoire de données neuf et piloté en GraphQL sur HTTP
 * comme un client réel. Les opérations absentes du schéma (détectées par introspection) donnent « n/a »
 * avec leur raison : le banc s'allume de lui-même quand elles arrivent.
 *
 * <p>Options : {@code --quick} (mode rapide), {@code --sans-million} (mode complet sans le million
 * d'événements), {@code --jfr} (profil JFR du moteur). Lancé par {@code bench/run}, depuis la racine du dépôt.
 */
public final class Banc {
    /** Les scénarios, dans l'ordre : chacun lit les dossiers que les précédents ont créés. */
    static final List<Scenario> SCENARIOS = List.of(new Echauffement(), new Ecritures(), new Creations(), new Commandes(), new Mutations(), new RetardProjection(), new Requetes(),
            new Historique(), new Rejeu(), new TasMillion(), new Console(), new Import());

    private Banc() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Mode mode = options.contains("--quick") ? Mode.rapide() : Mode.complet();
        boolean sansMillion = options.contains("--sans-million");
        Rapport rapport = new Rapport();
        Path donnees = RACINE.resolve("bench/target/execution-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(donnees);
        Contexte ctx = new Contexte(mode, options.contains("--jfr"), sansMillion, donnees, rapport);
        etape("mode " + mode.nom() + ", données dans " + relatif(donnees) + ", " + coeurs() + " cœurs, charge " + rapport.chargeInitiale());
        ctx.moteur(Moteur.demarrer(donnees, ctx.jfr()));
        try {
            ctx.schema(Schema.lire(ctx.client()));
            ObjectNode parts = rapport.mesures().putObject("cpu_by_scenario");
            etape("schéma : " + ctx.schema().mutations.size() + " mutations, " + ctx.schema().requetes.size() + " requêtes");
            for (int i = 0; i < SCENARIOS.size(); i++) {
                etape("— scénario " + (i + 1) + "/" + SCENARIOS.size() + " : " + SCENARIOS.get(i).nom());
                PartProcesseur part = PartProcesseur.depuis(ctx.moteur().processus());
                SCENARIOS.get(i).executer(ctx);
                part.ecrire(parts.putObject(SCENARIOS.get(i).getClass().getSimpleName()), ctx.moteur().processus());
            }
        } finally {
            ctx.moteur().arreter();
        }
        rapport.ecrire(mode.nom(), commande(mode, sansMillion), ctx.moteur().evenementsFinaux, Moteur.OPTIONS_JVM);
        rapport.imprimerTableau();
    }

    /** La ligne de commande qui rejoue cette exécution, pour {@code latest.json}. */
    static String commande(Mode mode, boolean sansMillion) {
        String jvm = System.getenv("BANC_JVM");
        return (jvm == null ? "" : "BANC_JVM=\"" + jvm + "\" ")
                + "bench/run" + ("quick".equals(mode.nom()) ? " --quick" : "") + (sansMillion ? " --sans-million" : "");
    }
}
