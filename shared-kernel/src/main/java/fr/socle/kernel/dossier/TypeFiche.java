package fr.socle.kernel.dossier;

/**
 * Le type d'une fiche de l'annuaire : le bénéficiaire d'un dossier, son prescripteur, ou « autre »
 * (le contact administratif).
 */
public enum TypeFiche {
    BENEFICIAIRE,
    PRESCRIPTEUR,
    AUTRE
}
