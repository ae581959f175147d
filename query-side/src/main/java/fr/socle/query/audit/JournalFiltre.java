package fr.socle.query.audit;

import fr.socle.kernel.erreur.Refus;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Les critères du journal et de l'abonnement aux événements, tous facultatifs et cumulés.
 *
 * @param types        noms d'événements ({@code DossierCréé}) : l'un d'eux
 * @param depuis       horodatage minimal, inclus
 * @param jusqua       horodatage maximal, inclus
 * @param aggregatType type d'agrégat ({@code Dossier})
 */
public record JournalFiltre(List<String> types, String auteur, Instant depuis, Instant jusqua, String aggregatType) {

    public static final JournalFiltre TOUT = new JournalFiltre(null, null, null, null, null);

    public JournalFiltre {
        types = types == null ? List.of() : List.copyOf(types);
        auteur = auteur == null || auteur.isBlank() ? null : auteur.strip();
        aggregatType = aggregatType == null || aggregatType.isBlank() ? null : aggregatType.strip();
        if (depuis != null && jusqua != null && depuis.isAfter(jusqua)) {
            throw Refus.invalide("filtre.jusqua", "PERIODE_INVALIDE", "« jusqua » précède « depuis »");
        }
    }

    /** Décide sans lire le contenu de l'événement, que le magasin ne désérialise qu'à la demande. */
    public boolean accepte(DomainEventMessage<?> message) {
        return (types.isEmpty() || types.contains(message.getPayloadType().getSimpleName()))
                && (aggregatType == null || aggregatType.equals(message.getType()))
                && (auteur == null || auteur.equals(Evenement.auteur(message)))
                && (depuis == null || !message.getTimestamp().isBefore(depuis))
                && (jusqua == null || !message.getTimestamp().isAfter(jusqua));
    }
}
