package fr.socle.kernel.rappel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record TraiterRappel(
        @TargetAggregateIdentifier String rappelId,
        @TargetAggregateVersion Long versionAttendue) {}
