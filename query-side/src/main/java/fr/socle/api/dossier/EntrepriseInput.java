package fr.socle.api.dossier;

import fr.socle.api.commun.AdresseInput;
import fr.socle.api.commun.Saisie;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.valeur.Siret;

public record EntrepriseInput(String raisonSociale, String siret, AdresseInput adresse) {
    Entreprise lire() {
        return new Entreprise(
                raisonSociale,
                Saisie.obligatoire("siret", siret, Siret::new),
                Saisie.facultatif("adresse", adresse, AdresseInput::lire));
    }
}
