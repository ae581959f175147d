package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** Une séance planifiée dans le dossier. */
@Revision("1")
public record SéancePlanifiée(String dossierId, Seance seance) {}
