package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NuméroAlloué(String compteurId, long numero) {}
