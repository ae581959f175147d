package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreerDossier(@TargetAggregateIdentifier String dossierId, Titulaire titulaire) {
}
