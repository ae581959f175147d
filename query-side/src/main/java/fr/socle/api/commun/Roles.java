package fr.socle.api.commun;

/**
 * Qui peut quoi, en un seul endroit : chaque opération GraphQL porte l'une de ces expressions.
 * {@code gestionnaire} écrit et lit le back-office ; {@code auditeur} lit l'historique et les modèles
 * de lecture ; {@code analyste} lit les modèles de lecture ; {@code admin} fait tout.
 */
public final class Roles {

    public static final String ECRITURE = "hasAnyRole('GESTIONNAIRE','ADMIN')";
    public static final String LECTURE = "hasAnyRole('GESTIONNAIRE','AUDITEUR','ANALYSTE','ADMIN')";
    public static final String AUDIT = "hasAnyRole('AUDITEUR','ADMIN')";
    public static final String ADMIN = "hasRole('ADMIN')";

    private Roles() {}
}
