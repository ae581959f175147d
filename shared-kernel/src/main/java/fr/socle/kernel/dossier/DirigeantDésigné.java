package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Le dirigeant à inviter et ses thèmes ; l'invitation n'est pas encore envoyée. */
@Revision("1")
public record DirigeantDésigné(String dossierId, Invitation invitation) {}
