package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.kernel.valeur.Texte;

/** Une personne à joindre pour un dossier (comptable, responsable RH...) : un nom et au moins un moyen de la joindre. */
public record Contact(
        String contactId,
        @DonneePersonnelle String nom,
        @DonneePersonnelle String prenom,
        String fonction,
        @DonneePersonnelle Email email,
        @DonneePersonnelle Telephone telephone) {

    public Contact {
        nom = Texte.obligatoire(nom, "nom");
        prenom = Texte.facultatif(prenom, "prenom");
        fonction = Texte.facultatif(fonction, "fonction");
        if (email == null && telephone == null) {
            throw Refus.invalide(
                    "email", "MOYEN_DE_CONTACT_REQUIS", "Donnez un e-mail ou un téléphone pour joindre ce contact");
        }
    }
}
