package fr.socle.api.dossier;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.Contact;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Telephone;

public record ContactInput(String nom, String prenom, String fonction, String email, String telephone) {
    Contact lire() {
        return new Contact(
                Identifiant.nouveau(),
                nom,
                prenom,
                fonction,
                Saisie.facultatif("email", email, Email::new),
                Saisie.facultatif("telephone", telephone, Telephone::new));
    }
}
