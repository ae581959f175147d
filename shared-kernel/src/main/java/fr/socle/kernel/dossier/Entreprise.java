package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Texte;

/** Une entreprise cliente : raison sociale et SIRET obligatoires. */
public record Entreprise(String raisonSociale, Siret siret, Adresse adresse) implements Titulaire {

    public Entreprise {
        raisonSociale = Texte.obligatoire(raisonSociale, "raisonSociale");
        Refus.obligatoire(siret, "siret", "Le SIRET est obligatoire");
    }

    /** Le refus d'un SIRET déjà tenu par un autre dossier ; {@code detenteur} est ce dossier, s'il est connu. */
    public Refus siretDejaUtilise(String detenteur) {
        return Refus.invalide(
                "titulaire.siret",
                "SIRET_DEJA_UTILISE",
                "Le SIRET " + siret + " est déjà celui d'un autre dossier"
                        + (detenteur == null ? "" : " (" + detenteur + ")"));
    }

    @Override
    public String nomAffiche() {
        return raisonSociale;
    }
}
