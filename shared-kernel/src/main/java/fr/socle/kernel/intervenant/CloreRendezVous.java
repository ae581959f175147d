package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CloreRendezVous(
        @TargetAggregateIdentifier String intervenantId,
        String rendezVousId,
        IssueRendezVous issue,
        @TargetAggregateVersion Long versionAttendue)
        implements CommandeRendezVous {}
