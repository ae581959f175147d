package fr.socle.kernel.opportunite;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RetirerMission(
        @TargetAggregateIdentifier String opportuniteId,
        String missionId,
        @TargetAggregateVersion Long versionAttendue) {}
