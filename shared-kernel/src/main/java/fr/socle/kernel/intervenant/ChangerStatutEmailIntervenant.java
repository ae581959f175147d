package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangerStatutEmailIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        String emailId,
        StatutEmail statut,
        @TargetAggregateVersion Long versionAttendue) {}
