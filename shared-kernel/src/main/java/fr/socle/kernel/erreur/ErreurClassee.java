package fr.socle.kernel.erreur;

/**
 * Une erreur telle que le client la reçoit. C'est aussi ce qui voyage, sérialisé, dans les détails
 * d'une exception de commande distante (Axon Server), d'où un simple record.
 *
 * @param champ le chemin de la saisie en cause ({@code titulaire.email}), absent si aucun champ n'est visé
 * @param regle le code stable de la règle ({@code EMAIL_INVALIDE}), absent hors validation
 */
public record ErreurClassee(Classification classification, String champ, String regle, String message) {

    /** La même erreur rattachée sous un chemin de saisie : {@code email} sous {@code titulaire} devient {@code titulaire.email}. */
    public ErreurClassee sous(String chemin) {
        if (chemin == null || chemin.isEmpty()) {
            return this;
        }
        return new ErreurClassee(classification, champ == null ? chemin : chemin + "." + champ, regle, message);
    }

    /**
     * Vrai quand la même demande, renvoyée telle quelle, peut réussir : une panne, ou un conflit d'écriture
     * simultanée (version périmée, création concurrente). Un refus d'une règle, lui, se répétera.
     */
    public boolean passagere() {
        return classification == Classification.INTERNAL_ERROR
                || "VERSION_PERIMEE".equals(regle)
                || "DEJA_CREE".equals(regle);
    }
}
