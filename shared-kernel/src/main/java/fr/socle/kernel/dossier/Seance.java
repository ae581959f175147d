package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.time.LocalDate;

/** Une séance (rendez-vous) planifiée dans un dossier ; facturable ou non. */
public record Seance(String seanceId, LocalDate date, String intitule, Integer dureeMinutes, boolean facturable) {

    public Seance {
        Refus.obligatoire(date, "date", "La date de la séance est obligatoire");
        intitule = Texte.obligatoire(intitule, "intitule");
        if (dureeMinutes != null && (dureeMinutes <= 0 || dureeMinutes > 24 * 60)) {
            throw Refus.invalide("dureeMinutes", "DUREE_INVALIDE", "Une séance dure entre 1 minute et 24 heures");
        }
    }
}
