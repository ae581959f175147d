package fr.socle.api.piece;

import fr.socle.api.commun.Saisie;
import fr.socle.kernel.piece.EnregistrerPiece;
import fr.socle.kernel.piece.NumeroPiece;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;

public record EnregistrerPieceInput(
        String dossierId,
        String numero,
        LocalDate dateEmission,
        LocalDate dateEcheance,
        Montant montant,
        Montant solde) {
    EnregistrerPiece lire(String pieceId) {
        return new EnregistrerPiece(
                pieceId,
                Identifiant.lire(dossierId, "dossierId"),
                Saisie.obligatoire("numero", numero, NumeroPiece::new),
                dateEmission,
                dateEcheance,
                Saisie.obligatoire("montant", montant),
                solde);
    }
}
