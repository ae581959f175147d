package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangerPhotoIntervenant(
        @TargetAggregateIdentifier String intervenantId,
        Photo photo,
        @TargetAggregateVersion Long versionAttendue) {}
