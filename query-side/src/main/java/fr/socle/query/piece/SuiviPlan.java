package fr.socle.query.piece;

import fr.socle.query.piece.PieceVue.PaiementVue;
import fr.socle.query.piece.PieceVue.PlanVue;
import fr.socle.query.piece.PieceVue.StatutPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Un plan de paiement tel qu'on le lit à une date : les paiements reçus pendant qu'il courait règlent
 * ses échéances dans l'ordre ; une échéance passée et pas entièrement réglée est en retard.
 */
public record SuiviPlan(
        int numero,
        StatutPlan statut,
        BigDecimal montant,
        BigDecimal paye,
        List<SuiviEcheance> echeances,
        Instant etabliLe,
        String etabliPar,
        Instant annuleLe,
        String annulePar,
        String motifAnnulation) {

    public record SuiviEcheance(LocalDate date, BigDecimal montant, BigDecimal paye, StatutEcheance statut) {}

    public enum StatutEcheance {
        PAYEE,
        EN_RETARD,
        A_VENIR,
        ANNULEE
    }

    public static SuiviPlan de(PlanVue plan, List<PaiementVue> paiements, LocalDate aujourdhui) {
        BigDecimal paye = paiements.stream()
                .filter(p -> p.sequence() > plan.sequence()
                        && (plan.sequenceFin() == null || p.sequence() <= plan.sequenceFin()))
                .map(PaiementVue::montant)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reste = paye;
        List<SuiviEcheance> echeances = new ArrayList<>();
        for (PieceVue.EcheanceVue e : plan.echeances()) {
            BigDecimal regle = reste.min(e.montant()).max(BigDecimal.ZERO);
            reste = reste.subtract(regle);
            echeances.add(new SuiviEcheance(
                    e.date(),
                    e.montant(),
                    regle,
                    statut(plan, e.date(), regle.compareTo(e.montant()) == 0, aujourdhui)));
        }
        return new SuiviPlan(
                plan.numero(),
                plan.statut(),
                plan.montant(),
                paye,
                echeances,
                plan.etabliLe(),
                plan.etabliPar(),
                plan.annuleLe(),
                plan.annulePar(),
                plan.motifAnnulation());
    }

    private static StatutEcheance statut(PlanVue plan, LocalDate date, boolean reglee, LocalDate aujourdhui) {
        if (reglee) {
            return StatutEcheance.PAYEE;
        }
        if (plan.statut() == StatutPlan.ANNULE) {
            return StatutEcheance.ANNULEE;
        }
        return date.isBefore(aujourdhui) ? StatutEcheance.EN_RETARD : StatutEcheance.A_VENIR;
    }
}
