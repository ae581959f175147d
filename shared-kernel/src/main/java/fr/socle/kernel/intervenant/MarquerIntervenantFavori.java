package fr.socle.kernel.intervenant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ajoute l'intervenant aux favoris de l'auteur de la commande, ou l'en retire. */
public record MarquerIntervenantFavori(
        @TargetAggregateIdentifier String intervenantId,
        boolean favori,
        @TargetAggregateVersion Long versionAttendue) {}
