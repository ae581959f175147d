package fr.socle.api.dossier;

import fr.socle.kernel.dossier.Exercice;
import java.time.LocalDate;

public record ExerciceInput(LocalDate debut, LocalDate fin) {
    Exercice lire() {
        return Exercice.depuis(debut, fin);
    }
}
