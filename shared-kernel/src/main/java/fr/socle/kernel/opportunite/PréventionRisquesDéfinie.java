package fr.socle.kernel.opportunite;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PréventionRisquesDéfinie(String opportuniteId, List<MesurePrevention> mesures) {}
