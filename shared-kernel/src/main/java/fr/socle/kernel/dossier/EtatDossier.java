package fr.socle.kernel.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Les états d'un dossier et, en un seul endroit, les passages permis de l'un à l'autre.
 * OUVERT est l'état initial ; CLOTURE est final.
 */
public enum EtatDossier {
    OUVERT, EN_COURS, FACTURE, CLOTURE;

    public Set<EtatDossier> suivantsPermis() {
        return switch (this) {
            case OUVERT -> EnumSet.of(EN_COURS, CLOTURE);
            case EN_COURS -> EnumSet.of(FACTURE, CLOTURE);
            case FACTURE -> EnumSet.of(CLOTURE);
            case CLOTURE -> EnumSet.noneOf(EtatDossier.class);
        };
    }

    public boolean peutPasserA(EtatDossier cible) {
        return suivantsPermis().contains(cible);
    }
}
