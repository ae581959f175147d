package fr.socle.banc.scenario;

/** Les paramètres d'un mode : durées (en secondes) et volumes. */
public record Mode(String nom, int secondesEchauffement, int secondesEcriture, int secondesReference, int secondesLag, int secondesRequetes,
                   int evenementsHistorique, int secondesMaxHistorique, int evenementsMillion) {
    public static Mode rapide() {
        return new Mode("quick", 15, 8, 5, 6, 4, 10_000, 8, 0);
    }

    public static Mode complet() {
        return new Mode("full", 90, 60, 10, 30, 30, 10_000, 300, 1_000_000);
    }
}
