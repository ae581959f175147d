package fr.socle.command.commun;

import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.Refus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ce que tous les agrégats partagent : métadonnées d'audit, erreurs transportables, instantanés. */
@Configuration
public class ConfigurationCommandes {

    /** Nom de la métadonnée qui porte l'utilisateur à l'origine d'une commande et de ses événements. */
    public static final String AUTEUR = "auteur";

    /** Chaque événement hérite de l'auteur de la commande qui l'a produit (l'identifiant de corrélation vient d'Axon). */
    @Bean
    public CorrelationDataProvider auteurDesEvenements() {
        return new SimpleCorrelationDataProvider(AUTEUR);
    }

    /** L'identifiant de corrélation (la commande d'origine) : déclaré ici car tout fournisseur déclaré remplace celui d'Axon. */
    @Bean
    public CorrelationDataProvider origineDesEvenements() {
        return new MessageOriginProvider();
    }

    @Bean
    public SnapshotTriggerDefinition declencheurInstantanes(Snapshotter snapshotter,
                                                            @Value("${socle.instantanes.seuil:200}") int seuil) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, seuil);
    }

    @Bean
    public ErreursTransportables erreursTransportables(CommandBus commandBus) {
        ErreursTransportables intercepteur = new ErreursTransportables();
        commandBus.registerHandlerInterceptor(intercepteur);
        return intercepteur;
    }

    /**
     * Un refus levé par un agrégat garde sa classe même quand la commande vient d'un autre processus.
     * Un identifiant qui désigne un agrégat d'un autre type n'en désigne aucun du type visé : introuvable.
     */
    public static class ErreursTransportables implements MessageHandlerInterceptor<CommandMessage<?>> {
        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            try {
                return chain.proceed();
            } catch (IncompatibleAggregateException e) {
                throw Classifieur.pourTransport(Refus.introuvable("id", "Aucun objet de ce type n'a cet identifiant"));
            } catch (Exception e) {
                throw Classifieur.pourTransport(e);
            }
        }
    }
}
