package fr.socle.query.piece;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** L'ancienneté d'une pièce ouverte : le nombre de jours écoulés depuis son échéance, par tranche. */
public enum TrancheAge {
    /** L'échéance n'est pas passée (elle tombe aujourd'hui ou plus tard). */
    NON_ECHU,
    JOURS_0_30,
    JOURS_31_60,
    JOURS_61_90,
    PLUS_DE_90;

    /** Les jours de retard à {@code aujourdhui} : 0 tant que l'échéance n'est pas dépassée. */
    public static long joursDeRetard(LocalDate echeance, LocalDate aujourdhui) {
        return Math.max(0, ChronoUnit.DAYS.between(echeance, aujourdhui));
    }

    public static TrancheAge de(LocalDate echeance, LocalDate aujourdhui) {
        long retard = joursDeRetard(echeance, aujourdhui);
        if (retard == 0) {
            return NON_ECHU;
        }
        if (retard <= 30) {
            return JOURS_0_30;
        }
        if (retard <= 60) {
            return JOURS_31_60;
        }
        return retard <= 90 ? JOURS_61_90 : PLUS_DE_90;
    }
}
