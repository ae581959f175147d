package fr.socle.api.intervenant;

import java.time.Instant;
import java.util.List;

public record RendezVousInput(String objet, Instant debut, Instant fin, Boolean alerte, List<String> participants) {}
