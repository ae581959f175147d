package fr.socle.kernel.erreur;

/** Les classes d'erreur du contrat GraphQL ({@code extensions.classification}). */
public enum Classification {
    BAD_REQUEST,
    NOT_FOUND,
    CONFLICT,
    UNAUTHORIZED,
    FORBIDDEN,
    INTERNAL_ERROR
}
