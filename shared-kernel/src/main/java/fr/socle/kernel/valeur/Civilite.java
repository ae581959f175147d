package fr.socle.kernel.valeur;

public enum Civilite {
    M,
    MME
}
