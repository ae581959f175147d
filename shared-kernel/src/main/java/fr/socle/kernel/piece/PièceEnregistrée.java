package fr.socle.kernel.piece;

import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Une pièce entre dans le suivi, catégorisée NCT. */
@Revision("1")
public record PièceEnregistrée(
        String pieceId,
        String dossierId,
        NumeroPiece numero,
        LocalDate dateEmission,
        LocalDate dateEcheance,
        Montant montant,
        Montant solde) {}
