package fr.socle.kernel.audit;

import java.time.Instant;

/**
 * Requête : un agrégat reconstruit depuis ses événements, jusqu'à un instant ou jusqu'à une version
 * (l'un des deux ; les deux cumulés si tous deux sont donnés).
 *
 * @param instant dernier horodatage d'événement pris en compte, inclus
 * @param version dernier numéro de séquence pris en compte, inclus
 */
public record EtatAggregatAu(String aggregatId, Instant instant, Long version) {}
