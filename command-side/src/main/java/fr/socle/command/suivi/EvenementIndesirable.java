package fr.socle.command.suivi;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.suivi.DeclarerEvenementIndesirable;
import fr.socle.kernel.suivi.TraiterEvenementIndesirable;
import fr.socle.kernel.suivi.ÉvénementIndésirableDéclaré;
import fr.socle.kernel.suivi.ÉvénementIndésirableTraité;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Un événement indésirable survenu chez un client : déclaré, puis traité. Les notes de suivi qu'il
 * verse aux fiches du client et de l'intervenant viennent de {@link PolitiqueEvenementsIndesirables}.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class EvenementIndesirable {

    @AggregateIdentifier
    private String evenementId;

    private boolean traite;

    protected EvenementIndesirable() {}

    @CommandHandler
    public EvenementIndesirable(DeclarerEvenementIndesirable commande) {
        apply(new ÉvénementIndésirableDéclaré(
                commande.evenementId(),
                commande.dossierId(),
                commande.intervenantId(),
                commande.encadrant(),
                commande.description(),
                commande.date()));
    }

    /** Traiter un événement déjà traité ne change rien. */
    @CommandHandler
    public void handle(TraiterEvenementIndesirable commande) {
        if (!traite) {
            apply(new ÉvénementIndésirableTraité(evenementId));
        }
    }

    @EventSourcingHandler
    void on(ÉvénementIndésirableDéclaré evenement) {
        evenementId = evenement.evenementId();
    }

    @EventSourcingHandler
    void on(ÉvénementIndésirableTraité evenement) {
        traite = true;
    }
}
