package fr.socle.command.rgpd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link DonneesPersonnellesEffacées} révision 1 → 2 : {@code sujet} devient {@code aggregatId}, et le type
 * d'agrégat, que la révision 1 n'écrivait pas, est pris dans l'enveloppe de l'événement.
 */
@Component
public class EffacementRevision1 extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(DonneesPersonnellesEffacées.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(DonneesPersonnellesEffacées.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getAggregateType().orElse(null);
        return representation.upcastPayload(REVISION_2, JsonNode.class, ancien -> {
            ObjectNode nouveau = ((ObjectNode) ancien.deepCopy());
            nouveau.set("aggregatId", nouveau.remove("sujet"));
            nouveau.put("aggregatType", type);
            return nouveau;
        });
    }
}
