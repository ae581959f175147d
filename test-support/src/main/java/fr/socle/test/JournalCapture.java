package fr.socle.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Ce que les tests lisent dans le journal d'une application démarrée, capturé par
 * {@code OutputCaptureExtension} : combien de piles d'appels il contient (une panne ne doit pas en écrire
 * une par nouvel essai), et l'attente d'une ligne qui viendra.
 */
public final class JournalCapture {

    private JournalCapture() {}

    /** Les piles d'appels écrites : une ligne suivie de « at … » qui n'est pas elle-même dans une pile. */
    public static int piles(CapturedOutput journal) {
        String[] lignes = journal.getOut().split("\n");
        int piles = 0;
        for (int i = 0; i + 1 < lignes.length; i++) {
            boolean suivieDUnePile = lignes[i + 1].startsWith("\tat ");
            boolean dansUnePile = lignes[i].startsWith("\t") || lignes[i].startsWith("Caused by:");
            if (suivieDUnePile && !dansUnePile) {
                piles++;
            }
        }
        return piles;
    }

    /** Les lignes du journal qui contiennent ce fragment : un essai, un échec. */
    public static long lignes(CapturedOutput journal, String fragment) {
        return journal.getOut().lines().filter(l -> l.contains(fragment)).count();
    }

    /**
     * Chaque processeur nommé a déjà retenté après son premier échec : la pile d'appels qu'Axon écrit à ce
     * premier échec est derrière lui, ses essais suivants tiennent en une ligne.
     */
    public static boolean chacunRetente(CapturedOutput journal, Collection<String> processeurs) {
        String sortie = journal.getOut();
        return processeurs.stream().allMatch(p -> sortie.contains("Processor '" + p + "' still failing"));
    }

    /** Attend que la condition soit vraie, au plus le délai donné ; au test de vérifier ensuite ce qu'il attendait. */
    public static void attendre(Duration delai, BooleanSupplier condition) throws InterruptedException {
        Instant limite = Instant.now().plus(delai);
        while (!condition.getAsBoolean() && Instant.now().isBefore(limite)) {
            Thread.sleep(200);
        }
    }
}
