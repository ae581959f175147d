package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.erreur.Refus;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Une fiche de l'annuaire : une personne ou une entreprise connue du cabinet, reprise d'un dossier à
 * l'autre pour ne pas la saisir deux fois. Son histoire est la sienne, pas celle d'un dossier.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class FicheAnnuaire {

    @AggregateIdentifier
    private String ficheId;

    private FicheAnnuaireCréée donnees;

    protected FicheAnnuaire() {}

    FicheAnnuaire(FicheAnnuaireCréée creation) {
        apply(creation);
    }

    TypeFiche type() {
        return donnees.type();
    }

    /** Le rattachement de cette fiche à un dossier. */
    FicheAnnuaireRattachée rattacheeA(String dossierId) {
        return new FicheAnnuaireRattachée(dossierId, ficheId, donnees.type(), donnees.nom(), donnees.prenom());
    }

    /** Le titulaire que cette fiche remplit : il lui faut prénom, e-mail et mobile, comme à tout bénéficiaire. */
    Personne commeTitulaire(String champ) {
        if (donnees.prenom() == null || donnees.email() == null || donnees.mobile() == null) {
            throw Refus.invalide(
                    champ,
                    "FICHE_INCOMPLETE",
                    "La fiche « " + donnees.nom()
                            + " » n'a pas de prénom, d'e-mail ou de mobile : saisissez le titulaire");
        }
        return new Personne(
                donnees.civilite(), donnees.prenom(), donnees.nom(), donnees.email(), donnees.mobile(), null);
    }

    @EventSourcingHandler
    void on(FicheAnnuaireCréée evenement) {
        ficheId = evenement.ficheId();
        donnees = evenement;
    }
}
