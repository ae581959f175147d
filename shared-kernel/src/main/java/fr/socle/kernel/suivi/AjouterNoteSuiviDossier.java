package fr.socle.kernel.suivi;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AjouterNoteSuiviDossier(
        @TargetAggregateIdentifier String dossierId, NoteSuivi note) {}
