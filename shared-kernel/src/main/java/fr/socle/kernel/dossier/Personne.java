package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.kernel.valeur.Texte;

/**
 * Un bénéficiaire : prénom, nom, e-mail et mobile obligatoires ; civilité et adresse facultatives.
 * Ses données personnelles sont effaçables (RGPD).
 */
public record Personne(
        Civilite civilite,
        @DonneePersonnelle String prenom,
        @DonneePersonnelle String nom,
        @DonneePersonnelle Email email,
        @DonneePersonnelle Telephone mobile,
        @DonneePersonnelle Adresse adresse)
        implements Titulaire {

    public Personne {
        prenom = Texte.obligatoire(prenom, "prenom");
        nom = Texte.obligatoire(nom, "nom");
        Refus.obligatoire(email, "email", "L'e-mail est obligatoire");
        Refus.obligatoire(mobile, "mobile", "Le mobile est obligatoire");
    }

    @Override
    public String nomAffiche() {
        return nom;
    }
}
