package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record GenererMatricule(
        @TargetAggregateIdentifier String intervenantId,
        @TargetAggregateVersion Long versionAttendue) implements CommandeFicheIntervenant {}
