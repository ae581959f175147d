package fr.socle.api.commun;

import fr.socle.kernel.valeur.Adresse;

/** Une adresse saisie (type GraphQL {@code AdresseInput}), lue en {@link Adresse} qui se valide elle-même. */
public record AdresseInput(String ligne1, String codePostal, String ville) {
    public Adresse lire() {
        return new Adresse(ligne1, codePostal, ville);
    }
}
