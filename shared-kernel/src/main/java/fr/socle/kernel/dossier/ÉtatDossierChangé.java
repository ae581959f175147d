package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ÉtatDossierChangé(String dossierId, EtatDossier ancien, EtatDossier nouveau) {}
