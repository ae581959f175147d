package fr.socle.kernel.rgpd;

/**
 * Un événement dont les données personnelles appartiennent à l'agrégat qui l'émet, même quand la commande
 * en cours en vise un autre : une fiche d'annuaire créée pendant la création d'un dossier est chiffrée sous
 * la clé de la fiche, et s'efface avec elle, pas avec le dossier.
 */
public interface SujetDonneesPersonnelles {

    /** L'agrégat dont la clé chiffre les {@link DonneePersonnelle} de cet événement. */
    String sujetDonneesPersonnelles();
}
