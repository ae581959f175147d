package fr.socle.api.dossier;

import fr.socle.api.commun.AdresseInput;
import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;

public record PersonneInput(
        Civilite civilite, String prenom, String nom, String email, String mobile, AdresseInput adresse) {
    Personne lire() {
        return new Personne(
                civilite,
                prenom,
                nom,
                Saisie.obligatoire("email", email, Email::new),
                Saisie.obligatoire("mobile", mobile, Telephone::mobile),
                Saisie.facultatif("adresse", adresse, AdresseInput::lire));
    }
}
