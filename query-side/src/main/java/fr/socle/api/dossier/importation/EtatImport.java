package fr.socle.api.dossier.importation;

public enum EtatImport {
    EN_COURS,
    TERMINE,
    ECHOUE
}
