package fr.socle.query.audit;

public enum EtatReconstruction {
    EN_COURS,
    TERMINEE,
    ECHOUEE
}
