package fr.socle.kernel.piece;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Le solde est nul : la pièce est fermée et rejoint l'historique. */
@Revision("1")
public record PièceSoldée(String pieceId, LocalDate date) {
}
