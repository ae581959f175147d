package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NatureIntervenantChangée(String intervenantId, NatureIntervenant ancienne, NatureIntervenant nouvelle) {}
