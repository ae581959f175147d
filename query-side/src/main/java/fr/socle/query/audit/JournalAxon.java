package fr.socle.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Le journal lu par le flux d'Axon, valable pour tout magasin : le flux part de la position du curseur,
 * s'arrête dès que la page est pleine ou que la tête du magasin, relevée au départ, est atteinte (un flux
 * ouvert attendrait sinon les événements à venir).
 */
@Component
public class JournalAxon implements SourceJournal {

    private static final long ATTENTE_MAX_SECONDES = 10;

    private final EventStore evenements;
    private final ObjectMapper json;

    public JournalAxon(EventStore evenements, ObjectMapper json) {
        this.evenements = evenements;
        this.json = json;
    }

    @Override
    public List<Evenement> lire(JournalFiltre filtre, long apres, int limite) {
        List<Evenement> lus = new ArrayList<>(limite);
        parcourir(apres, m -> {
            if (filtre.accepte(m)) {
                Evenement.duFlux((TrackedEventMessage<?>) m, json).ifPresent(lus::add);
            }
            return lus.size() < limite;
        });
        return lus;
    }

    @Override
    public long compter(JournalFiltre filtre) {
        long[] total = {0};
        parcourir(-1, m -> {
            if (filtre.accepte(m)) {
                total[0]++;
            }
            return true;
        });
        return total[0];
    }

    /** Présente à {@code suite} chaque événement d'agrégat après {@code apres}, tant qu'elle répond vrai. */
    private void parcourir(long apres, Predicate<DomainEventMessage<?>> suite) {
        OptionalLong tete = position(evenements.createHeadToken());
        if (tete.isEmpty() || apres >= tete.getAsLong()) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> flux = evenements.openStream(jetonApres(apres))) {
            while (flux.hasNextAvailable((int) ATTENTE_MAX_SECONDES, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = flux.nextAvailable();
                if (message instanceof DomainEventMessage<?> domaine && !suite.test(domaine)) {
                    return;
                }
                if (position(message.trackingToken()).orElse(Long.MAX_VALUE) >= tete.getAsLong()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Lecture du journal interrompue", e);
        }
    }

    /** Un jeton du type du magasin, placé juste après la position {@code apres} ({@code null} : depuis le début). */
    private TrackingToken jetonApres(long apres) {
        if (apres < 0) {
            return null;
        }
        return evenements.createTailToken() instanceof GlobalSequenceTrackingToken
                ? new GlobalSequenceTrackingToken(apres)
                : GapAwareTrackingToken.newInstance(apres, List.of());
    }

    private static OptionalLong position(TrackingToken jeton) {
        return jeton == null ? OptionalLong.empty() : jeton.position();
    }
}
