package fr.socle.kernel.opportunite;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MissionRetirée(String opportuniteId, String missionId) {}
