package fr.socle.kernel.suivi;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record TraiterEvenementIndesirable(
        @TargetAggregateIdentifier String evenementId,
        @TargetAggregateVersion Long versionAttendue) {}
