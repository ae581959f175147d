package fr.socle.command.audit;

import fr.socle.kernel.erreur.Classifieur;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Une commande écrite pour une version périmée est un conflit, même quand l'agrégat, qui décide sur son
 * état actuel, la refuse pour une autre raison : Axon ne compare les versions qu'à la fin du traitement,
 * après le refus. Sans cela, de deux écritures concurrentes, la perdante recevrait un refus métier
 * (« transition interdite ») au lieu de l'invitation à relire.
 */
@Component
public class VersionAttendueDAbord implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver cibles = AnnotationCommandTargetResolver.builder().build();
    private final EventStore evenements;

    public VersionAttendueDAbord(EventStore evenements, CommandBus commandes) {
        this.evenements = evenements;
        commandes.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (Exception refus) {
            Optional<VersionedAggregateIdentifier> cible = cible(unitOfWork.getMessage());
            if (cible.isPresent() && cible.get().getVersion() != null) {
                long attendue = cible.get().getVersion();
                long actuelle = evenements.lastSequenceNumberFor(cible.get().getIdentifier()).orElse(-1L);
                if (actuelle > attendue) {
                    throw Classifieur.pourTransport(new ConflictingAggregateVersionException(
                            cible.get().getIdentifier(), attendue, actuelle, refus));
                }
            }
            throw refus;
        }
    }

    private Optional<VersionedAggregateIdentifier> cible(CommandMessage<?> commande) {
        try {
            return Optional.of(cibles.resolveTarget(commande));
        } catch (IllegalArgumentException sansCible) {
            return Optional.empty();
        }
    }
}
