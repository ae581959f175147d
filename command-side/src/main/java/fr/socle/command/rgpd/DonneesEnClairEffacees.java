package fr.socle.command.rgpd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.opportunite.OpportunitéCopiée;
import fr.socle.kernel.opportunite.OpportunitéOuverte;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.SujetDonneesPersonnelles;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Les révisions 1 qui écrivaient des données personnelles en clair, vers leur révision 2 (chiffrée) : les
 * octets stockés ne changent pas, mais un sujet effacé se relit {@link DonneePersonnelle#EFFACEE}, par
 * toutes les lectures (historique, journal, état passé, reconstruction des modèles). C'est la carte des
 * données personnelles de ces anciennes révisions : quels champs, et sous quel sujet.
 */
@Component
public class DonneesEnClairEffacees extends SingleEventUpcaster {

    /** Un ancien événement en clair : le sujet de ses données, et où elles sont dans son JSON. */
    private record EnClair(
            BiFunction<String, JsonNode, String> sujet, String objet, List<String> textes, List<String> valeurs) {}

    private static final EnClair COORDONNEES = new EnClair(
            (aggregat, json) ->
                    SujetDonneesPersonnelles.sousSujet(json.path("dossierId").asText(), aggregat),
            "coordonnees",
            List.of("prenom", "nom", "email", "telephone"),
            List.of("adresse"));

    private static final Map<String, EnClair> REVISIONS_1 = Map.of(
            FicheAnnuaireCréée.class.getName(),
                    new EnClair(
                            (aggregat, json) -> aggregat, null, List.of("nom", "prenom", "email", "mobile"), List.of()),
            OpportunitéOuverte.class.getName(), COORDONNEES,
            OpportunitéCopiée.class.getName(), COORDONNEES);

    private final ObjectProvider<CoffreCles> coffre;

    public DonneesEnClairEffacees(ObjectProvider<CoffreCles> coffre) {
        this.coffre = coffre;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return "1".equals(representation.getType().getRevision())
                && REVISIONS_1.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        EnClair carte = REVISIONS_1.get(type);
        String aggregat = representation.getAggregateIdentifier().orElse("");
        return representation.upcastPayload(new SimpleSerializedType(type, "2"), JsonNode.class, ancien -> {
            if (!coffre.getObject().efface(carte.sujet().apply(aggregat, ancien))) {
                return ancien;
            }
            ObjectNode nouveau = ancien.deepCopy();
            JsonNode cible = carte.objet() == null ? nouveau : nouveau.path(carte.objet());
            if (cible instanceof ObjectNode donnees) {
                carte.textes().stream()
                        .filter(donnees::hasNonNull)
                        .forEach(champ -> donnees.put(champ, DonneePersonnelle.EFFACEE));
                carte.valeurs().forEach(donnees::putNull);
            }
            return nouveau;
        });
    }
}
