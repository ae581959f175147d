package fr.socle.banc;

import fr.socle.banc.charge.Charge;
import fr.socle.banc.moteur.Client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static fr.socle.banc.outils.Mesures.secondesDepuis;

/**
 * Un tour de {@code bench/comparer} : {@code <port> <clients> <secondes>}, des créations de dossier
 * ({@code creerDossier} seul, boucle fermée, chacune attendant sa projection) contre le moteur de ce port, par
 * le générateur du scénario {@code creation_ratio} ; la dernière ligne imprimée donne le débit.
 */
public final class Comparer {

    private Comparer() {}

    public static void main(String[] arguments) throws Exception {
        int port = Integer.parseInt(arguments[0]);
        int clients = Integer.parseInt(arguments[1]);
        int secondes = Integer.parseInt(arguments[2]);
        long debut = System.nanoTime();
        long[] resultat = Charge.ecrireEnBoucle(new Client(port), clients, Duration.ofSeconds(secondes),
                Integer.MAX_VALUE, List.of(), new ArrayList<>());
        double duree = secondesDepuis(debut);
        System.out.printf(Locale.ROOT, "clients=%d creations=%d erreurs=%d duree=%.1fs debit=%.1f/s%n",
                clients, resultat[0], resultat[1], duree, resultat[0] / duree);
    }
}
