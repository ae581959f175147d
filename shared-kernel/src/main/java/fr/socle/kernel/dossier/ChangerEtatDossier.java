package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangerEtatDossier(
        @TargetAggregateIdentifier String dossierId,
        EtatDossier etat,
        @TargetAggregateVersion Long versionAttendue) {}
