package fr.socle.kernel.intervenant;

/** Ce qu'est devenu un rendez-vous une fois passé ou abandonné. */
public enum IssueRendezVous {
    TENU,
    ANNULE
}
