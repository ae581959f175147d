package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RendezVousAnnoté(String intervenantId, String rendezVousId, String note) {}
