package fr.socle.kernel.piece;

import org.axonframework.serialization.Revision;

/** Un plan de paiement répartit le solde sur des échéances ; {@code numero} compte les plans de la pièce, à partir de 1. */
@Revision("1")
public record PlanPaiementÉtabli(String pieceId, int numero, Echeancier echeancier) {}
