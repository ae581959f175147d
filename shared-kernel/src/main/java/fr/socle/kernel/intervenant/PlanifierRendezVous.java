package fr.socle.kernel.intervenant;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record PlanifierRendezVous(
        @TargetAggregateIdentifier String intervenantId,
        String rendezVousId,
        String objet,
        Instant debut,
        Instant fin,
        boolean alerte,
        List<String> participants,
        @TargetAggregateVersion Long versionAttendue) {}
