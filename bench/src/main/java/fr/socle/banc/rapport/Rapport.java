package fr.socle.banc.rapport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.socle.banc.outils.Chemins.RESULTATS;
import static fr.socle.banc.outils.Chemins.relatif;
import static fr.socle.banc.outils.Journal.chargeMachine;
import static fr.socle.banc.outils.Journal.coeurs;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Json.JSON;
import static fr.socle.banc.outils.Mesures.format;

/**
 * Ce que les scénarios rapportent, dans l'ordre où ils le rapportent : les chiffres du tableau, les
 * références brutes, les nombres d'événements et le détail des mesures ; écrit dans
 * {@code bench/results/latest.json} et imprimé en tableau à la fin.
 */
public final class Rapport {
    private final Map<String, Chiffre> chiffres = new LinkedHashMap<>();
    private final ObjectNode references = JsonNodeFactory.instance.objectNode();
    private final ObjectNode mesures = JsonNodeFactory.instance.objectNode();
    private final ObjectNode evenements = JsonNodeFactory.instance.objectNode();
    private final String chargeInitiale = chargeMachine();

    public void chiffre(Chiffre c) {
        chiffres.put(c.cle(), c);
    }

    /** {@code baselines} : les références brutes mesurées dans la même exécution. */
    public ObjectNode references() {
        return references;
    }

    /** {@code measures} : le détail de chaque mesure, un objet par scénario. */
    public ObjectNode mesures() {
        return mesures;
    }

    /** {@code events} : les tailles du magasin et de l'agrégat d'historique. */
    public ObjectNode evenements() {
        return evenements;
    }

    public String chargeInitiale() {
        return chargeInitiale;
    }

    /**
     * Écrit {@code latest.json} (par un fichier temporaire renommé) ; {@code commande} est la ligne qui
     * rejoue cette exécution, {@code evenementsFinaux} la taille du magasin à l'arrêt du moteur.
     */
    public void ecrire(String mode, String commande, long evenementsFinaux, List<String> optionsJvm) throws IOException {
        ObjectNode racine = JsonNodeFactory.instance.objectNode();
        racine.put("date", Instant.now().toString());
        racine.put("mode", mode);
        racine.put("command", commande);
        for (Chiffre c : chiffres.values()) {
            if (c.valeur() == null) {
                racine.putNull(c.cle());
            } else {
                racine.put(c.cle(), c.valeur());
            }
        }
        ecrireVerdicts(racine);
        racine.set("baselines", references);
        evenements.put("store_events_at_end", evenementsFinaux);
        racine.set("events", evenements);
        racine.set("measures", mesures);
        ecrireMachine(racine, optionsJvm);
        Files.createDirectories(RESULTATS.getParent());
        Path temporaire = RESULTATS.resolveSibling("latest.json.tmp");
        JSON.writeValue(temporaire.toFile(), racine);
        Files.move(temporaire, RESULTATS, StandardCopyOption.REPLACE_EXISTING);
        etape("résultats écrits dans " + relatif(RESULTATS));
    }

    private void ecrireVerdicts(ObjectNode racine) {
        ObjectNode objectifs = racine.putObject("goals");
        ObjectNode verdicts = racine.putObject("verdicts");
        ObjectNode raisons = racine.putObject("not_available");
        for (Chiffre c : chiffres.values()) {
            objectifs.put(c.cle(), (c.auPlus() ? "<= " : ">= ") + format(c.objectif()));
            verdicts.put(c.cle(), c.verdict());
            if (c.raison() != null) {
                raisons.put(c.cle(), c.raison());
            }
        }
    }

    private void ecrireMachine(ObjectNode racine, List<String> optionsJvm) {
        ObjectNode jvm = racine.putObject("jvm");
        ArrayNode args = jvm.putArray("engine_args");
        optionsJvm.forEach(args::add);
        jvm.put("java_version", System.getProperty("java.version"));
        jvm.put("java_vm", System.getProperty("java.vm.name"));
        ObjectNode machine = racine.putObject("machine");
        machine.put("cores", coeurs());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("load_average_start", chargeInitiale);
        machine.put("load_average_end", chargeMachine());
        machine.put("note", "2 cores shared with other workloads: absolute times are noisy, ratios are what matter");
    }

    /** Le tableau final : chaque chiffre, son objectif et son verdict, puis les raisons des absences et les références. */
    public void imprimerTableau() {
        System.out.println();
        System.out.printf("| %-22s | %-10s | %-8s | %-6s |%n", "key", "value", "goal", "");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(24), "-".repeat(12), "-".repeat(10), "-".repeat(8));
        for (Chiffre c : chiffres.values()) {
            System.out.printf("| %-22s | %-10s | %-8s | %-6s |%n", c.cle(), c.valeur() == null ? "n/a" : format(c.valeur()),
                    (c.auPlus() ? "≤ " : "≥ ") + format(c.objectif()), c.verdict());
        }
        chiffres.values().stream().filter(c -> c.raison() != null)
                .forEach(c -> System.out.println("  " + c.cle() + " : " + c.raison()));
        System.out.println("  références : " + references);
    }
}
