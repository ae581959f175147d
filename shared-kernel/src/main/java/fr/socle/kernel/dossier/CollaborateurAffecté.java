package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Un membre du cabinet a désormais accès au dossier. */
@Revision("1")
public record CollaborateurAffecté(String dossierId, String collaborateur) {}
