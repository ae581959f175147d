package fr.socle.query.commun;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lecture après écriture : une mutation attend que les projections aient traité ses propres événements
 * avant de répondre. Chaque événement projeté réveille ceux qui attendent son agrégat ; ils relisent
 * alors le modèle de lecture, seul juge de la version atteinte.
 */
@Component
public class SuiviProjections implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ConcurrentHashMap<String, List<CompletableFuture<Void>>> attentes = new ConcurrentHashMap<>();
    private final Duration delaiMax;
    private final ObjectProvider<EventProcessingConfiguration> processeurs;

    public SuiviProjections(
            @Value("${socle.lecture-apres-ecriture.delai:PT10S}") Duration delaiMax,
            ObjectProvider<EventProcessingConfiguration> processeurs) {
        this.delaiMax = delaiMax;
        this.processeurs = processeurs;
    }

    /**
     * Attend que chaque processeur d'événements ait traité le magasin jusqu'à la position globale
     * {@code position}, pour les segments que cette instance tient. Un processeur en marche qui n'en tient
     * aucun (d'autres instances du côté requêtes se les partagent) n'a rien à attendre ici ; un processeur
     * pas encore en marche, si.
     */
    public void attendrePosition(long position) {
        long limite = System.nanoTime() + delaiMax.toNanos();
        while (processeurs.getObject().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .anyMatch(processeur -> enRetard(processeur, position))) {
            if (System.nanoTime() > limite) {
                throw new ProjectionEnRetard("tous les modèles", position);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionEnRetard("tous les modèles", position);
            }
        }
    }

    private static boolean enRetard(StreamingEventProcessor processeur, long position) {
        var segments = processeur.processingStatus().values();
        if (segments.isEmpty()) {
            return !processeur.isRunning();
        }
        return segments.stream().anyMatch(s -> s.getCurrentPosition().orElse(-1) < position);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object resultat = chain.proceed();
        if (unitOfWork.getMessage() instanceof DomainEventMessage<?> evenement) {
            reveiller(evenement.getAggregateIdentifier());
        }
        return resultat;
    }

    private void reveiller(String aggregatId) {
        List<CompletableFuture<Void>> signaux = attentes.get(aggregatId);
        if (signaux != null) {
            signaux.forEach(s -> s.complete(null));
        }
    }

    /** Le modèle de lecture de {@code aggregatId} dès qu'il a atteint {@code version}. */
    public <T extends Versionne> T attendre(String aggregatId, long version, Supplier<Optional<T>> lecture) {
        long limite = System.nanoTime() + delaiMax.toNanos();
        while (true) {
            CompletableFuture<Void> signal = new CompletableFuture<>();
            attentes.compute(aggregatId, (id, liste) -> {
                List<CompletableFuture<Void>> l = liste == null ? new CopyOnWriteArrayList<>() : liste;
                l.add(signal);
                return l;
            });
            try {
                Optional<T> vue = lecture.get();
                if (vue.isPresent() && vue.get().version() >= version) {
                    return vue.get();
                }
                long reste = limite - System.nanoTime();
                if (reste <= 0) {
                    throw new ProjectionEnRetard(aggregatId, version);
                }
                signal.get(Math.min(reste, TimeUnit.MILLISECONDS.toNanos(250)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // on relit : un réveil a pu précéder l'inscription
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionEnRetard(aggregatId, version);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                attentes.computeIfPresent(aggregatId, (id, liste) -> {
                    liste.remove(signal);
                    return liste.isEmpty() ? null : liste;
                });
            }
        }
    }

    /** L'écriture est faite et durable, mais sa projection n'a pas suivi dans le délai. */
    public static class ProjectionEnRetard extends RuntimeException {
        public ProjectionEnRetard(String aggregatId, long version) {
            super(
                    "L'écriture est enregistrée mais le modèle de lecture de " + aggregatId
                            + " n'a pas encore atteint la version " + version,
                    null,
                    false,
                    false);
        }
    }
}
