package fr.socle.query.dossier.importation;

public enum EtatImport {
    EN_COURS, TERMINE, ECHOUE
}
