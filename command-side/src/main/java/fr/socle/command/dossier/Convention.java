package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.dossier.ConventionCréée;
import fr.socle.kernel.dossier.CreerConvention;
import fr.socle.kernel.dossier.Financement;
import fr.socle.kernel.dossier.Prestation;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** Une convention : un tarif du cabinet et, s'il en a un, le financeur qui le prend en charge par défaut. */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Convention {

    @AggregateIdentifier
    private String conventionId;

    private BigDecimal tarif;
    private String financeurParDefaut;

    protected Convention() {}

    @CommandHandler
    public Convention(CreerConvention commande) {
        apply(new ConventionCréée(
                commande.conventionId(), commande.libelle(), commande.tarif(), commande.financeurParDefaut()));
    }

    /** La prestation telle que retenue : sans financeur saisi, le financeur par défaut doit tout le tarif. */
    Prestation appliqueeA(Prestation prestation) {
        if (!prestation.financeurs().isEmpty() || financeurParDefaut == null) {
            return prestation;
        }
        return prestation.financeePar(List.of(new Financement(financeurParDefaut, tarif)));
    }

    @EventSourcingHandler
    void on(ConventionCréée evenement) {
        conventionId = evenement.conventionId();
        tarif = evenement.tarif();
        financeurParDefaut = evenement.financeurParDefaut();
    }
}
