package fr.socle.api.suivi;

import java.time.LocalDate;

/**
 * @param encadrant absent : le gestionnaire du client (celui qui a créé son dossier)
 * @param date      absente : aujourd'hui
 */
public record EvenementIndesirableInput(
        String dossierId, String intervenantId, String encadrant, String description, LocalDate date) {}
