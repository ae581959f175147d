package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Texte;

/** Une entreprise cliente : raison sociale et SIRET obligatoires. */
public record Entreprise(String raisonSociale, Siret siret, Adresse adresse) implements Titulaire {

    public Entreprise {
        raisonSociale = Texte.obligatoire(raisonSociale, "raisonSociale");
        if (siret == null) {
            throw Refus.invalide("siret", "OBLIGATOIRE", "Le SIRET est obligatoire");
        }
    }

    @Override
    public String nomAffiche() {
        return raisonSociale;
    }
}
