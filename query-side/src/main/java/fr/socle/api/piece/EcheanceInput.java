package fr.socle.api.piece;

import fr.socle.kernel.piece.Echeance;
import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;

public record EcheanceInput(LocalDate date, Montant montant) {
    Echeance lire() {
        return new Echeance(date, montant);
    }
}
