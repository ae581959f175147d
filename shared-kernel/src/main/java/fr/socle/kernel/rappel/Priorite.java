package fr.socle.kernel.rappel;

public enum Priorite {
    BASSE,
    NORMALE,
    HAUTE,
    URGENT
}
