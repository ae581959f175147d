package fr.socle.kernel.intervenant;

/** Ce qu'un participant répond à un rendez-vous ; sans réponse, il n'a pas encore répondu. */
public enum ReponseParticipant {
    ACCEPTE,
    PEUT_ETRE,
    ANNULE
}
