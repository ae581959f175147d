package fr.socle.kernel.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AjouterNote(@TargetAggregateIdentifier String dossierId, String noteId, String texte,
        @TargetAggregateVersion Long versionAttendue) {
}
