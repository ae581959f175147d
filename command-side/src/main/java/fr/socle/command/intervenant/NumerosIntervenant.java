package fr.socle.command.intervenant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.ChangerNatureIntervenant;
import fr.socle.kernel.intervenant.GenererMatricule;
import fr.socle.kernel.intervenant.GenererNumeroDossier;
import fr.socle.kernel.intervenant.IntervenantCréé;
import fr.socle.kernel.intervenant.MatriculeGénéré;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.NatureIntervenantChangée;
import fr.socle.kernel.intervenant.NuméroDossierGénéré;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * La nature d'un intervenant, et son matricule et son numéro de dossier de télégestion : un de chaque par
 * nature, tirés des suites de la {@link Numerotation}. Changer de nature permet d'en générer d'autres.
 */
class NumerosIntervenant {

    /** Les numéros de dossier de télégestion forment une seule suite, toutes natures confondues. */
    static final String COMPTEUR_DOSSIERS = "numero-dossier";

    private String intervenantId;
    private NatureIntervenant nature;
    private NatureIntervenant natureDuMatricule;
    private NatureIntervenant natureDuNumeroDossier;

    @CommandHandler
    void handle(ChangerNatureIntervenant commande) {
        NatureIntervenant nouvelle = Refus.obligatoire(commande.nature(), "nature", "La nature est obligatoire");
        if (nouvelle != nature) {
            apply(new NatureIntervenantChangée(intervenantId, nature, nouvelle));
        }
    }

    @CommandHandler
    void handle(GenererMatricule commande, Numerotation numerotation) {
        if (natureDuMatricule == nature) {
            throw Refus.conflit(
                    "matricule",
                    "MATRICULE_DEJA_GENERE",
                    "Le matricule de cette nature (" + nature
                            + ") est déjà généré ; changez de nature pour en générer un autre");
        }
        String matricule = nature.estNumerotee()
                ? nature.matricule(numerotation.suivant(nature.compteur()))
                : NatureIntervenant.MATRICULE_STAGIAIRE;
        apply(new MatriculeGénéré(intervenantId, nature, matricule));
    }

    @CommandHandler
    void handle(GenererNumeroDossier commande, Numerotation numerotation) {
        if (natureDuNumeroDossier == nature) {
            throw Refus.conflit(
                    "numeroDossier",
                    "NUMERO_DOSSIER_DEJA_GENERE",
                    "Le numéro de dossier est déjà généré pour cette nature (" + nature + ")");
        }
        String numero = String.format("%06d", numerotation.suivant(COMPTEUR_DOSSIERS));
        apply(new NuméroDossierGénéré(intervenantId, nature, numero));
    }

    @EventSourcingHandler
    void on(IntervenantCréé evenement) {
        intervenantId = evenement.intervenantId();
        nature = evenement.nature();
    }

    @EventSourcingHandler
    void on(NatureIntervenantChangée evenement) {
        nature = evenement.nouvelle();
    }

    @EventSourcingHandler
    void on(MatriculeGénéré evenement) {
        natureDuMatricule = evenement.nature();
    }

    @EventSourcingHandler
    void on(NuméroDossierGénéré evenement) {
        natureDuNumeroDossier = evenement.nature();
    }
}
