package fr.socle.command.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.dossier.ChangerStatutMessage;
import fr.socle.kernel.dossier.MessageEnvoyé;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.dossier.StatutMessageChangé;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/** Un message envoyé depuis le dossier et son statut, qui ne suit que les transitions permises. */
class MessageDossier {

    @EntityId
    private String messageId;

    private StatutMessage statut;

    private MessageDossier() {}

    MessageDossier(MessageEnvoyé envoye) {
        messageId = envoye.messageId();
        statut = StatutMessage.ENVOYE;
    }

    @CommandHandler
    void handle(ChangerStatutMessage commande) {
        if (statut.changePour(commande.statut(), "statut", "Un message")) {
            apply(new StatutMessageChangé(commande.dossierId(), messageId, statut, commande.statut()));
        }
    }

    @EventSourcingHandler
    void on(StatutMessageChangé evenement) {
        statut = evenement.nouveau();
    }

    // Égaux quand leur état l'est : le banc d'essai d'Axon compare l'état décidé à l'état rejoué.
    @Override
    public boolean equals(Object objet) {
        return objet instanceof MessageDossier autre
                && Objects.equals(messageId, autre.messageId)
                && statut == autre.statut;
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, statut);
    }
}
