package fr.socle.kernel.piece;

import fr.socle.kernel.valeur.Montant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record EnregistrerPaiement(@TargetAggregateIdentifier String pieceId, Montant montant, LocalDate date,
                                  @TargetAggregateVersion Long versionAttendue) {
}
