package fr.socle.command.piece;

import fr.socle.command.dossier.Dossier;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.piece.EnregistrerPiece;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * L'enregistrement d'une pièce, en une seule unité de travail : le dossier doit exister dans le magasin
 * d'événements (pas dans un modèle de lecture qui pourrait être en retard), puis le numéro est retenu
 * pour ce dossier, puis la pièce naît.
 *
 * <p>Charger le dossier le verrouille jusqu'à la fin de l'unité de travail : deux enregistrements
 * simultanés dans un même dossier passent l'un après l'autre, et le second voit la réservation du
 * premier. La commande est routée par dossier pour qu'il en aille de même entre plusieurs nœuds.
 */
@Component
public class EnregistrementPieces {

    private final Repository<Dossier> dossiers;
    private final Repository<ReservationNumeroPiece> numeros;
    private final Repository<Piece> pieces;

    public EnregistrementPieces(
            @Qualifier("dossierRepository") Repository<Dossier> dossiers,
            @Qualifier("reservationNumeroPieceRepository") Repository<ReservationNumeroPiece> numeros,
            @Qualifier("pieceRepository") Repository<Piece> pieces) {
        this.dossiers = dossiers;
        this.numeros = numeros;
        this.pieces = pieces;
    }

    @CommandHandler
    public String handle(EnregistrerPiece commande) throws Exception {
        if (charger(dossiers, commande.dossierId()).isEmpty()) {
            throw Refus.introuvable("dossierId", "Aucun dossier " + commande.dossierId());
        }
        String reservation = ReservationNumeroPiece.identifiant(commande.dossierId(), commande.numero());
        Optional<String> detentrice = charger(numeros, reservation).map(r -> r.invoke(ReservationNumeroPiece::pieceId));
        if (detentrice.isPresent()) {
            throw Refus.invalide(
                    "numero",
                    "NUMERO_DEJA_UTILISE",
                    "Le numéro « " + commande.numero() + " » est déjà celui de la pièce " + detentrice.get()
                            + " dans ce dossier");
        }
        pieces.newInstance(() -> new Piece(commande));
        numeros.newInstance(
                () -> new ReservationNumeroPiece(commande.dossierId(), commande.numero(), commande.pieceId()));
        return commande.pieceId();
    }

    /** L'agrégat {@code id} s'il existe et s'il est bien de ce type (l'identifiant d'un autre agrégat n'en est pas un). */
    private static <T> Optional<Aggregate<T>> charger(Repository<T> depot, String id) {
        try {
            return Optional.of(depot.load(id));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return Optional.empty();
        }
    }
}
