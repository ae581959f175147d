package fr.socle.kernel.opportunite;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Réévaluation annuelle : verrouille l'opportunité, en crée la copie modifiable {@code copieId} et
 * programme le rappel {@code rappelId}.
 *
 * @param jour la date de la duplication, qui devient la date d'évaluation de la copie
 */
public record DupliquerOpportunite(
        @TargetAggregateIdentifier String opportuniteId,
        String copieId,
        String rappelId,
        LocalDate jour,
        @TargetAggregateVersion Long versionAttendue) {}
