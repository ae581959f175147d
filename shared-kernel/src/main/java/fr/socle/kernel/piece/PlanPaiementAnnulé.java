package fr.socle.kernel.piece;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PlanPaiementAnnulé(String pieceId, int numero, String motif) {}
