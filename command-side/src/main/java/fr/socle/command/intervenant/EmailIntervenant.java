package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.ChangerStatutEmailIntervenant;
import fr.socle.kernel.intervenant.EmailIntervenantEnregistré;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.intervenant.StatutEmailIntervenantChangé;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * Un e-mail envoyé à l'intervenant et son statut de remise, qui ne suit que les transitions permises
 * ({@link StatutEmail#suivantsPermis()}).
 */
class EmailIntervenant {

    @EntityId
    private String emailId;

    private StatutEmail statut;

    private EmailIntervenant() {}

    EmailIntervenant(EmailIntervenantEnregistré enregistre) {
        emailId = enregistre.emailId();
        statut = StatutEmail.DELIVRE;
    }

    @CommandHandler
    void handle(ChangerStatutEmailIntervenant commande) {
        StatutEmail cible = Refus.obligatoire(commande.statut(), "statut", "Le statut est obligatoire");
        if (statut.changePour(cible, "statut", "Un e-mail")) {
            apply(new StatutEmailIntervenantChangé(commande.intervenantId(), emailId, statut, cible));
        }
    }

    @EventSourcingHandler
    void on(StatutEmailIntervenantChangé evenement) {
        statut = evenement.nouveau();
    }

    // Égaux quand leur état l'est : le banc d'essai d'Axon compare l'état décidé à l'état rejoué.
    @Override
    public boolean equals(Object objet) {
        return objet instanceof EmailIntervenant autre
                && Objects.equals(emailId, autre.emailId)
                && Objects.equals(statut, autre.statut);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emailId, statut);
    }
}
