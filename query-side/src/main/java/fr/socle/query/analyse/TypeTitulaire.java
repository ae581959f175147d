package fr.socle.query.analyse;

/** Le titulaire d'un dossier : un bénéficiaire (personne) ou une entreprise. */
public enum TypeTitulaire {
    PERSONNE,
    ENTREPRISE
}
