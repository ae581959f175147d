package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AjouterContact(
        @TargetAggregateIdentifier String dossierId,
        Contact contact,
        @TargetAggregateVersion Long versionAttendue) {}
