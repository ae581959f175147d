package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Un document déposé dans le dossier, contenu compris (5 Mio au plus). */
@Revision("1")
public record DocumentDéposé(
        String dossierId, String documentId, String nom, String typeMime, long taille, String contenuBase64) {}
