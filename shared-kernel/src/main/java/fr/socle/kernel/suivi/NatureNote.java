package fr.socle.kernel.suivi;

public enum NatureNote {
    /** Versée automatiquement à la déclaration d'un événement indésirable. */
    EVENEMENT_INDESIRABLE,
    /** Le suivi de la satisfaction du client. */
    SATISFACTION
}
