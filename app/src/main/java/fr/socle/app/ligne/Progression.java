package fr.socle.app.ligne;

import java.io.PrintStream;

/** Affiche l'avancement d'une tâche longue, tous les dix pour cent, sur la sortie d'erreur. */
final class Progression {

    private final String tache;
    private final long total;
    private final PrintStream sortie;
    private long dernierPalier = -1;

    Progression(String tache, long total, PrintStream sortie) {
        this.tache = tache;
        this.total = total;
        this.sortie = sortie;
    }

    void avancer(long fait) {
        long pourcent = total <= 0 ? 100 : Math.min(100, fait * 100 / total);
        long palier = pourcent / 10;
        if (palier > dernierPalier) {
            dernierPalier = palier;
            sortie.printf("%s : %d %% (%d/%d)%n", tache, pourcent, fait, total);
        }
    }
}
