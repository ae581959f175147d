package fr.socle.api.dossier;

import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.erreur.Refus;

/** Exactement l'un des deux : une personne ou une entreprise. */
public record TitulaireInput(PersonneInput personne, EntrepriseInput entreprise) {
    Titulaire lire() {
        if ((personne == null) == (entreprise == null)) {
            throw Refus.invalide("TITULAIRE_UNIQUE", "Donnez soit « personne », soit « entreprise »");
        }
        return personne != null ? personne.lire() : entreprise.lire();
    }
}
