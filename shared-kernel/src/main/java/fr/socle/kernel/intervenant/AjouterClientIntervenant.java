package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Note un client (son dossier) chez qui l'intervenant est intervenu. */
public record AjouterClientIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        String dossierId,
        @TargetAggregateVersion Long versionAttendue) implements CommandeFicheIntervenant {}
