package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.intervenant.NuméroAlloué;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Un compteur de numéros (matricules d'une nature, numéros de dossier de télégestion). Chaque numéro
 * est un événement de ce compteur : deux allocations simultanées visent le même numéro de séquence et
 * le magasin d'événements n'en accepte qu'une, l'autre est rejouée sur l'état à jour.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class CompteurNumeros {

    @AggregateIdentifier
    private String compteurId;

    private long dernier;

    /** Pour Axon, et pour ouvrir un compteur encore jamais utilisé. */
    public CompteurNumeros() {}

    long allouer(String compteur) {
        apply(new NuméroAlloué(compteur, dernier + 1));
        return dernier;
    }

    @EventSourcingHandler
    void on(NuméroAlloué evenement) {
        compteurId = evenement.compteurId();
        dernier = evenement.numero();
    }
}
