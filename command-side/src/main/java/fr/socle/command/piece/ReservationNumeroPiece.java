package fr.socle.command.piece;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.piece.NumeroPiece;
import fr.socle.kernel.piece.NuméroPièceRéservé;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Le numéro d'une pièce retenu dans son dossier : un agrégat par couple (dossier, numéro), d'identifiant
 * {@code numero-piece:<dossier>:<NUMÉRO>}. Il naît dans la même écriture que la pièce ; si deux
 * enregistrements du même numéro échappaient au verrou du dossier, la clé unique (agrégat, séquence)
 * du magasin d'événements n'en laisserait passer qu'un.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class ReservationNumeroPiece {

    @AggregateIdentifier
    private String reservationId;

    private String pieceId;

    protected ReservationNumeroPiece() {}

    ReservationNumeroPiece(String dossierId, NumeroPiece numero, String pieceId) {
        apply(new NuméroPièceRéservé(identifiant(dossierId, numero), dossierId, numero, pieceId));
    }

    public static String identifiant(String dossierId, NumeroPiece numero) {
        return "numero-piece:" + dossierId + ":" + numero.cle();
    }

    /** La pièce qui porte ce numéro. */
    String pieceId() {
        return pieceId;
    }

    @EventSourcingHandler
    void on(NuméroPièceRéservé evenement) {
        reservationId = evenement.reservationId();
        pieceId = evenement.pieceId();
    }
}
