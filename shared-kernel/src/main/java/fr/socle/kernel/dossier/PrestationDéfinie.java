package fr.socle.kernel.dossier;

import org.axonframework.serialization.Revision;

/** La prestation du dossier, sa convention et ses financeurs, tels que retenus (financeur par défaut compris). */
@Revision("1")
public record PrestationDéfinie(String dossierId, Prestation prestation) {}
