package fr.socle.api.dossier;

import fr.socle.kernel.dossier.Seance;
import fr.socle.kernel.valeur.Identifiant;
import java.time.LocalDate;

public record SeanceInput(LocalDate date, String intitule, Integer dureeMinutes, Boolean facturable) {
    /** Une séance est facturable sauf mention contraire. */
    Seance lire() {
        return new Seance(Identifiant.nouveau(), date, intitule, dureeMinutes, facturable == null || facturable);
    }
}
