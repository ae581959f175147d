package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record EnregistrerCommande(
        @TargetAggregateIdentifier String dossierId,
        Commande commande,
        @TargetAggregateVersion Long versionAttendue) {}
