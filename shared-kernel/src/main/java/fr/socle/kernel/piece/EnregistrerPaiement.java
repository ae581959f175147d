package fr.socle.kernel.piece;

import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record EnregistrerPaiement(
        @TargetAggregateIdentifier String pieceId,
        Montant montant,
        LocalDate date,
        @TargetAggregateVersion Long versionAttendue) {}
