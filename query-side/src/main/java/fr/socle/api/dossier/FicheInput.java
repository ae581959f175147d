package fr.socle.api.dossier;

import fr.socle.kernel.dossier.FicheSaisie;
import fr.socle.kernel.valeur.Identifiant;

public record FicheInput(String ficheId, String nom, String prenom) {
    FicheSaisie lire() {
        return new FicheSaisie(ficheId == null ? null : Identifiant.lire(ficheId, "ficheId"), nom, prenom);
    }
}
