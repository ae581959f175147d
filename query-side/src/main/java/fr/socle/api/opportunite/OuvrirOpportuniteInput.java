package fr.socle.api.opportunite;

import java.time.LocalDate;

/**
 * @param gestionnaire   absent : l'utilisateur qui ouvre l'opportunité
 * @param dateEvaluation absente : aujourd'hui
 */
public record OuvrirOpportuniteInput(String dossierId, String gestionnaire, LocalDate dateEvaluation) {}
