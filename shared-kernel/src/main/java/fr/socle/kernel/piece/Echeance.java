package fr.socle.kernel.piece;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;

/** Une échéance d'un plan de paiement : un montant positif à payer à une date. */
public record Echeance(LocalDate date, Montant montant) {

    public Echeance {
        Refus.obligatoire(date, "date", "La date de l'échéance est obligatoire");
        Refus.obligatoire(montant, "montant", "Le montant de l'échéance est obligatoire");
        montant.positif("montant");
    }
}
