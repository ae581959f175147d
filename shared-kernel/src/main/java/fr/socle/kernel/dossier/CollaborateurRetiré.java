package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Un membre du cabinet n'a plus accès au dossier. */
@Revision("1")
public record CollaborateurRetiré(String dossierId, String collaborateur) {}
