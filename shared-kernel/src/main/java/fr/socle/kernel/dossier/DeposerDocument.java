package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeposerDocument(
        @TargetAggregateIdentifier String dossierId,
        String documentId,
        String nom,
        String typeMime,
        ContenuDocument contenu,
        @TargetAggregateVersion Long versionAttendue) {}
