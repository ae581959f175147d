package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RetirerCollaborateur(
        @TargetAggregateIdentifier String dossierId,
        String collaborateur,
        @TargetAggregateVersion Long versionAttendue) {}
