package fr.socle.kernel.piece;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.valeur.Montant;
import java.util.List;

/** Les échéances d'un plan de paiement, au moins une, à des dates strictement croissantes. */
public record Echeancier(List<Echeance> echeances) {

    /** Cinq ans d'échéances mensuelles : au-delà, ce n'est plus un plan mais une erreur de saisie. */
    public static final int ECHEANCES_MAX = 60;

    public Echeancier {
        if (echeances == null || echeances.isEmpty()) {
            throw Refus.invalide("echeances", "OBLIGATOIRE", "Un plan de paiement compte au moins une échéance");
        }
        if (echeances.size() > ECHEANCES_MAX) {
            throw Refus.invalide(
                    "echeances",
                    "ECHEANCIER_TROP_LONG",
                    "Un plan de paiement compte au plus " + ECHEANCES_MAX + " échéances");
        }
        echeances = List.copyOf(echeances);
        for (int i = 1; i < echeances.size(); i++) {
            if (!echeances.get(i).date().isAfter(echeances.get(i - 1).date())) {
                throw Refus.invalide(
                        "echeances." + i + ".date",
                        "ECHEANCES_NON_CHRONOLOGIQUES",
                        "Chaque échéance tombe après la précédente");
            }
        }
    }

    public Montant total() {
        return echeances.stream().map(Echeance::montant).reduce(Montant.ZERO, Montant::plus);
    }
}
