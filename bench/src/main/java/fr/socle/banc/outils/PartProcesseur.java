package fr.socle.banc.outils;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * La part du processeur que prend le générateur de charge (ce processus) pendant un scénario, à côté du
 * moteur : sur deux cœurs partagés, un générateur qui en prend la moitié mesure autant lui-même que le
 * moteur. Les temps viennent du système (temps processeur cumulé de chaque processus).
 */
public final class PartProcesseur {

    private final ProcessHandle moteur;
    private final long banc0;
    private final long moteur0;
    private final long debut = System.nanoTime();

    private PartProcesseur(ProcessHandle moteur) {
        this.moteur = moteur;
        this.banc0 = tempsBanc();
        this.moteur0 = tempsMoteur(moteur);
    }

    /** Commence le décompte pour le moteur {@code moteur} (le processus du jar piloté). */
    public static PartProcesseur depuis(ProcessHandle moteur) {
        return new PartProcesseur(moteur);
    }

    /**
     * Écrit dans {@code mesures} le temps processeur du banc et du moteur depuis le début du décompte, et la
     * part du banc. Si le moteur a changé entre-temps (redémarré par le scénario), seul le banc est compté.
     */
    public void ecrire(ObjectNode mesures, ProcessHandle moteurFinal) {
        double secondes = (System.nanoTime() - debut) / 1e9;
        double banc = (tempsBanc() - banc0) / 1e9;
        mesures.put("wall_s", Mesures.arrondi(secondes));
        mesures.put("generator_cpu_s", Mesures.arrondi(banc));
        long moteur1 = tempsMoteur(moteurFinal);
        if (moteurFinal.pid() == moteur.pid() && moteur0 >= 0 && moteur1 >= moteur0) {
            double charge = (moteur1 - moteur0) / 1e9;
            mesures.put("engine_cpu_s", Mesures.arrondi(charge));
            mesures.put("generator_cpu_share", banc + charge <= 0 ? 0 : Mesures.arrondi(banc / (banc + charge)));
        }
    }

    private static long tempsBanc() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long tempsMoteur(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
