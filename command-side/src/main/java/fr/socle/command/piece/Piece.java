package fr.socle.command.piece;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.piece.AnnulerPlanPaiement;
import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.piece.Categorisation;
import fr.socle.kernel.piece.CategoriserPiece;
import fr.socle.kernel.piece.EnregistrerPaiement;
import fr.socle.kernel.piece.EnregistrerPiece;
import fr.socle.kernel.piece.EtablirPlanPaiement;
import fr.socle.kernel.piece.PaiementEnregistré;
import fr.socle.kernel.piece.PièceCatégorisée;
import fr.socle.kernel.piece.PièceEnregistrée;
import fr.socle.kernel.piece.PièceSoldée;
import fr.socle.kernel.piece.PlanPaiementAnnulé;
import fr.socle.kernel.piece.PlanPaiementÉtabli;
import fr.socle.kernel.valeur.Montant;
import fr.socle.kernel.valeur.Texte;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Une pièce (facture) suivie pour son recouvrement : son solde, sa catégorie, ses plans de paiement.
 * Elle est ouverte tant que son solde n'est pas nul ; fermée, elle n'est plus que de l'historique.
 * Elle naît par {@link EnregistrementPieces}, qui vérifie le dossier et l'unicité du numéro.
 */
@Aggregate(snapshotTriggerDefinition = "declencheurInstantanes")
public class Piece {

    @AggregateIdentifier
    private String pieceId;

    private LocalDate dateEmission;
    private Montant solde;
    private Categorie categorie;
    private boolean ouverte;
    /** Le numéro du plan en cours, 0 s'il n'y en a pas. */
    private int planEnCours;

    private int plansEtablis;

    protected Piece() {}

    Piece(EnregistrerPiece commande) {
        Refus.obligatoire(commande.dateEmission(), "dateEmission", "La date d'émission est obligatoire");
        Refus.obligatoire(commande.dateEcheance(), "dateEcheance", "La date d'échéance est obligatoire");
        if (commande.dateEcheance().isBefore(commande.dateEmission())) {
            throw Refus.invalide(
                    "dateEcheance",
                    "ECHEANCE_AVANT_EMISSION",
                    "L'échéance (" + commande.dateEcheance() + ") précède l'émission (" + commande.dateEmission()
                            + ")");
        }
        commande.montant().positif("montant");
        Montant soldeInitial = commande.solde() == null ? commande.montant() : commande.solde();
        if (soldeInitial.valeur().signum() < 0) {
            throw Refus.invalide("solde", "SOLDE_NEGATIF", "Le solde d'une pièce n'est jamais négatif");
        }
        if (soldeInitial.depasse(commande.montant())) {
            throw Refus.invalide(
                    "solde",
                    "SOLDE_SUPERIEUR_AU_MONTANT",
                    "Le solde (" + soldeInitial + ") dépasse le montant de la pièce (" + commande.montant() + ")");
        }
        apply(new PièceEnregistrée(
                commande.pieceId(),
                commande.dossierId(),
                commande.numero(),
                commande.dateEmission(),
                commande.dateEcheance(),
                commande.montant(),
                soldeInitial));
        if (soldeInitial.estNul()) {
            apply(new PièceSoldée(commande.pieceId(), commande.dateEmission()));
        }
    }

    @CommandHandler
    public void handle(CategoriserPiece commande) {
        exigerOuverte("catégorisée");
        Categorisation categorisation = commande.categorisation();
        if (categorisation.montantPromis() != null
                && categorisation.montantPromis().depasse(solde)) {
            throw Refus.invalide(
                    "montantPromis",
                    "PROMESSE_SUPERIEURE_AU_SOLDE",
                    "Le montant promis (" + categorisation.montantPromis() + ") dépasse le solde (" + solde + ")");
        }
        apply(new PièceCatégorisée(pieceId, categorie, categorisation));
    }

    @CommandHandler
    public void handle(EnregistrerPaiement commande) {
        exigerOuverte("payée");
        Montant montant = commande.montant().positif("montant");
        if (montant.depasse(solde)) {
            throw Refus.invalide(
                    "montant",
                    "PAIEMENT_SUPERIEUR_AU_SOLDE",
                    "Le paiement (" + montant + ") dépasse le solde (" + solde
                            + ") : un trop-perçu n'est pas enregistré");
        }
        Refus.obligatoire(commande.date(), "date", "La date du paiement est obligatoire");
        if (commande.date().isBefore(dateEmission)) {
            throw Refus.invalide(
                    "date",
                    "PAIEMENT_AVANT_EMISSION",
                    "Un paiement ne précède pas l'émission de la pièce (" + dateEmission + ")");
        }
        Montant reste = solde.moins(montant);
        apply(new PaiementEnregistré(pieceId, montant, commande.date(), reste));
        if (reste.estNul()) {
            apply(new PièceSoldée(pieceId, commande.date()));
        }
    }

    @CommandHandler
    public void handle(EtablirPlanPaiement commande) {
        exigerOuverte("échelonnée");
        if (planEnCours != 0) {
            throw Refus.conflit(
                    null,
                    "PLAN_DEJA_EN_COURS",
                    "Le plan n° " + planEnCours + " est en cours : annulez-le avant d'en établir un autre");
        }
        Montant total = commande.echeancier().total();
        if (total.compareTo(solde) != 0) {
            throw Refus.invalide(
                    "echeances",
                    "PLAN_DIFFERENT_DU_SOLDE",
                    "Les échéances totalisent " + total + " pour un solde de " + solde);
        }
        apply(new PlanPaiementÉtabli(pieceId, plansEtablis + 1, commande.echeancier()));
    }

    @CommandHandler
    public void handle(AnnulerPlanPaiement commande) {
        if (planEnCours == 0) {
            throw Refus.conflit(null, "AUCUN_PLAN_EN_COURS", "Cette pièce n'a pas de plan de paiement en cours");
        }
        apply(new PlanPaiementAnnulé(pieceId, planEnCours, Texte.facultatif(commande.motif(), "motif")));
    }

    private void exigerOuverte(String action) {
        if (!ouverte) {
            throw Refus.conflit(null, "PIECE_FERMEE", "Une pièce soldée ne peut plus être " + action);
        }
    }

    @EventSourcingHandler
    void on(PièceEnregistrée evenement) {
        pieceId = evenement.pieceId();
        dateEmission = evenement.dateEmission();
        solde = evenement.solde();
        categorie = Categorie.NCT;
        ouverte = true;
    }

    @EventSourcingHandler
    void on(PièceCatégorisée evenement) {
        categorie = evenement.categorisation().categorie();
    }

    @EventSourcingHandler
    void on(PaiementEnregistré evenement) {
        solde = evenement.solde();
    }

    /** Une pièce soldée n'a plus de plan en cours : le plan est honoré. */
    @EventSourcingHandler
    void on(PièceSoldée evenement) {
        ouverte = false;
        planEnCours = 0;
    }

    @EventSourcingHandler
    void on(PlanPaiementÉtabli evenement) {
        planEnCours = evenement.numero();
        plansEtablis = evenement.numero();
    }

    @EventSourcingHandler
    void on(PlanPaiementAnnulé evenement) {
        planEnCours = 0;
    }
}
