package fr.socle.kernel.rgpd;

import org.axonframework.serialization.Revision;

/**
 * Les données personnelles des événements d'un agrégat sont devenues illisibles : l'effacement lui-même
 * reste dans l'historique de l'agrégat. La révision 1 ne nommait que le sujet ({@code sujet}) ; la 2
 * nomme l'agrégat et son type.
 */
@Revision("2")
public record DonneesPersonnellesEffacées(String aggregatId, String aggregatType) {}
