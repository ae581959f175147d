package fr.socle.kernel.dossier;

import fr.socle.kernel.valeur.CycleDeVie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Les états d'un dossier et, en un seul endroit, les passages permis de l'un à l'autre.
 * OUVERT est l'état initial ; CLOTURE est final. COMMANDE : une commande est enregistrée mais son
 * début n'est pas atteint ; la commande fait passer le dossier en COMMANDE ou EN_COURS selon sa date
 * de début (voir {@link #apresCommande}).
 */
public enum EtatDossier implements CycleDeVie<EtatDossier> {
    OUVERT,
    COMMANDE,
    EN_COURS,
    FACTURE,
    CLOTURE;

    @Override
    public Set<EtatDossier> suivantsPermis() {
        return switch (this) {
            case OUVERT -> EnumSet.of(COMMANDE, EN_COURS, CLOTURE);
            case COMMANDE -> EnumSet.of(EN_COURS, CLOTURE);
            case EN_COURS -> EnumSet.of(FACTURE, CLOTURE);
            case FACTURE -> EnumSet.of(CLOTURE);
            case CLOTURE -> EnumSet.noneOf(EtatDossier.class);
        };
    }

    /** Facturé ou clôturé : la prestation et sa commande ne changent plus. */
    public boolean estFige() {
        return this == FACTURE || this == CLOTURE;
    }

    /** L'état que vise une commande : en attente tant que son début est à venir, en cours dès qu'il est atteint. */
    public static EtatDossier apresCommande(Commande commande, LocalDate aujourdhui) {
        return commande.debut().isAfter(aujourdhui) ? COMMANDE : EN_COURS;
    }
}
