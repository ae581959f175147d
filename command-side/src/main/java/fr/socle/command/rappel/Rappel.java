package fr.socle.command.rappel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.rappel.DeclencherRappel;
import fr.socle.kernel.rappel.ProgrammerRappel;
import fr.socle.kernel.rappel.RappelDéclenché;
import fr.socle.kernel.rappel.RappelProgrammé;
import fr.socle.kernel.rappel.RappelTraité;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.kernel.rappel.TraiterRappel;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Un rappel à échéance. Son échéance est dans ses événements : le planificateur la retrouve après un
 * redémarrage. Il ne sonne qu'une fois : un second déclenchement est refusé ici, et deux déclenchements
 * concurrents se heurtent au verrouillage optimiste du magasin d'événements.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Rappel {

    @AggregateIdentifier
    private String rappelId;

    private LocalDate echeance;
    private String gerePar;
    private boolean alerte;
    private boolean alerteMail;
    private boolean declenche;
    private SituationRappel situation;

    protected Rappel() {}

    @CommandHandler
    public Rappel(ProgrammerRappel commande) {
        apply(new RappelProgrammé(
                commande.rappelId(),
                commande.titre(),
                commande.echeance(),
                commande.categorie(),
                commande.gerePar(),
                commande.priorite(),
                commande.alerte(),
                commande.alerteMail(),
                commande.opportuniteId()));
    }

    @CommandHandler
    public void handle(DeclencherRappel commande) {
        if (declenche) {
            throw Refus.conflit("id", "RAPPEL_DEJA_DECLENCHE", "Ce rappel a déjà sonné");
        }
        if (situation == SituationRappel.TRAITE) {
            throw Refus.conflit("id", "RAPPEL_TRAITE", "Ce rappel est déjà traité : il ne sonnera pas");
        }
        if (commande.jour().isBefore(echeance)) {
            throw Refus.conflit("id", "RAPPEL_NON_ECHU", "Ce rappel n'est dû que le " + echeance);
        }
        apply(new RappelDéclenché(rappelId, commande.jour(), gerePar, alerte, alerteMail));
    }

    /** Traiter un rappel déjà traité ne change rien. */
    @CommandHandler
    public void handle(TraiterRappel commande) {
        if (situation != SituationRappel.TRAITE) {
            apply(new RappelTraité(rappelId));
        }
    }

    @EventSourcingHandler
    void on(RappelProgrammé evenement) {
        rappelId = evenement.rappelId();
        echeance = evenement.echeance();
        gerePar = evenement.gerePar();
        alerte = evenement.alerte();
        alerteMail = evenement.alerteMail();
        situation = SituationRappel.A_TRAITER;
    }

    @EventSourcingHandler
    void on(RappelDéclenché evenement) {
        declenche = true;
    }

    @EventSourcingHandler
    void on(RappelTraité evenement) {
        situation = SituationRappel.TRAITE;
    }
}
