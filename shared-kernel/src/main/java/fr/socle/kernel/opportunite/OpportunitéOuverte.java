package fr.socle.kernel.opportunite;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record OpportunitéOuverte(String opportuniteId, String dossierId, Coordonnees coordonnees, String gestionnaire,
                                 LocalDate dateEvaluation) {
}
