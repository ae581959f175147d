package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RendezVousClos(String intervenantId, String rendezVousId, IssueRendezVous issue) {}
