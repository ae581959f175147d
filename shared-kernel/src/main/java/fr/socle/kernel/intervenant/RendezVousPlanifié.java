package fr.socle.kernel.intervenant;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RendezVousPlanifié(
        String intervenantId,
        String rendezVousId,
        String objet,
        Instant debut,
        Instant fin,
        boolean alerte,
        List<String> participants) {}
