package fr.socle.kernel.piece;

import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Enregistre une pièce dans un dossier existant. Routée par dossier : les enregistrements d'un même
 * dossier sont traités l'un après l'autre, ce qui rend l'unicité du numéro sûre.
 *
 * @param solde le reste dû à l'enregistrement ; le montant entier s'il est absent
 */
public record EnregistrerPiece(
        String pieceId,
        @RoutingKey String dossierId,
        NumeroPiece numero,
        LocalDate dateEmission,
        LocalDate dateEcheance,
        Montant montant,
        Montant solde) {}
