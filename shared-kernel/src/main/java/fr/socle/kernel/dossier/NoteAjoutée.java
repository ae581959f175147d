package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Une note de suivi du dossier. */
@Revision("1")
public record NoteAjoutée(String dossierId, String noteId, String texte) {}
