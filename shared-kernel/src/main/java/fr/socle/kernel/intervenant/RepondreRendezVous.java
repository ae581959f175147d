package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RepondreRendezVous(
        @TargetAggregateIdentifier String intervenantId,
        String rendezVousId,
        String participant,
        ReponseParticipant reponse,
        @TargetAggregateVersion Long versionAttendue)
        implements CommandeRendezVous {}
