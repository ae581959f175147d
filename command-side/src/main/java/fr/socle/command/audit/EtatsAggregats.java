package fr.socle.command.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.kernel.audit.EtatAggregat;
import fr.socle.kernel.audit.EtatAggregatAu;
import fr.socle.kernel.erreur.Refus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Le voyage dans le temps : un agrégat de n'importe quel type déclaré à Axon, reconstruit par ses propres
 * {@code @EventSourcingHandler} à partir de ses événements jusqu'à un instant ou une version. L'agrégat
 * n'est ni chargé par son dépôt ni verrouillé : rien de ce qui est reconstruit ici ne peut être modifié.
 */
@Component
public class EtatsAggregats {

    private final EventStore evenements;
    private final ObjectProvider<Configuration> axon;
    private final ObjectMapper json = ParChamps.json();
    private volatile Map<String, AggregateModel<?>> modeles;

    public EtatsAggregats(EventStore evenements, ObjectProvider<Configuration> axon) {
        this.evenements = evenements;
        this.axon = axon;
    }

    @QueryHandler
    public Optional<EtatAggregat> etat(EtatAggregatAu requete) {
        try {
            return reconstruire(requete);
        } catch (Refus refus) {
            // Le refus garde sa classe même quand la requête vient d'un autre processus.
            throw new QueryExecutionException(refus.getMessage(), null, refus.erreur());
        }
    }

    private Optional<EtatAggregat> reconstruire(EtatAggregatAu requete) {
        long versionMax = requete.version() == null ? Long.MAX_VALUE : requete.version();
        Instant instant = requete.instant() == null ? Instant.MAX : requete.instant();
        DomainEventStream flux = depart(requete.aggregatId(), instant, versionMax);
        if (!flux.hasNext()) {
            throw Refus.introuvable("aggregatId", "Aucun événement pour l'agrégat " + requete.aggregatId());
        }
        DomainEventMessage<?> premier = flux.peek();
        AggregateModel<?> modele = modele(premier.getType());
        boolean instantane = modele.entityClass().isInstance(premier.getPayload());
        if (!instantane && (premier.getTimestamp().isAfter(instant) || premier.getSequenceNumber() > versionMax)) {
            return Optional.empty();
        }
        Predicate<DomainEventMessage<?>> avant = e -> e.getSequenceNumber() <= versionMax
                && (e == premier && instantane || !e.getTimestamp().isAfter(instant));
        return Optional.of(appliquer(
                modele,
                requete.aggregatId(),
                DomainEventStream.of(EventStreamUtils.asStream(flux).takeWhile(avant))));
    }

    /**
     * Les événements à appliquer : depuis le dernier instantané s'il précède la cible (en version et en
     * temps), sinon depuis le premier événement.
     */
    private DomainEventStream depart(String id, Instant instant, long versionMax) {
        DomainEventStream avecInstantane = evenements.readEvents(id);
        if (avecInstantane.hasNext()) {
            DomainEventMessage<?> premier = avecInstantane.peek();
            AggregateModel<?> modele = modele(premier.getType());
            if (modele.entityClass().isInstance(premier.getPayload()) && premier.getSequenceNumber() <= versionMax) {
                DomainEventStream couvert = evenements.readEvents(id, premier.getSequenceNumber());
                if (couvert.hasNext() && !couvert.peek().getTimestamp().isAfter(instant)) {
                    return avecInstantane;
                }
            }
        }
        return evenements.readEvents(id, 0);
    }

    private <T> EtatAggregat appliquer(AggregateModel<T> modele, String id, DomainEventStream flux) {
        EventSourcedAggregate<T> agregat = rejouer(modele, id, flux);
        return new EtatAggregat(
                modele.type(),
                agregat.version(),
                json.convertValue(agregat.getAggregateRoot(), new TypeReference<Map<String, Object>>() {}));
    }

    private static <T> EventSourcedAggregate<T> rejouer(AggregateModel<T> modele, String id, DomainEventStream flux) {
        T racine = new GenericAggregateFactory<>(modele).createAggregateRoot(id, flux.peek());
        EventSourcedAggregate<T> agregat = EventSourcedAggregate.initialize(
                racine, modele, SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        agregat.initializeState(flux);
        return agregat;
    }

    /** Un instantané de l'agrégat reconstruit depuis ses seuls événements, sans instantané antérieur. */
    public DomainEventMessage<?> instantaneDepuisLesEvenements(String id) {
        DomainEventStream flux = evenements.readEvents(id, 0);
        EventSourcedAggregate<?> agregat = rejouer(modele(flux.peek().getType()), id, flux);
        return new GenericDomainEventMessage<>(agregat.type(), id, agregat.version(), agregat.getAggregateRoot());
    }

    private AggregateModel<?> modele(String type) {
        AggregateModel<?> modele = modeles().get(type);
        if (modele == null) {
            throw new IllegalStateException("Aucun agrégat de type " + type + " n'est déclaré dans ce processus");
        }
        return modele;
    }

    /** Les modèles des agrégats déclarés à Axon, par nom de type (celui que portent leurs événements). */
    private Map<String, AggregateModel<?>> modeles() {
        if (modeles == null) {
            Configuration configuration = axon.getObject();
            modeles = configuration.findModules(AggregateConfiguration.class).stream()
                    .<AggregateModel<?>>map(c -> inspecter(configuration, c.aggregateType()))
                    .collect(Collectors.toMap(AggregateModel::type, m -> m));
        }
        return modeles;
    }

    /** Le modèle tel qu'Axon le construit pour le dépôt : mêmes résolveurs de paramètres, mêmes gestionnaires. */
    private static <T> AggregateModel<T> inspecter(Configuration configuration, Class<T> type) {
        return AnnotatedAggregateMetaModelFactory.inspectAggregate(
                type, configuration.parameterResolverFactory(), configuration.handlerDefinition(type));
    }
}
