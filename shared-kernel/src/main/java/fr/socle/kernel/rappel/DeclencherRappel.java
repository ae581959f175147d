package fr.socle.kernel.rappel;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fait sonner un rappel dû : envoyé par le planificateur, accepté une seule fois par rappel. */
public record DeclencherRappel(@TargetAggregateIdentifier String rappelId, LocalDate jour) {}
