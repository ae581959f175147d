package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AjouterExercice(
        @TargetAggregateIdentifier String dossierId,
        Exercice exercice,
        @TargetAggregateVersion Long versionAttendue) {}
