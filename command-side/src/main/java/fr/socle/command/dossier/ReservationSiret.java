package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.dossier.SiretRéservé;
import fr.socle.kernel.valeur.Siret;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * La réservation d'un SIRET par un dossier : un agrégat par SIRET, d'identifiant {@code siret:<14 chiffres>}.
 * Elle naît dans la même écriture que le dossier ; deux créations simultanées du même SIRET se heurtent
 * à la clé unique (agrégat, séquence) du magasin d'événements : une seule l'emporte.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class ReservationSiret {

    @AggregateIdentifier
    private String reservationId;

    private String dossierId;

    protected ReservationSiret() {}

    ReservationSiret(Siret siret, String dossierId) {
        apply(new SiretRéservé(identifiant(siret), siret, dossierId));
    }

    public static String identifiant(Siret siret) {
        return "siret:" + siret.valeur();
    }

    /** Le dossier qui tient ce SIRET. */
    String dossierId() {
        return dossierId;
    }

    @EventSourcingHandler
    void on(SiretRéservé evenement) {
        reservationId = evenement.reservationId();
        dossierId = evenement.dossierId();
    }
}
