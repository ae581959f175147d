package fr.socle.api.dossier.importation;

/** La forme du fichier d'import : mêmes colonnes, même en-tête, seule la lecture des cellules change. */
public enum FormatImport {
    /** UTF-8, séparateur « ; », sans guillemets. */
    CSV,
    /** Classeur Excel : la première feuille, sa première ligne pour en-tête. */
    XLSX
}
