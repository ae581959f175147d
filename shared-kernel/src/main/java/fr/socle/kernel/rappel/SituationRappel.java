package fr.socle.kernel.rappel;

public enum SituationRappel {
    A_TRAITER,
    TRAITE
}
