package fr.socle.kernel.dossier;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import org.axonframework.serialization.Revision;

/**
 * Une fiche de l'annuaire est créée (e-mail et mobile absents pour une fiche créée à la volée).
 * Révision 2 : nom, prénom, e-mail et mobile sont chiffrés sous la clé de la fiche ; la révision 1 les
 * écrivait en clair, et se relit telle quelle.
 */
@Revision("2")
public record FicheAnnuaireCréée(
        String ficheId,
        TypeFiche type,
        Civilite civilite,
        @DonneePersonnelle String nom,
        @DonneePersonnelle String prenom,
        @DonneePersonnelle Email email,
        @DonneePersonnelle Telephone mobile)
        implements SujetDonneesPersonnelles {

    @Override
    public String sujetDonneesPersonnelles() {
        return ficheId;
    }
}
