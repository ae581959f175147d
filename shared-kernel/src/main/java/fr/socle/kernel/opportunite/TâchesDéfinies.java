package fr.socle.kernel.opportunite;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TâchesDéfinies(String opportuniteId, List<Tache> taches) {}
