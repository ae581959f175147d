package fr.socle.kernel.intervenant;

/** Un intervenant actif travaille ; un intervenant inactif est un ancien, qui peut être réactivé. */
public enum Situation {
    ACTIF,
    INACTIF
}
