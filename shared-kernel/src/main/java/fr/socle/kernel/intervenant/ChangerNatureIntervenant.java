package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangerNatureIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        NatureIntervenant nature,
        @TargetAggregateVersion Long versionAttendue)
        implements CommandeFicheIntervenant {}
