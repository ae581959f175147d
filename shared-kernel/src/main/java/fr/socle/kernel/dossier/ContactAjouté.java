package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Un contact de plus pour le dossier. */
@Revision("1")
public record ContactAjouté(String dossierId, Contact contact) {}
