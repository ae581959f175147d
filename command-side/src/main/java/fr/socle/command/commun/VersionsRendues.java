package fr.socle.command.commun;

import fr.socle.kernel.ecriture.VersionsEcrites;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Chaque commande traitée rend les versions qu'elle a écrites ({@link VersionsEcrites}) : la lecture après
 * écriture attend ainsi la version que la commande a produite, sans demander au magasin la dernière
 * séquence de l'agrégat.
 */
@Configuration
public class VersionsRendues {

    private static final String RESSOURCE = VersionsEcrites.class.getName();

    @Autowired
    public void rendreLesVersions(CommandBus commandes, EventStore evenements) {
        commandes.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chaine) -> {
            VersionsEcrites ecrites = new VersionsEcrites();
            unitOfWork.resources().put(RESSOURCE, ecrites);
            chaine.proceed();
            return ecrites;
        });
        evenements.registerDispatchInterceptor((MessageDispatchInterceptor<EventMessage<?>>) messages ->
                (i, message) -> {
                    if (message instanceof DomainEventMessage<?> evenement && CurrentUnitOfWork.isStarted()) {
                        VersionsEcrites ecrites = reponseEnCours(CurrentUnitOfWork.get());
                        if (ecrites != null) {
                            ecrites.noter(evenement.getAggregateIdentifier(), evenement.getSequenceNumber());
                        }
                    }
                    return message;
                });
    }

    /** La réponse de la commande dont l'unité de travail (ou l'une de ses parentes) publie ces événements. */
    private static VersionsEcrites reponseEnCours(UnitOfWork<?> unitOfWork) {
        for (UnitOfWork<?> u = unitOfWork; u != null; u = u.parent().orElse(null)) {
            VersionsEcrites ecrites = u.getResource(RESSOURCE);
            if (ecrites != null) {
                return ecrites;
            }
        }
        return null;
    }
}
