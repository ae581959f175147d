package fr.socle.kernel.rgpd;

/** Commande : rendre illisibles les données personnelles de tous les événements d'un agrégat. */
public record EffacerDonneesPersonnelles(String aggregatId) {}
