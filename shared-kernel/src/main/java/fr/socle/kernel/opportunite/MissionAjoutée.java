package fr.socle.kernel.opportunite;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MissionAjoutée(String opportuniteId, Mission mission) {}
