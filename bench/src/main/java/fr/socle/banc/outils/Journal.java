package fr.socle.banc.outils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Les lignes d'avancement du banc, horodatées depuis son lancement, et ce qu'elles disent de la machine. */
public final class Journal {
    static final long DEBUT = System.nanoTime();

    private Journal() {
    }

    public static void etape(String texte) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", Mesures.secondesDepuis(DEBUT), texte);
    }

    public static String abrege(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** La charge de la machine (1, 5, 15 min) : elle dit à quel point les temps absolus sont bruités. */
    public static String chargeMachine() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "inconnue";
        }
    }

    public static int coeurs() {
        return Runtime.getRuntime().availableProcessors();
    }
}
