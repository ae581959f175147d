package fr.socle.banc.moteur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.socle.banc.outils.Chemins.JAR;
import static fr.socle.banc.outils.Chemins.relatif;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.arrondi;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/** Le jar livré, lancé dans son propre processus sur un port libre. */
public final class Moteur {
    /** Les options de la JVM du moteur ; {@code BANC_JVM="…"} les remplace pour comparer des réglages. */
    public static final List<String> OPTIONS_JVM = System.getenv("BANC_JVM") == null || System.getenv("BANC_JVM").isBlank()
            ? List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8")
            : List.of(System.getenv("BANC_JVM").trim().split("\\s+"));

    final Process processus;
    final Path donnees;
    public final Client client;
    public final int portMongo;
    /** Le nombre d'événements du magasin à l'arrêt (-1 s'il n'a pu être lu). */
    public long evenementsFinaux;

    private Moteur(Process processus, Path donnees, Client client, int portMongo) {
        this.processus = processus;
        this.donnees = donnees;
        this.client = client;
        this.portMongo = portMongo;
    }

    public static Moteur demarrer(Path donnees, boolean jfr) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> commande = new ArrayList<>(List.of("java"));
        commande.addAll(OPTIONS_JVM);
        if (jfr) {
            commande.add("-XX:StartFlightRecording=filename=" + donnees.resolve("moteur-" + System.currentTimeMillis() + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        commande.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--socle.donnees=" + donnees.resolve("data"),
                "--logging.level.root=WARN", "--logging.level.fr.socle=INFO"));
        Path journal = donnees.resolve("moteur-" + System.currentTimeMillis() + ".log");
        Process p = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile()).start();
        Client client = new Client(port);
        long debut = System.nanoTime();
        etape("démarrage du moteur (" + String.join(" ", OPTIONS_JVM) + "), journal " + relatif(journal));
        attendrePret(p, client, journal, debut);
        Matcher m = Pattern.compile("MongoDB embarqu.+? sur \\S*?:(\\d+)").matcher(Files.readString(journal, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("port du MongoDB embarqué introuvable dans " + journal);
        }
        etape(String.format(Locale.ROOT, "  prêt en %.1f s (HTTP %d, MongoDB %s, pid %d)", secondesDepuis(debut), port, m.group(1), p.pid()));
        return new Moteur(p, donnees, client, Integer.parseInt(m.group(1)));
    }

    /** Attend que le moteur réponde en GraphQL, trois minutes au plus. */
    private static void attendrePret(Process p, Client client, Path journal, long debut) throws InterruptedException {
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("le moteur s'est arrêté, voir " + journal);
            }
            if (secondesDepuis(debut) > 180) {
                p.destroyForcibly();
                throw new IllegalStateException("le moteur n'a pas démarré en 3 minutes, voir " + journal);
            }
            try {
                if (client.executer("admin", "{ __typename }").path("data").isObject()) {
                    return;
                }
            } catch (UncheckedIOException pasEncore) {
                // le port n'écoute pas encore
            }
            Thread.sleep(250);
        }
    }

    /** Le processus du moteur, pour compter son temps processeur. */
    public ProcessHandle processus() {
        return processus.toHandle();
    }

    public Connection sqlite() throws SQLException {
        return sqlite(donnees);
    }

    /** Le fichier d'événements du moteur, ouvert avec l'URL exacte de sa configuration. */
    public static Connection sqlite(Path donnees) throws SQLException {
        return DriverManager.getConnection(urlSqlite(donnees.resolve("data")));
    }

    static String urlSqlite(Path repertoire) {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String yml = new String(jar.getInputStream(jar.getEntry("BOOT-INF/classes/application.yml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("url:\\s*(jdbc:sqlite:\\S+)").matcher(yml);
            if (!m.find()) {
                throw new IllegalStateException("URL SQLite introuvable dans application.yml");
            }
            return m.group(1).replace("${socle.donnees}", repertoire.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long compterEvenements() throws SQLException {
        try (Connection c = sqlite(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM DomainEventEntry")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Le tas occupé du moteur après un GC complet, en Mio (jcmd GC.run puis GC.heap_info). */
    public double tasApresGc() {
        try {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? arrondi(Long.parseLong(m.group(1)) / 1024.0) : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private String jcmd(String commande) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(processus.pid()), commande).redirectErrorStream(true).start();
        String sortie = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return sortie;
    }

    /** Retient le nombre d'événements du magasin, puis arrête le moteur (une minute avant de forcer). */
    public void arreter() throws InterruptedException {
        if (!processus.isAlive()) {
            return;
        }
        try {
            evenementsFinaux = compterEvenements();
        } catch (SQLException e) {
            evenementsFinaux = -1;
        }
        processus.destroy();
        if (!processus.waitFor(60, TimeUnit.SECONDS)) {
            processus.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        etape("moteur arrêté");
    }
}
