package fr.socle.kernel.rappel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Fait sonner un rappel dû : envoyé par le planificateur, accepté une seule fois par rappel. */
public record DeclencherRappel(@TargetAggregateIdentifier String rappelId, LocalDate jour) {
}
