package fr.socle.kernel.dossier;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Texte;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Crée une convention (un tarif) ; son financeur par défaut, s'il est donné, finance tout le tarif. */
public record CreerConvention(
        @TargetAggregateIdentifier String conventionId, String libelle, BigDecimal tarif, String financeurParDefaut) {

    public CreerConvention {
        libelle = Texte.obligatoire(libelle, "libelle");
        financeurParDefaut = Texte.facultatif(financeurParDefaut, "financeurParDefaut");
        Refus.obligatoire(tarif, "tarif", "Le tarif de la convention est obligatoire");
        if (tarif.signum() <= 0) {
            throw Refus.invalide("tarif", "MONTANT_INVALIDE", "Le tarif d'une convention est positif");
        }
    }
}
