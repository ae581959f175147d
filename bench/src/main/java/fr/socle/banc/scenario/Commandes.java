package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.moteur.Moteur;
import fr.socle.banc.rapport.Chiffre;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static fr.socle.banc.outils.Chemins.JAR;
import static fr.socle.banc.outils.Chemins.relatif;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Json.JSON;
import static fr.socle.banc.outils.Mesures.arrondi;

/**
 * {@code command_ratio} : créations de dossier envoyées dans le processus du moteur, sans HTTP, par la
 * commande d'exploitation {@code mesurer-commandes} du jar livré (16 fils, CommandGateway, réponse une fois
 * les événements sur disque, projections en marche), sur un répertoire de données neuf ; rapportées aux
 * transactions durables brutes ({@link ReferenceAjouts}) qui ajoutent chacune autant de lignes de la taille
 * d'un événement qu'une commande en a écrit, dans le même fichier SQLite, ouvert avec la même URL.
 *
 * <p>La référence n'a qu'un écrivain : SQLite n'en admet qu'un à la fois, des transactions brutes
 * concurrentes ne feraient qu'attendre son verrou. Le moteur, lui, peut faire mieux qu'elle s'il valide
 * plusieurs commandes concurrentes ensemble.
 */
public final class Commandes implements Scenario {
    private static final int FILS = 16;
    /** Des commandes par seconde de mesure voulue : de quoi durer à peu près {@code secondesEcriture}. */
    private static final int COMMANDES_PAR_SECONDE_VISEE = 150;

    @Override
    public String nom() {
        return "commandes dans le processus (command_ratio)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        Path donnees = ctx.donnees().resolve("commandes");
        Files.createDirectories(donnees);
        int commandes = ctx.mode().secondesEcriture() * COMMANDES_PAR_SECONDE_VISEE;
        Path journal = donnees.resolve("mesurer-commandes.log");
        List<String> ligne = new ArrayList<>(List.of("java"));
        ligne.addAll(Moteur.OPTIONS_JVM);
        if (ctx.jfr()) {
            ligne.add("-XX:StartFlightRecording=filename=" + donnees.resolve("commandes.jfr") + ",settings=profile,dumponexit=true");
        }
        ligne.addAll(List.of("-jar", JAR.toString(), "mesurer-commandes", Integer.toString(commandes), Integer.toString(FILS),
                "--socle.donnees=" + donnees.resolve("data")));
        etape("commandes : " + commandes + " créations par CommandGateway, " + FILS + " fils, journal " + relatif(journal));
        Process p = new ProcessBuilder(ligne).redirectErrorStream(true).redirectOutput(journal.toFile()).start();
        int code = p.waitFor();
        JsonNode mesure = derniereLigneJson(journal);
        if (mesure == null) {
            ctx.rapport().chiffre(Chiffre.absent("command_ratio", "mesurer-commandes sans mesure (code " + code + "), voir "
                    + relatif(journal), 0.50, false));
            return;
        }
        double parSeconde = mesure.path("commands_per_s").asDouble();
        int lignes = (int) Math.max(1, Math.round(mesure.path("events_per_command").asDouble()));
        double brutes = ReferenceAjouts.mesurer(ctx, donnees, lignes, "command_store_raw_durable_tx_per_s_" + lignes + "_rows");
        ObjectNode m = ctx.rapport().mesures().putObject("commands");
        m.setAll((ObjectNode) mesure);
        m.put("method", "in process: mesurer-commandes in the delivered jar, " + FILS + " threads, CommandGateway.sendAndWait of "
                + "creerDossier commands, events durable before the answer, projections running, fresh store; baseline: raw "
                + "durable JDBC transactions of the same number of event-sized rows, one writer, same SQLite file and URL");
        ctx.rapport().chiffre(Chiffre.mesure("command_ratio", arrondi(parSeconde / brutes), 0.50, false));
        etape(String.format(Locale.ROOT, "  %d commandes : %.0f/s (%d événements chacune), %d erreurs, code %d",
                mesure.path("commands").asLong(), parSeconde, lignes, mesure.path("errors").asLong(), code));
    }

    /** La mesure imprimée par {@code mesurer-commandes} : la dernière ligne JSON de son journal. */
    private static JsonNode derniereLigneJson(Path journal) throws Exception {
        List<String> lignes = Files.readAllLines(journal, StandardCharsets.UTF_8);
        for (int i = lignes.size() - 1; i >= 0; i--) {
            if (lignes.get(i).startsWith("{\"threads\"")) {
                return JSON.readTree(lignes.get(i));
            }
        }
        return null;
    }
}
