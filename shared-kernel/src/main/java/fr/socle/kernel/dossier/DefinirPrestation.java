package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DefinirPrestation(
        @TargetAggregateIdentifier String dossierId,
        Prestation prestation,
        @TargetAggregateVersion Long versionAttendue) {}
