package fr.socle.kernel.intervenant;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record RendezVousPlanifié(String intervenantId, String rendezVousId, String objet, Instant debut, Instant fin,
                                 boolean alerte, List<String> participants) {
}
