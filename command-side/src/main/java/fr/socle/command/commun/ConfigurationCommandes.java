package fr.socle.command.commun;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.Refus;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
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

    /**
     * Un instantané est l'état d'un agrégat sérialisé par Jackson : ses champs privés, sans accesseurs.
     * Sans cela, un agrégat rechargé depuis un instantané le serait vide.
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer etatDesAgregatsSerialisable() {
        return constructeur ->
                constructeur.postConfigurer(mapper -> mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(
                        new EtatDesAgregats(), mapper.getSerializationConfig().getAnnotationIntrospector())));
    }

    static class EtatDesAgregats extends NopAnnotationIntrospector {
        @Override
        public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass classe, VisibilityChecker<?> visibilite) {
            if (!estEtatDAgregat(classe)) {
                return visibilite;
            }
            return visibilite
                    .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                    .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withSetterVisibility(JsonAutoDetect.Visibility.NONE)
                    .withCreatorVisibility(JsonAutoDetect.Visibility.ANY);
        }

        /** Un agrégat, ou l'une de ses entités ({@code @AggregateMember}) que son instantané emporte. */
        private static boolean estEtatDAgregat(AnnotatedClass classe) {
            if (classe.hasAnnotation(Aggregate.class)) {
                return true;
            }
            for (AnnotatedMethod methode : classe.memberMethods()) {
                if (methode.hasAnnotation(EventSourcingHandler.class)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Les instantanés se prennent à part, sur leur propre fil : pris dans le fil de la commande, après sa
     * validation mais avant qu'elle ne rende le verrou de son agrégat, ils attendraient la transaction
     * d'une commande suivante qui, elle, attend ce verrou.
     */
    @Bean(destroyMethod = "shutdown")
    public ExecutorService filInstantanes() {
        return Executors.newSingleThreadExecutor(tache -> {
            Thread fil = new Thread(tache, "instantanes");
            fil.setDaemon(true);
            return fil;
        });
    }

    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(
            org.axonframework.config.Configuration configuration,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            ExecutorService filInstantanes) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(filInstantanes)
                .build();
    }

    @Bean
    public SnapshotTriggerDefinition declencheurInstantanes(
            Snapshotter snapshotter, @Value("${socle.instantanes.seuil:200}") int seuil) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, seuil);
    }

    @Bean
    public ErreursTransportables erreursTransportables(CommandBus commandBus) {
        ErreursTransportables intercepteur = new ErreursTransportables();
        commandBus.registerHandlerInterceptor(intercepteur);
        return intercepteur;
    }

    @Bean
    public VersionAttendueExacte versionAttendueExacte(CommandBus commandBus, EventStore evenements) {
        VersionAttendueExacte intercepteur = new VersionAttendueExacte(evenements);
        commandBus.registerHandlerInterceptor(intercepteur);
        return intercepteur;
    }

    /**
     * Le contrat refuse toute version attendue différente de la version courante, et ce refus passe avant
     * tout autre : Axon, lui, ne compare les versions qu'après le traitement, et seulement pour une version
     * plus ancienne. La version est donc vérifiée avant ; et si une écriture concurrente survient entre
     * cette vérification et le chargement, l'échec qui s'ensuit est lui aussi un conflit.
     */
    public static class VersionAttendueExacte implements MessageHandlerInterceptor<CommandMessage<?>> {
        private final CommandTargetResolver cibles =
                AnnotationCommandTargetResolver.builder().build();
        private final EventStore evenements;

        VersionAttendueExacte(EventStore evenements) {
            this.evenements = evenements;
        }

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            VersionedAggregateIdentifier cible = cible(unitOfWork.getMessage());
            if (cible == null || cible.getVersion() == null) {
                return chain.proceed();
            }
            refuserSiPerimee(cible);
            try {
                return chain.proceed();
            } catch (Exception echec) {
                refuserSiPerimee(cible);
                throw echec;
            }
        }

        private void refuserSiPerimee(VersionedAggregateIdentifier cible) {
            long attendue = cible.getVersion();
            evenements
                    .lastSequenceNumberFor(cible.getIdentifier())
                    .filter(courante -> courante != attendue)
                    .ifPresent(courante -> {
                        throw Refus.conflit(
                                "versionAttendue",
                                "VERSION_PERIMEE",
                                "Version attendue " + attendue + " mais l'objet est à la version " + courante
                                        + " : relisez-le puis recommencez");
                    });
        }

        private VersionedAggregateIdentifier cible(CommandMessage<?> commande) {
            try {
                return cibles.resolveTarget(commande);
            } catch (IllegalArgumentException sansCible) {
                return null;
            }
        }
    }

    /**
     * Un refus levé par un agrégat garde sa classe même quand la commande vient d'un autre processus.
     * Un identifiant qui désigne un agrégat d'un autre type n'en désigne aucun du type visé : introuvable.
     */
    public static class ErreursTransportables implements MessageHandlerInterceptor<CommandMessage<?>> {
        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
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
