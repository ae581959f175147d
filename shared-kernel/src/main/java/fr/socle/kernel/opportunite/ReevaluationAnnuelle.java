package fr.socle.kernel.opportunite;

import java.time.LocalDate;

/**
 * Le rappel programmé par la duplication d'une opportunité. Son échéance est le premier jour du mois
 * de l'évaluation initiale décalé de {@code mois} mois (11 par défaut) : le rappel est dû dès le début
 * de ce mois.
 */
public final class ReevaluationAnnuelle {

    public static final String TITRE = "Rappel ré-évaluation des besoins";
    public static final String CATEGORIE = "Suivi évaluation";
    public static final int MOIS_PAR_DEFAUT = 11;

    private ReevaluationAnnuelle() {}

    public static LocalDate echeance(LocalDate evaluationInitiale, int mois) {
        return evaluationInitiale.withDayOfMonth(1).plusMonths(mois);
    }
}
