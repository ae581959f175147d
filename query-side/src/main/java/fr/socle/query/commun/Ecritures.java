package fr.socle.query.commun;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Le chemin de toute mutation : envoyer la commande, attendre qu'elle soit durable, puis rendre le
 * modèle de lecture tel qu'il est une fois ses événements projetés.
 */
@Component
public class Ecritures {

    private final CommandGateway commandes;
    private final EventStore evenements;
    private final SuiviProjections suivi;

    public Ecritures(CommandGateway commandes, EventStore evenements, SuiviProjections suivi) {
        this.commandes = commandes;
        this.evenements = evenements;
        this.suivi = suivi;
    }

    public <T extends Versionne> T executer(String aggregatId, Object commande, Supplier<Optional<T>> lecture) {
        commandes.sendAndWait(commande);
        return suivre(aggregatId, lecture);
    }

    /** Envoie une commande et attend qu'elle soit durable, sans attendre de modèle de lecture. */
    public void envoyer(Object commande) {
        commandes.sendAndWait(commande);
    }

    /**
     * Comme {@link #envoyer(Object)}, au nom de {@code auteur}, depuis un fil sans utilisateur authentifié
     * (un travail en arrière-plan) : la signature des commandes garde alors l'auteur que la commande porte.
     */
    public void envoyer(Object commande, String auteur) {
        commandes.sendAndWait(GenericCommandMessage.asCommandMessage(commande)
                .andMetaData(Map.of(ConfigurationLecture.AUTEUR, auteur)));
    }

    /**
     * Envoie une commande dont les effets touchent des modèles de lecture qu'on ne sait pas nommer d'avance
     * (un effacement RGPD atteint chaque copie des données d'une personne), et ne rend qu'une fois chaque
     * processeur arrivé au dernier événement du magasin.
     */
    public void executerPartout(Object commande) {
        commandes.sendAndWait(commande);
        TrackingToken tete = evenements.createHeadToken();
        suivi.attendrePosition(tete == null ? 0 : tete.position().orElse(0));
    }

    /**
     * Comme {@link #suivre}, pour un agrégat que la commande a pu ne pas créer (elle n'avait rien à écrire) :
     * sans événement, il n'y a rien à attendre.
     */
    public <T extends Versionne> void suivreSiExiste(String aggregatId, Supplier<Optional<T>> lecture) {
        evenements.lastSequenceNumberFor(aggregatId).ifPresent(version -> suivi.attendre(aggregatId, version, lecture));
    }

    /** Le modèle de lecture de {@code aggregatId} une fois projeté son dernier événement (un autre agrégat touché par la même commande). */
    public <T extends Versionne> T suivre(String aggregatId, Supplier<Optional<T>> lecture) {
        long version = evenements.lastSequenceNumberFor(aggregatId).orElse(0L);
        return suivi.attendre(aggregatId, version, lecture);
    }
}
