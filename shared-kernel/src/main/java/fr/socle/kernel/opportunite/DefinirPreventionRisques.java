package fr.socle.kernel.opportunite;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Remplace les mesures de prévention des risques de l'opportunité. */
public record DefinirPreventionRisques(
        @TargetAggregateIdentifier String opportuniteId,
        List<MesurePrevention> mesures,
        @TargetAggregateVersion Long versionAttendue) {

    public DefinirPreventionRisques {
        mesures = mesures == null ? List.of() : List.copyOf(mesures);
    }
}
