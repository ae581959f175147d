package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Le prestataire d'envoi a rapporté un nouveau statut pour un message. */
@Revision("1")
public record StatutMessageChangé(String dossierId, String messageId, StatutMessage ancien, StatutMessage nouveau) {}
