package fr.socle.command.dossier;

import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Titulaire;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.erreur.Refus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Le dossier d'un client : une prestation, un titulaire, un état. */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Dossier {

    @AggregateIdentifier
    private String dossierId;
    private Titulaire titulaire;
    private EtatDossier etat;

    protected Dossier() {
    }

    @CommandHandler
    public Dossier(CreerDossier commande) {
        apply(new DossierCréé(commande.dossierId(), commande.titulaire()));
    }

    @CommandHandler
    public void handle(ChangerEtatDossier commande) {
        if (commande.etat() == etat) {
            return;
        }
        if (!etat.peutPasserA(commande.etat())) {
            throw Refus.invalide("etat", "TRANSITION_INTERDITE",
                    "Un dossier " + etat + " ne peut pas passer à " + commande.etat()
                            + " (permis : " + etat.suivantsPermis() + ")");
        }
        apply(new ÉtatDossierChangé(dossierId, etat, commande.etat()));
    }

    @EventSourcingHandler
    void on(DossierCréé evenement) {
        dossierId = evenement.dossierId();
        titulaire = evenement.titulaire();
        etat = EtatDossier.OUVERT;
    }

    @EventSourcingHandler
    void on(ÉtatDossierChangé evenement) {
        etat = evenement.nouveau();
    }
}
