package fr.socle.banc.outils;

import java.nio.file.Path;

/** Les chemins du banc, relatifs à la racine du dépôt (bench/run s'y place avant de lancer le banc). */
public final class Chemins {
    public static final Path RACINE = Path.of("").toAbsolutePath();
    /** Le jar livré du moteur, celui que le banc démarre. */
    public static final Path JAR = RACINE.resolve("app/target/socle.jar");
    public static final Path RESULTATS = RACINE.resolve("bench/results/latest.json");

    private Chemins() {
    }

    public static Path relatif(Path chemin) {
        return RACINE.relativize(chemin);
    }
}
