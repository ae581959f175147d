package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record InviterDirigeant(
        @TargetAggregateIdentifier String dossierId,
        Invitation invitation,
        boolean envoyer,
        @TargetAggregateVersion Long versionAttendue) {}
