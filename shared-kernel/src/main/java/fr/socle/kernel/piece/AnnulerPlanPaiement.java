package fr.socle.kernel.piece;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AnnulerPlanPaiement(
        @TargetAggregateIdentifier String pieceId,
        String motif,
        @TargetAggregateVersion Long versionAttendue) {}
