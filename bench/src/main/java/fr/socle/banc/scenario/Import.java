package fr.socle.banc.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.banc.moteur.Moteur;
import fr.socle.banc.rapport.Chiffre;
import fr.socle.banc.rapport.Rapport;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.socle.banc.outils.Chemins.JAR;
import static fr.socle.banc.outils.Chemins.RACINE;
import static fr.socle.banc.outils.Chemins.relatif;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * {@code import_rows_per_s} : la commande {@code importer-dossiers} du jar livré sur un CSV de dossiers
 * (100 000 lignes en mode complet, 1 000 en mode rapide, qui doit rester sous trois minutes), dont 1 % de lignes fautives, sur un répertoire
 * de données neuf. Le temps est celui du processus entier, démarrage compris : la commande ne rend la main
 * qu'une fois chaque ligne importée durable et les modèles de lecture à jour. Le banc vérifie ensuite le
 * compte rendu (chaque ligne fautive refusée, une fois, et rien d'autre) et le magasin (un DossierCréé par
 * bonne ligne).
 *
 * <p>Ce chiffre est un débit absolu, pas un rapport à une référence : l'objectif l'est aussi. Le scénario
 * se lance seul, sans le reste du banc : {@code java -cp … fr.socle.banc.scenario.Import [--quick]}.
 */
public final class Import implements Scenario {
    /** Une ligne sur cent est fautive (un e-mail sans domaine), une sur dix une entreprise. */
    static final int FAUTIVE_TOUTES_LES = 100;

    private static final Pattern BILAN = Pattern.compile(
            "importer-dossiers : (\\d+) dossier\\(s\\) créé\\(s\\), (\\d+) ligne\\(s\\) déjà importée\\(s\\), (\\d+) ligne\\(s\\) refusée\\(s\\)");

    @Override
    public String nom() {
        return "import de dossiers en ligne de commande (import_rows_per_s)";
    }

    @Override
    public void executer(Contexte ctx) throws Exception {
        int lignes = "quick".equals(ctx.mode().nom()) ? 1_000 : 100_000;
        Path repertoire = ctx.donnees().resolve("import");
        Files.createDirectories(repertoire);
        Path csv = repertoire.resolve("dossiers.csv");
        int fautives = ecrireCsv(csv, lignes);
        Path sortie = repertoire.resolve("sortie.txt");
        Path erreurs = repertoire.resolve("erreurs.txt");
        List<String> commande = new ArrayList<>(List.of("java"));
        commande.addAll(Moteur.OPTIONS_JVM);
        // Le compte rendu est lu en UTF-8, quelle que soit la langue du système.
        commande.addAll(List.of("-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"));
        commande.addAll(List.of("-jar", JAR.toString(), "importer-dossiers", csv.toString(),
                "--socle.donnees=" + repertoire.resolve("data")));
        etape("import : " + lignes + " lignes dont " + fautives + " fautives, " + relatif(csv));
        long debut = System.nanoTime();
        Process p = new ProcessBuilder(commande).redirectOutput(sortie.toFile()).start();
        // La première ligne d'avancement sépare le démarrage du moteur de l'import lui-même.
        long[] premiereLigne = {0};
        Thread avancement = new Thread(() -> recopier(p, erreurs, premiereLigne), "avancement-import");
        avancement.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("l'import n'a pas fini en 30 minutes, voir " + relatif(erreurs));
        }
        double secondes = secondesDepuis(debut);
        avancement.join();
        double demarrage = premiereLigne[0] == 0 ? secondes : (premiereLigne[0] - debut) / 1e9;

        List<String> compteRendu = Files.readAllLines(sortie, StandardCharsets.UTF_8);
        Matcher bilan = compteRendu.stream().map(BILAN::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new IllegalStateException("pas de compte rendu de l'import, voir " + relatif(erreurs)));
        long creees = Long.parseLong(bilan.group(1));
        long refusees = Long.parseLong(bilan.group(3));
        long refusDetailles = compteRendu.stream().filter(l -> l.startsWith("ligne ") && l.contains("EMAIL_INVALIDE")).count();
        long dossiers = dossiersDuMagasin(repertoire);
        boolean rattrapes = Files.readAllLines(erreurs, StandardCharsets.UTF_8).stream()
                .noneMatch(l -> l.contains("n'ont pas encore rattrapé"));
        boolean exact = creees == lignes - fautives && refusees == fautives && refusDetailles == fautives
                && dossiers == creees && rattrapes;

        double parSeconde = lignes / secondes;
        ObjectNode m = ctx.rapport().mesures().putObject("import");
        m.put("rows", lignes);
        m.put("bad_rows", fautives);
        m.put("created", creees);
        m.put("rejected_reported", refusees);
        m.put("rejected_detailed", refusDetailles);
        m.put("dossier_created_events", dossiers);
        m.put("read_models_caught_up", rattrapes);
        m.put("exit_code", p.exitValue());
        m.put("seconds", arrondi(secondes));
        m.put("startup_seconds", arrondi(demarrage));
        m.put("rows_per_s", arrondi(parSeconde));
        m.put("rows_per_s_after_startup", arrondi(lignes / Math.max(0.001, secondes - demarrage)));
        m.put("method", "java -jar socle.jar importer-dossiers on a fresh data directory, whole process timed "
                + "(start-up included) until it exits with its events durable and its read models caught up; "
                + "1 row in " + FAUTIVE_TOUTES_LES + " has an invalid e-mail, 1 in 10 is a company");
        ctx.rapport().chiffre(exact
                ? Chiffre.mesure("import_rows_per_s", arrondi(parSeconde), 2000, false)
                : Chiffre.absent("import_rows_per_s", "compte rendu inexact : " + creees + " créés, " + refusees + " refusées ("
                        + refusDetailles + " détaillées) pour " + fautives + " fautives, " + dossiers + " DossierCréé, modèles "
                        + (rattrapes ? "" : "non ") + "rattrapés", 2000, false));
        etape(String.format(Locale.ROOT, "  %d lignes en %.1f s (dont %.1f s de démarrage) : %.0f/s, %d créées, %d refusées sur %d fautives, %d DossierCréé",
                lignes, secondes, demarrage, parSeconde, creees, refusees, fautives, dossiers));
    }

    /** Recopie la sortie d'erreur de l'import (son avancement) et note l'instant de sa première ligne d'avancement. */
    private static void recopier(Process p, Path erreurs, long[] premiereLigne) {
        try (BufferedReader lecteur = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
             BufferedWriter copie = Files.newBufferedWriter(erreurs, StandardCharsets.UTF_8)) {
            for (String ligne = lecteur.readLine(); ligne != null; ligne = lecteur.readLine()) {
                if (premiereLigne[0] == 0 && ligne.startsWith("importer-dossiers : ")) {
                    premiereLigne[0] = System.nanoTime();
                }
                copie.write(ligne);
                copie.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Personnes et entreprises (SIRET valides, tous distincts) ; rend le nombre de lignes fautives. */
    static int ecrireCsv(Path csv, int lignes) throws IOException {
        int fautives = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("civilite;prenom;nom;email;mobile;raisonSociale;siret\n");
            for (int i = 0; i < lignes; i++) {
                if (i % FAUTIVE_TOUTES_LES == FAUTIVE_TOUTES_LES / 2) {
                    w.write("M;Paul;Faux" + i + ";paul." + i + "@exemple;0612345678;;\n");
                    fautives++;
                } else if (i % 10 == 3) {
                    w.write(";;;;;Société " + i + ";" + siret(i) + "\n");
                } else {
                    w.write(String.format(Locale.ROOT, "%s;Prénom%d;Nom%d;personne.%d@exemple.fr;0%d%08d;;%n",
                            i % 2 == 0 ? "MME" : "M", i, i, i, 6 + i % 2, i));
                }
            }
        }
        return fautives;
    }

    /** Un SIRET valide (clé de Luhn) propre à {@code i}. */
    static String siret(int i) {
        String debut = String.format(Locale.ROOT, "9%07d0001", i);
        for (int fin = 0; ; fin++) {
            String siret = debut + String.format(Locale.ROOT, "%02d", fin);
            int somme = 0;
            for (int k = 0; k < siret.length(); k++) {
                int chiffre = siret.charAt(siret.length() - 1 - k) - '0';
                somme += k % 2 == 1 ? (chiffre * 2 > 9 ? chiffre * 2 - 9 : chiffre * 2) : chiffre;
            }
            if (somme % 10 == 0) {
                return siret;
            }
        }
    }

    private static long dossiersDuMagasin(Path repertoire) throws SQLException {
        try (Connection c = Moteur.sqlite(repertoire); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE '%DossierCréé'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Le scénario seul, sans moteur ni le reste du banc ; son tableau s'imprime, {@code latest.json} n'est pas touché. */
    public static void main(String[] args) throws Exception {
        Mode mode = List.of(args).contains("--quick") ? Mode.rapide() : Mode.complet();
        Path donnees = RACINE.resolve("bench/target/import-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(donnees);
        Rapport rapport = new Rapport();
        new Import().executer(new Contexte(mode, false, false, donnees, rapport));
        rapport.imprimerTableau();
        System.out.println("  mesures : " + rapport.mesures());
    }
}
