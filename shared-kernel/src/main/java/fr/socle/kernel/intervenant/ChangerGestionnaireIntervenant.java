package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangerGestionnaireIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        String gerePar,
        @TargetAggregateVersion Long versionAttendue) {}
