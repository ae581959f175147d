package fr.socle.kernel.piece;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Le solde est nul : la pièce est fermée et rejoint l'historique. */
@Revision("1")
public record PièceSoldée(String pieceId, LocalDate date) {}
