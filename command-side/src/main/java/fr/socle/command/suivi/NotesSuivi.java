package fr.socle.command.suivi;

import fr.socle.command.dossier.Dossier;
import fr.socle.command.intervenant.Intervenant;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.suivi.AjouterNoteSuiviDossier;
import fr.socle.kernel.suivi.AjouterNoteSuiviIntervenant;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Verse une note de suivi à la fiche d'un client (son dossier) ou d'un intervenant : l'événement
 * appartient à l'agrégat visé, dans sa suite de versions. Une note ne change aucune décision de ces
 * agrégats : ils n'ont pas à la rejouer, d'où ce gestionnaire à part.
 */
@Component
public class NotesSuivi {

    private final Repository<Dossier> dossiers;
    private final Repository<Intervenant> intervenants;

    public NotesSuivi(Repository<Dossier> dossiers, Repository<Intervenant> intervenants) {
        this.dossiers = dossiers;
        this.intervenants = intervenants;
    }

    @CommandHandler
    public void handle(AjouterNoteSuiviDossier commande) {
        try {
            dossiers.load(commande.dossierId())
                    .execute(d -> apply(new NoteSuiviDossierAjoutée(commande.dossierId(), commande.note())));
        } catch (AggregateNotFoundException e) {
            throw Refus.introuvable("dossierId", "Aucun dossier " + commande.dossierId());
        }
    }

    @CommandHandler
    public void handle(AjouterNoteSuiviIntervenant commande) {
        try {
            intervenants.load(commande.intervenantId())
                    .execute(i -> apply(new NoteSuiviIntervenantAjoutée(commande.intervenantId(), commande.note())));
        } catch (AggregateNotFoundException e) {
            throw Refus.introuvable("intervenantId", "Aucun intervenant " + commande.intervenantId());
        }
    }
}
