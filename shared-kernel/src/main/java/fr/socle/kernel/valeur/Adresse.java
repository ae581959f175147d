package fr.socle.kernel.valeur;

import fr.socle.kernel.erreur.Refus;

/** Une adresse postale française. */
public record Adresse(String ligne1, String codePostal, String ville) {

    public Adresse {
        ligne1 = Texte.obligatoire(ligne1, "ligne1");
        ville = Texte.obligatoire(ville, "ville");
        codePostal = Texte.obligatoire(codePostal, "codePostal");
        if (!codePostal.matches("[0-9]{5}") || codePostal.startsWith("00") || codePostal.startsWith("99")) {
            throw Refus.invalide(
                    "codePostal", "CODE_POSTAL_INVALIDE", "Le code postal « " + codePostal + " » n'existe pas");
        }
    }
}
