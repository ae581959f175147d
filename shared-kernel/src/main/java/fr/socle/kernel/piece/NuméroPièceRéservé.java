package fr.socle.kernel.piece;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NuméroPièceRéservé(String reservationId, String dossierId, NumeroPiece numero, String pieceId) {}
