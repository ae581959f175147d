package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AnnoterRendezVous(
        @TargetAggregateIdentifier String intervenantId,
        String rendezVousId,
        String note,
        @TargetAggregateVersion Long versionAttendue)
        implements CommandeRendezVous {}
