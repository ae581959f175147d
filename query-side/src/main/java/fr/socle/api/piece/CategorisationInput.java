package fr.socle.api.piece;

import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.piece.Categorisation;
import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;

public record CategorisationInput(
        Categorie categorie,
        String commentaire,
        LocalDate prochaineAction,
        LocalDate datePromesse,
        Montant montantPromis,
        String preuve,
        String responsable) {
    Categorisation lire() {
        return new Categorisation(
                categorie, commentaire, prochaineAction, datePromesse, montantPromis, preuve, responsable);
    }
}
