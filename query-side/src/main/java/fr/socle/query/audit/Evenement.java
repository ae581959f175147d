package fr.socle.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.query.commun.ConfigurationLecture;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.Map;

/** Un événement du journal, tel que l'auditeur le lit : le fait, son auteur, son heure, sa commande d'origine. */
public record Evenement(long sequence, String type, Instant horodatage, String auteur, String aggregatId,
                        String aggregatType, String correlation, String identifiant, Object donnees) {

    public static Evenement de(DomainEventMessage<?> message, ObjectMapper json) {
        Map<String, Object> metadonnees = message.getMetaData();
        return new Evenement(
                message.getSequenceNumber(),
                message.getPayloadType().getSimpleName(),
                message.getTimestamp(),
                (String) metadonnees.getOrDefault(ConfigurationLecture.AUTEUR, ConfigurationLecture.ANONYME),
                message.getAggregateIdentifier(),
                message.getType(),
                (String) metadonnees.get("correlationId"),
                message.getIdentifier(),
                json.convertValue(message.getPayload(), Object.class));
    }
}
