package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AffecterCollaborateur(
        @TargetAggregateIdentifier String dossierId,
        String collaborateur,
        @TargetAggregateVersion Long versionAttendue) {}
