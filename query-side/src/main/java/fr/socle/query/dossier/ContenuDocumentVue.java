package fr.socle.query.dossier;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Le contenu d'un document déposé, à part du dossier pour que lister des dossiers ne charge pas leurs fichiers. */
@Document("contenusDocuments")
public record ContenuDocumentVue(@Id String id, String dossierId, String contenuBase64) {}
