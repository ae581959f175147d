package fr.socle.banc.outils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Supplier;

/** Les calculs communs aux mesures : centiles, millisecondes, arrondis, médianes. */
public final class Mesures {
    /** Latence attribuée à une requête manquée ou restée sans réponse : elle compte dans les centiles. */
    public static final long SANS_REPONSE = Long.MAX_VALUE;

    private Mesures() {
    }

    /** Les durées reçues, complétées jusqu'à {@code total} par {@link #SANS_REPONSE}, triées. */
    public static long[] tries(Collection<Long> durees, int total) {
        long[] tries = new long[total];
        int k = 0;
        for (long l : durees) {
            tries[k++] = l;
        }
        Arrays.fill(tries, k, tries.length, SANS_REPONSE);
        Arrays.sort(tries);
        return tries;
    }

    public static long centile(long[] tries, double q) {
        if (tries.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(q * tries.length) - 1;
        return tries[Math.max(0, Math.min(tries.length - 1, rang))];
    }

    public static double ms(long nanos) {
        return nanos == SANS_REPONSE ? Double.POSITIVE_INFINITY : arrondi(nanos / 1e6);
    }

    public static void mettreMs(ObjectNode m, String cle, long nanos) {
        if (nanos == SANS_REPONSE) {
            m.putNull(cle);
        } else {
            m.put(cle, ms(nanos));
        }
    }

    /** La médiane de {@code fois} exécutions de la requête, après une première non comptée. */
    public static double medianeMs(int fois, Supplier<JsonNode> requete) {
        requete.get();
        long[] durees = new long[fois];
        for (int i = 0; i < fois; i++) {
            long debut = System.nanoTime();
            JsonNode r = requete.get();
            durees[i] = System.nanoTime() - debut;
            if (r.path("errors").isArray() && !r.path("errors").isEmpty()) {
                Journal.etape("  erreur : " + Journal.abrege(r.toString()));
            }
        }
        Arrays.sort(durees);
        return ms(durees[fois / 2]);
    }

    public static double arrondi(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public static double secondesDepuis(long debutNanos) {
        return (System.nanoTime() - debutNanos) / 1e9;
    }

    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
