package fr.socle.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.query.commun.ConfigurationLecture;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Un événement du journal, tel que l'auditeur le lit : le fait, son auteur, son heure, sa commande d'origine.
 *
 * @param position la position globale de l'événement dans le magasin, connue quand il est lu dans le flux
 *                 de tous les événements (journal, abonnement), absente dans l'historique d'un agrégat
 */
public record Evenement(
        long sequence,
        String type,
        Instant horodatage,
        String auteur,
        String aggregatId,
        String aggregatType,
        String correlation,
        String identifiant,
        Object donnees,
        Long position) {

    public static Evenement de(DomainEventMessage<?> message, ObjectMapper json) {
        return de(message, null, json);
    }

    /** L'événement lu dans le flux global, s'il appartient à un agrégat (tous les événements du socle en ont un). */
    public static Optional<Evenement> duFlux(TrackedEventMessage<?> message, ObjectMapper json) {
        if (!(message instanceof DomainEventMessage<?> domaine)) {
            return Optional.empty();
        }
        return Optional.of(de(domaine, message.trackingToken().position().orElse(-1), json));
    }

    private static Evenement de(DomainEventMessage<?> message, Long position, ObjectMapper json) {
        Map<String, Object> metadonnees = message.getMetaData();
        return new Evenement(
                message.getSequenceNumber(),
                message.getPayloadType().getSimpleName(),
                message.getTimestamp(),
                auteur(message),
                message.getAggregateIdentifier(),
                message.getType(),
                (String) metadonnees.get("correlationId"),
                message.getIdentifier(),
                json.convertValue(message.getPayload(), Object.class),
                position);
    }

    static String auteur(DomainEventMessage<?> message) {
        return (String) message.getMetaData().getOrDefault(ConfigurationLecture.AUTEUR, ConfigurationLecture.ANONYME);
    }
}
