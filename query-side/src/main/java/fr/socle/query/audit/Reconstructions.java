package fr.socle.query.audit;

import fr.socle.kernel.erreur.Refus;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Les reconstructions des modèles de lecture depuis le magasin d'événements, et le seul endroit qui
 * suit leur avancement : celles qu'un administrateur demande (les processeurs sont arrêtés, leurs jetons
 * remis au début, leurs {@code @ResetHandler} vident leurs collections, puis ils repartent pendant que
 * l'API continue de répondre) comme celle du démarrage après un arrêt brutal. L'avancement (événements
 * traités sur total, débit, fin estimée) se lit par requête et s'écrit dans le journal.
 */
@Component
public class Reconstructions {

    private static final Logger LOG = LoggerFactory.getLogger(Reconstructions.class);
    /** L'identifiant de la reconstruction faite au démarrage après un arrêt brutal. */
    public static final String DEMARRAGE = "demarrage";

    private final EventProcessingConfiguration processeurs;
    private final EventStore evenements;
    private final Map<String, Suivi> suivis = new ConcurrentHashMap<>();
    private final ScheduledExecutorService horloge = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reconstructions");
        t.setDaemon(true);
        return t;
    });

    public Reconstructions(
            EventProcessingConfiguration processeurs,
            EventStore evenements,
            @Value("${socle.reconstruction.journalisation:PT2S}") Duration periode) {
        this.processeurs = processeurs;
        this.evenements = evenements;
        horloge.scheduleAtFixedRate(this::journaliser, periode.toMillis(), periode.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Les projections (groupes de traitement) qui peuvent être reconstruites. */
    public List<String> projections() {
        return streaming(processeurs.eventProcessors().keySet()).stream()
                .map(StreamingEventProcessor::getName)
                .sorted()
                .toList();
    }

    /** Reconstruit une projection, ou toutes si {@code projection} est absente ; rend aussitôt. */
    public Reconstruction lancer(String projection) {
        List<StreamingEventProcessor> cibles = projection == null || projection.isBlank()
                ? streaming(processeurs.eventProcessors().keySet())
                : List.of(processeurs
                        .<EventProcessor>eventProcessorByProcessingGroup(projection.strip())
                        .filter(p -> p instanceof StreamingEventProcessor s && s.supportsReset())
                        .map(StreamingEventProcessor.class::cast)
                        .orElseThrow(() -> Refus.introuvable(
                                "projection",
                                "Aucune projection « " + projection + " » ; projections : " + projections())));
        Suivi suivi = new Suivi(UUID.randomUUID().toString(), cibles, tete(), true);
        synchronized (suivis) {
            // Deux réinitialisations entremêlées d'un même processeur laisseraient un modèle à moitié rejoué.
            suivis.values().stream()
                    .filter(s -> s.rafraichir().etat() == EtatReconstruction.EN_COURS
                            && s.processeurs.stream().anyMatch(cibles::contains))
                    .findAny()
                    .ifPresent(s -> {
                        throw Refus.conflit(
                                "projection",
                                "RECONSTRUCTION_EN_COURS",
                                "La reconstruction " + s.id + " de " + s.noms() + " n'est pas finie");
                    });
            suivis.put(suivi.id, suivi);
        }
        LOG.info("Reconstruction {} de {} : {} événements à rejouer", suivi.id, suivi.noms(), suivi.total);
        horloge.execute(() -> reinitialiser(suivi));
        return suivi.rafraichir();
    }

    /** Suit, sans les réinitialiser, des projections qui repartent du début du magasin (démarrage après arrêt brutal). */
    public Reconstruction suivreDemarrage() {
        Suivi suivi =
                new Suivi(DEMARRAGE, streaming(processeurs.eventProcessors().keySet()), tete(), false);
        suivis.put(suivi.id, suivi);
        LOG.info("Reconstruction des modèles de lecture au démarrage : {} événements à rejouer", suivi.total);
        return suivi.rafraichir();
    }

    public Optional<Reconstruction> lire(String id) {
        return Optional.ofNullable(suivis.get(id)).map(Suivi::rafraichir);
    }

    private void reinitialiser(Suivi suivi) {
        try {
            for (StreamingEventProcessor processeur : suivi.processeurs) {
                processeur.shutDown();
                processeur.resetTokens();
                processeur.start();
            }
            suivi.relancee = true;
        } catch (RuntimeException e) {
            LOG.error("Reconstruction {} de {} en échec", suivi.id, suivi.noms(), e);
            suivi.echec = true;
        }
    }

    private void journaliser() {
        suivis.values().stream().filter(s -> s.fin == null).forEach(s -> {
            Reconstruction r = s.rafraichir();
            if (r.etat() == EtatReconstruction.EN_COURS) {
                LOG.info(
                        "Reconstruction {} de {} : {}/{} événements, {} événements/s, fin estimée {}",
                        r.id(),
                        r.projections(),
                        r.traites(),
                        r.total(),
                        Math.round(r.debit()),
                        r.resteSecondes() == null ? "inconnue" : "dans " + r.resteSecondes() + " s");
            }
        });
    }

    private List<StreamingEventProcessor> streaming(Collection<String> noms) {
        return noms.stream()
                .map(processeurs::eventProcessor)
                .flatMap(Optional::stream)
                .filter(p -> p instanceof StreamingEventProcessor s && s.supportsReset())
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private long tete() {
        TrackingToken tete = evenements.createHeadToken();
        return tete == null ? 0 : tete.position().orElse(0);
    }

    @PreDestroy
    void arreter() {
        horloge.shutdownNow();
    }

    /** Une reconstruction en cours ou finie ; son état se déduit de celui des processeurs. */
    private static final class Suivi {
        final String id;
        final List<StreamingEventProcessor> processeurs;
        final long total;
        final Instant debut = Instant.now();
        volatile boolean relancee;
        volatile boolean echec;
        volatile Instant fin;
        volatile long traites;

        Suivi(String id, List<StreamingEventProcessor> processeurs, long total, boolean parReinitialisation) {
            this.id = id;
            this.processeurs = processeurs;
            this.total = total;
            this.relancee = !parReinitialisation;
        }

        List<String> noms() {
            return processeurs.stream().map(StreamingEventProcessor::getName).toList();
        }

        synchronized Reconstruction rafraichir() {
            if (fin == null) {
                long position = total;
                for (StreamingEventProcessor p : processeurs) {
                    Map<Integer, EventTrackerStatus> etats = p.processingStatus();
                    if (etats.isEmpty()) {
                        position = 0;
                    }
                    for (EventTrackerStatus etat : etats.values()) {
                        echec |= etat.isErrorState();
                        position = Math.min(position, etat.getCurrentPosition().orElse(0));
                    }
                }
                traites = relancee ? Math.max(0, position) : 0;
                // Axon ne sort du mode « rejeu » qu'au premier événement postérieur au lancement : la
                // reconstruction est finie dès que toutes les projections ont atteint la tête d'alors.
                if (echec || relancee && traites >= total) {
                    fin = Instant.now();
                    LOG.info(
                            "Reconstruction {} de {} {} : {}/{} événements en {} ms",
                            id,
                            noms(),
                            echec ? "en échec" : "terminée",
                            traites,
                            total,
                            Duration.between(debut, fin).toMillis());
                }
            }
            double secondes = Math.max(
                            1,
                            Duration.between(debut, fin == null ? Instant.now() : fin)
                                    .toMillis())
                    / 1000.0;
            double debit = traites / secondes;
            Long reste = fin != null
                    ? Long.valueOf(0)
                    : debit > 0 ? Long.valueOf(Math.round((total - traites) / debit)) : null;
            EtatReconstruction etat = echec
                    ? EtatReconstruction.ECHOUEE
                    : fin != null ? EtatReconstruction.TERMINEE : EtatReconstruction.EN_COURS;
            return new Reconstruction(id, etat, traites, total, noms(), debit, reste, debut, fin);
        }
    }
}
