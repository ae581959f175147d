package fr.socle.kernel.opportunite;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Remplace les compléments d'information ; un texte absent les efface. */
public record RenseignerInformations(
        @TargetAggregateIdentifier String opportuniteId,
        String informations,
        @TargetAggregateVersion Long versionAttendue) {}
