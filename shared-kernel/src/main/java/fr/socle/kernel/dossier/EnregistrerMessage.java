package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record EnregistrerMessage(
        @TargetAggregateIdentifier String dossierId,
        String messageId,
        CanalMessage canal,
        String destinataire,
        String objet,
        @TargetAggregateVersion Long versionAttendue) {}
