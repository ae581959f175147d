package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record PlanifierSeance(
        @TargetAggregateIdentifier String dossierId,
        Seance seance,
        @TargetAggregateVersion Long versionAttendue) {}
