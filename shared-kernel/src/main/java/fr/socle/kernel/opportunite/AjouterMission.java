package fr.socle.kernel.opportunite;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AjouterMission(
        @TargetAggregateIdentifier String opportuniteId,
        Mission mission,
        @TargetAggregateVersion Long versionAttendue) {}
