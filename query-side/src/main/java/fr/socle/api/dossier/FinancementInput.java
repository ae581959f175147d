package fr.socle.api.dossier;

import fr.socle.kernel.dossier.Financement;
import fr.socle.kernel.valeur.Montant;

public record FinancementInput(String financeur, Montant montant) {
    Financement lire() {
        return new Financement(financeur, montant == null ? null : montant.valeur());
    }
}
