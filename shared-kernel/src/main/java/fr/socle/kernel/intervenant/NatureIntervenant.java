package fr.socle.kernel.intervenant;

/**
 * La nature d'un intervenant, qui décide de la forme de son matricule : un préfixe et cinq chiffres
 * (SA00001), sauf le stagiaire dont le matricule est toujours « 0 ».
 */
public enum NatureIntervenant {
    SALARIE("SA"),
    INTERIMAIRE("IN"),
    PRESTATAIRE("PR"),
    CANDIDAT("CA"),
    STAGIAIRE(null);

    /** Le matricule, unique et constant, de tout stagiaire. */
    public static final String MATRICULE_STAGIAIRE = "0";

    private final String prefixe;

    NatureIntervenant(String prefixe) {
        this.prefixe = prefixe;
    }

    public boolean estNumerotee() {
        return prefixe != null;
    }

    /** Le compteur de matricules de cette nature. */
    public String compteur() {
        return "matricule-" + prefixe;
    }

    public String matricule(long numero) {
        return prefixe + String.format("%05d", numero);
    }
}
