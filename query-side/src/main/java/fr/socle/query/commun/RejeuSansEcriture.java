package fr.socle.query.commun;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Un rejeu reconstruit des modèles de lecture et rien d'autre : pendant qu'un processeur traite un
 * événement rejoué, aucune commande ne part et aucun événement ne s'écrit. Les politiques qui réagissent
 * aux événements ({@code @DisallowReplay}) ne sont de toute façon pas rejouées ; ce verrou garantit qu'un
 * gestionnaire ajouté plus tard ne pourra pas, par erreur, réécrire l'histoire à chaque reconstruction.
 */
@Configuration
public class RejeuSansEcriture {

    /** Levée à la place d'une écriture tentée pendant un rejeu : l'événement part en lettre morte, rien n'est écrit. */
    public static class EcritureDuranteUnRejeu extends IllegalStateException {
        EcritureDuranteUnRejeu(Message<?> ecriture) {
            super("Écriture refusée pendant un rejeu : "
                    + ecriture.getPayloadType().getSimpleName());
        }
    }

    @Autowired
    public void verrouiller(CommandBus commandes, EventStore evenements) {
        commandes.registerDispatchInterceptor(RejeuSansEcriture.<CommandMessage<?>>refuserPendantUnRejeu());
        evenements.registerDispatchInterceptor(RejeuSansEcriture.<EventMessage<?>>refuserPendantUnRejeu());
    }

    static <M extends Message<?>> MessageDispatchInterceptor<M> refuserPendantUnRejeu() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
                return (rang, message) -> {
                    if (enRejeu()) {
                        throw new EcritureDuranteUnRejeu(message);
                    }
                    return message;
                };
            }
        };
    }

    /** Vrai si le fil traite en ce moment un événement rejoué (jeton de rejeu d'Axon). */
    static boolean enRejeu() {
        return CurrentUnitOfWork.isStarted()
                && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }
}
