package fr.socle.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.api.commun.Roles;
import fr.socle.query.audit.Evenement;
import fr.socle.query.audit.JournalFiltre;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Les événements à mesure qu'ils sont enregistrés, filtrés comme le journal. Chaque abonné lit le flux
 * du magasin depuis sa tête au moment de l'abonnement : cela marche quel que soit le processus qui écrit
 * (Axon Server compris), et un abonné lent ne retient personne.
 */
@Controller
public class EvenementsEnDirect {

    private final EventStore evenements;
    private final ObjectMapper json;

    public EvenementsEnDirect(EventStore evenements, ObjectMapper json) {
        this.evenements = evenements;
        this.json = json;
    }

    @SubscriptionMapping
    @PreAuthorize(Roles.AUDIT)
    public Flux<Evenement> evenements(@Argument JournalFiltre filtre) {
        JournalFiltre criteres = filtre == null ? JournalFiltre.TOUT : filtre;
        return Flux.create(
                abonne -> {
                    BlockingStream<TrackedEventMessage<?>> flux = evenements.openStream(evenements.createHeadToken());
                    Thread lecteur = new Thread(() -> lire(flux, criteres, abonne), "abonnement-evenements");
                    lecteur.setDaemon(true);
                    abonne.onDispose(() -> {
                        lecteur.interrupt();
                        flux.close();
                    });
                    lecteur.start();
                },
                FluxSink.OverflowStrategy.BUFFER);
    }

    private void lire(BlockingStream<TrackedEventMessage<?>> flux, JournalFiltre criteres, FluxSink<Evenement> abonne) {
        try {
            while (!abonne.isCancelled()) {
                if (flux.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    TrackedEventMessage<?> message = flux.nextAvailable();
                    if (message instanceof DomainEventMessage<?> domaine && criteres.accepte(domaine)) {
                        Evenement.duFlux(message, json).ifPresent(abonne::next);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            abonne.error(e);
        } finally {
            flux.close();
        }
    }
}
