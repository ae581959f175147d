package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierCréé(String dossierId, Titulaire titulaire) {}
