package fr.socle.api.commun;

import fr.socle.kernel.ecriture.VersionsEcrites;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.SuiviProjections;
import fr.socle.query.commun.Versionne;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Le chemin de toute mutation : envoyer la commande, attendre qu'elle soit durable, puis rendre le
 * modèle de lecture tel qu'il est une fois ses événements projetés. La commande rend les versions
 * qu'elle a écrites ; c'est elles qu'on attend.
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

    /** Envoie la commande et rend le modèle de lecture de {@code aggregatId} une fois ses effets projetés. */
    public <T extends Versionne> T executer(String aggregatId, Object commande, Supplier<Optional<T>> lecture) {
        return envoyer(commande).lire(aggregatId, lecture);
    }

    /** Envoie une commande et attend qu'elle soit durable ; ce qu'elle a écrit se lit ensuite dans {@link Ecrit}. */
    public Ecrit envoyer(Object commande) {
        return new Ecrit(commandes.sendAndWait(commande));
    }

    /**
     * Comme {@link #envoyer(Object)}, au nom de {@code auteur}, depuis un fil sans utilisateur authentifié
     * (un travail en arrière-plan) : la signature des commandes garde alors l'auteur que la commande porte.
     */
    public Ecrit envoyer(Object commande, String auteur) {
        return new Ecrit(commandes.sendAndWait(GenericCommandMessage.asCommandMessage(commande)
                .andMetaData(Map.of(ConfigurationLecture.AUTEUR, auteur))));
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

    /** Ce qu'une commande a écrit, pour en lire les effets dans les modèles de lecture. */
    public final class Ecrit {

        private final VersionsEcrites versions;

        private Ecrit(Object reponse) {
            // Sans la réponse du côté commandes (une commande qu'aucun agrégat n'a traitée), rien n'est connu.
            this.versions = reponse instanceof VersionsEcrites v ? v : null;
        }

        /**
         * Le modèle de lecture de {@code aggregatId} une fois projetée la version que la commande lui a
         * donnée ; si elle ne l'a pas touché (rien à changer), une fois projeté son dernier événement.
         */
        public <T extends Versionne> T lire(String aggregatId, Supplier<Optional<T>> lecture) {
            long version = version(aggregatId)
                    .orElseGet(
                            () -> evenements.lastSequenceNumberFor(aggregatId).orElse(0L));
            return suivi.attendre(aggregatId, version, lecture);
        }

        /** Attend le modèle de lecture de {@code aggregatId} seulement si la commande l'a écrit. */
        public <T extends Versionne> void attendreSiEcrit(String aggregatId, Supplier<Optional<T>> lecture) {
            version(aggregatId).ifPresent(version -> suivi.attendre(aggregatId, version, lecture));
        }

        private OptionalLong version(String aggregatId) {
            return versions == null ? OptionalLong.empty() : versions.de(aggregatId);
        }
    }
}
