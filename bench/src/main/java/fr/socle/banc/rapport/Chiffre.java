package fr.socle.banc.rapport;

import static fr.socle.banc.outils.Mesures.SANS_REPONSE;
import static fr.socle.banc.outils.Mesures.centile;
import static fr.socle.banc.outils.Mesures.ms;

/** Un chiffre du tableau : sa valeur (ou la raison de son absence), son objectif, au plus ou au moins. */
public record Chiffre(String cle, Double valeur, String raison, double objectif, boolean auPlus) {
    static final String CADENCE_NON_TENUE = "cadence non tenue";

    public static Chiffre mesure(String cle, double valeur, double objectif, boolean auPlus) {
        return new Chiffre(cle, valeur, null, objectif, auPlus);
    }

    /** Un chiffre absent (« n/a ») et sa raison. */
    public static Chiffre absent(String cle, String raison, double objectif, boolean auPlus) {
        return new Chiffre(cle, null, raison, objectif, auPlus);
    }

    /** Un p99 en ms, ou null (avec sa raison) quand il tombe sur des requêtes sans réponse : la cadence n'est pas tenue. */
    public static Chiffre p99(String cle, long[] tries, double objectif) {
        long p99 = centile(tries, 0.99);
        return p99 == SANS_REPONSE
                ? absent(cle, CADENCE_NON_TENUE + " : plus de 1 % des requêtes sans réponse réussie", objectif, true)
                : mesure(cle, ms(p99), objectif, true);
    }

    public String verdict() {
        if (valeur == null) {
            // une cadence que le moteur ne tient pas est un objectif manqué, pas une mesure absente
            return raison != null && raison.startsWith(CADENCE_NON_TENUE) ? "MISSED" : "n/a";
        }
        return (auPlus ? valeur <= objectif : valeur >= objectif) ? "OK" : "MISSED";
    }
}
