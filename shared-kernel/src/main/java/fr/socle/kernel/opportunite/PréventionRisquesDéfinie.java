package fr.socle.kernel.opportunite;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record PréventionRisquesDéfinie(String opportuniteId, List<MesurePrevention> mesures) {
}
