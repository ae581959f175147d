package fr.socle.kernel.opportunite;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ouvre une opportunité pour le dossier {@code dossierId}, qui doit exister.
 *
 * @param coordonnees  les coordonnées du client lues dans son dossier au moment de l'ouverture
 * @param gestionnaire l'utilisateur qui gère l'opportunité (et ses rappels)
 */
public record OuvrirOpportunite(
        @TargetAggregateIdentifier String opportuniteId,
        String dossierId,
        Coordonnees coordonnees,
        String gestionnaire,
        LocalDate dateEvaluation) {}
