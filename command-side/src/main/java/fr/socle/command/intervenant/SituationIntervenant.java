package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.intervenant.DesactiverIntervenant;
import fr.socle.kernel.intervenant.IntervenantCréé;
import fr.socle.kernel.intervenant.IntervenantDésactivé;
import fr.socle.kernel.intervenant.IntervenantRéactivé;
import fr.socle.kernel.intervenant.ReactiverIntervenant;
import fr.socle.kernel.intervenant.Situation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Actif ou ancien intervenant. Un intervenant qui part devient inactif : il rejoint les anciens
 * intervenants, rien n'est perdu, et il peut revenir.
 */
class SituationIntervenant {

    private String intervenantId;
    private Situation situation;

    boolean inactif() {
        return situation == Situation.INACTIF;
    }

    @CommandHandler
    void handle(DesactiverIntervenant commande) {
        if (situation == Situation.ACTIF) {
            apply(new IntervenantDésactivé(intervenantId));
        }
    }

    @CommandHandler
    void handle(ReactiverIntervenant commande) {
        if (inactif()) {
            apply(new IntervenantRéactivé(intervenantId));
        }
    }

    @EventSourcingHandler
    void on(IntervenantCréé evenement) {
        intervenantId = evenement.intervenantId();
        situation = Situation.ACTIF;
    }

    @EventSourcingHandler
    void on(IntervenantDésactivé evenement) {
        situation = Situation.INACTIF;
    }

    @EventSourcingHandler
    void on(IntervenantRéactivé evenement) {
        situation = Situation.ACTIF;
    }
}
