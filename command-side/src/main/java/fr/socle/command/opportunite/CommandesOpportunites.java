package fr.socle.command.opportunite;

import fr.socle.command.dossier.Dossier;
import fr.socle.command.rappel.Rappel;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.opportunite.DupliquerOpportunite;
import fr.socle.kernel.opportunite.OuvrirOpportunite;
import fr.socle.kernel.opportunite.ReevaluationAnnuelle;
import fr.socle.kernel.rappel.Priorite;
import fr.socle.kernel.rappel.ProgrammerRappel;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Les commandes d'opportunité qui touchent plusieurs agrégats, chacune en une seule unité de travail :
 * tout est écrit ensemble ou rien ne l'est.
 */
@Component
public class CommandesOpportunites {

    private final Repository<Opportunite> opportunites;
    private final Repository<Dossier> dossiers;
    private final Repository<Rappel> rappels;
    private final int moisReevaluation;

    public CommandesOpportunites(
            Repository<Opportunite> opportunites,
            Repository<Dossier> dossiers,
            Repository<Rappel> rappels,
            @Value("${socle.opportunite.reevaluation-mois:" + ReevaluationAnnuelle.MOIS_PAR_DEFAUT + "}")
                    int moisReevaluation) {
        this.opportunites = opportunites;
        this.dossiers = dossiers;
        this.rappels = rappels;
        this.moisReevaluation = moisReevaluation;
    }

    /** Une opportunité ne s'ouvre que pour un dossier existant. */
    @CommandHandler
    public void handle(OuvrirOpportunite commande) throws Exception {
        try {
            dossiers.load(commande.dossierId());
        } catch (AggregateNotFoundException e) {
            throw Refus.introuvable("dossierId", "Aucun dossier " + commande.dossierId());
        }
        opportunites.newInstance(() -> new Opportunite(commande));
    }

    /**
     * Verrouille l'original, crée sa copie et programme le rappel de réévaluation, dû au mois de
     * l'évaluation de l'original plus {@code socle.opportunite.reevaluation-mois}.
     */
    @CommandHandler
    public void handle(DupliquerOpportunite commande) throws Exception {
        Aggregate<Opportunite> aggregat = opportunites.load(commande.opportuniteId());
        // Hors d'un gestionnaire d'agrégat, Axon ne compare pas la version attendue : on le fait ici.
        if (commande.versionAttendue() != null && !commande.versionAttendue().equals(aggregat.version())) {
            throw new ConflictingAggregateVersionException(
                    commande.opportuniteId(), commande.versionAttendue(), aggregat.version());
        }
        Opportunite.Duplication original = aggregat.invoke(o -> o.verrouillerPour(commande.copieId()));
        opportunites.newInstance(() -> new Opportunite(commande.copieId(), original, commande.jour()));
        rappels.newInstance(() -> new Rappel(new ProgrammerRappel(
                commande.rappelId(),
                ReevaluationAnnuelle.TITRE,
                ReevaluationAnnuelle.echeance(original.dateEvaluation(), moisReevaluation),
                ReevaluationAnnuelle.CATEGORIE,
                original.gestionnaire(),
                Priorite.URGENT,
                true,
                true,
                commande.copieId())));
    }
}
