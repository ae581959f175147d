package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;

/**
 * Une fiche de l'annuaire désignée dans une saisie : soit une fiche existante à reprendre
 * ({@code ficheId}), soit une fiche à créer à la volée (nom, prénom).
 */
public record FicheSaisie(String ficheId, String nom, String prenom) {

    public FicheSaisie {
        nom = Texte.facultatif(nom, "nom");
        prenom = Texte.facultatif(prenom, "prenom");
        if ((ficheId == null) == (nom == null)) {
            throw Refus.invalide(
                    "FICHE_UNIQUE", "Donnez soit « ficheId » (fiche à reprendre), soit « nom » (fiche à créer)");
        }
    }

    public static FicheSaisie reprise(String ficheId) {
        return new FicheSaisie(ficheId, null, null);
    }

    public boolean estReprise() {
        return ficheId != null;
    }
}
