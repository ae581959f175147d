package fr.socle.banc.charge;

import com.fasterxml.jackson.databind.JsonNode;
import fr.socle.banc.outils.Mesures;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static fr.socle.banc.outils.Journal.abrege;
import static fr.socle.banc.outils.Journal.etape;
import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * Requêtes envoyées à cadence fixe, sans attendre les réponses (boucle ouverte) : une réponse lente
 * ne retarde pas les envois suivants, et chaque latence court depuis l'instant d'envoi prévu.
 */
public final class Cadence {
    /**
     * Le bilan d'une cadence ; {@code latences} en nanosecondes, triées, une par envoi prévu, {@link
     * Mesures#SANS_REPONSE} pour chaque envoi manqué ou resté sans réponse réussie.
     */
    public record Resultat(long envoyees, long reussies, long erreurs, double secondes, long[] latences) {
    }

    /** Dit si une réponse est réussie ; {@code recu} est l'instant de sa réception. */
    public interface Verification {
        boolean accepter(JsonNode reponse, Instant recu);
    }

    /** Au-delà, le moteur ne tient plus la cadence : l'envoi prévu est compté comme manqué, sans attendre. */
    static final int EN_VOL_MAX = 256;

    private final ConcurrentLinkedQueue<Long> latences = new ConcurrentLinkedQueue<>();
    private final AtomicLong reussies = new AtomicLong();
    private final AtomicLong erreurs = new AtomicLong();
    private final AtomicLong enVol = new AtomicLong();
    private final ConcurrentLinkedQueue<String> exemples = new ConcurrentLinkedQueue<>();
    private long manquees;

    private Cadence() {
    }

    public static Resultat executer(int parSeconde, Duration duree, Supplier<CompletableFuture<JsonNode>> envoi,
                                    Verification verification) throws InterruptedException {
        return new Cadence().mener(parSeconde, duree, envoi, verification);
    }

    private Resultat mener(int parSeconde, Duration duree, Supplier<CompletableFuture<JsonNode>> envoi,
                           Verification verification) throws InterruptedException {
        long total = duree.toSeconds() * parSeconde;
        long debut = System.nanoTime();
        envoyer(1_000_000_000L / parSeconde, total, debut, envoi, verification);
        long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (enVol.get() > 0 && System.nanoTime() < limite) {
            Thread.sleep(20);
        }
        double secondes = secondesDepuis(debut);
        exemples.stream().limit(2).forEach(e -> etape("  erreur : " + abrege(e)));
        long sansReponse = total - latences.size();
        long[] tries = Mesures.tries(latences, (int) total);
        if (sansReponse > 0) {
            etape("  " + sansReponse + " requêtes sans réponse réussie (" + manquees + " manquées, " + erreurs.get()
                    + " erreurs, " + enVol.get() + " toujours en vol)");
        }
        return new Resultat(total, reussies.get(), erreurs.get() + manquees + enVol.get(), secondes, tries);
    }

    /** Les {@code total} envois, un toutes les {@code periode} ns depuis {@code debut}, sans attendre les réponses. */
    private void envoyer(long periode, long total, long debut, Supplier<CompletableFuture<JsonNode>> envoi,
                         Verification verification) {
        long prochainAffichage = debut + TimeUnit.SECONDS.toNanos(5);
        for (long i = 0; i < total; i++) {
            long prevu = debut + i * periode;
            long attente = prevu - System.nanoTime();
            if (attente > 0) {
                LockSupport.parkNanos(attente);
            }
            if (enVol.get() >= EN_VOL_MAX) {
                manquees++;
                continue;
            }
            enVol.incrementAndGet();
            envoi.get().handle((reponse, echec) -> recevoir(reponse, echec, prevu, verification));
            if (System.nanoTime() > prochainAffichage) {
                etape("  … " + (i + 1) + " prévues, " + reussies.get() + " réussies, " + erreurs.get() + " erreurs, "
                        + manquees + " manquées (plus de " + EN_VOL_MAX + " en vol)");
                prochainAffichage += TimeUnit.SECONDS.toNanos(5);
            }
        }
    }

    private Void recevoir(JsonNode reponse, Throwable echec, long prevu, Verification verification) {
        Instant recu = Instant.now();
        long latence = System.nanoTime() - prevu;
        if (echec == null && verification.accepter(reponse, recu)) {
            reussies.incrementAndGet();
            latences.add(latence);
        } else {
            erreurs.incrementAndGet();
            exemples.add(echec != null ? echec.toString() : reponse.toString());
        }
        enVol.decrementAndGet();
        return null;
    }
}
