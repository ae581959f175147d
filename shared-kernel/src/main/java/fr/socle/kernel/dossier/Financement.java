package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.math.BigDecimal;

/** Un financeur d'un dossier et le montant dont il devra s'acquitter. */
public record Financement(String financeur, BigDecimal montant) {

    public Financement {
        financeur = Texte.obligatoire(financeur, "financeur");
        Refus.obligatoire(montant, "montant", "Le montant dû par " + financeur + " est obligatoire");
        if (montant.signum() <= 0) {
            throw Refus.invalide(
                    "montant", "MONTANT_INVALIDE", "Le montant dû par " + financeur + " doit être positif");
        }
    }
}
