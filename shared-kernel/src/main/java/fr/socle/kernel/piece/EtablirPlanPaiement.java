package fr.socle.kernel.piece;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record EtablirPlanPaiement(
        @TargetAggregateIdentifier String pieceId,
        Echeancier echeancier,
        @TargetAggregateVersion Long versionAttendue) {}
