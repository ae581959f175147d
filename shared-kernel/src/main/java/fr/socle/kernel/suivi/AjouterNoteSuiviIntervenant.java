package fr.socle.kernel.suivi;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AjouterNoteSuiviIntervenant(
        @TargetAggregateIdentifier String intervenantId, NoteSuivi note) {}
