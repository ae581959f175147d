package fr.socle.kernel.piece;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CategoriserPiece(
        @TargetAggregateIdentifier String pieceId,
        Categorisation categorisation,
        @TargetAggregateVersion Long versionAttendue) {}
