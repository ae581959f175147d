package fr.socle.query.analyse;

/** ACTIVE : l'opportunité se modifie encore ; VERROUILLEE : dupliquée, sa copie a pris la suite. */
public enum EtatOpportunite {
    ACTIVE,
    VERROUILLEE;

    public static EtatOpportunite de(boolean verrouillee) {
        return verrouillee ? VERROUILLEE : ACTIVE;
    }
}
