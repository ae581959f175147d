package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangerStatutMessage(
        @TargetAggregateIdentifier String dossierId,
        String messageId,
        StatutMessage statut,
        @TargetAggregateVersion Long versionAttendue) {}
