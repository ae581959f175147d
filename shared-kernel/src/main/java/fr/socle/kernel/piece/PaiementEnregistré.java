package fr.socle.kernel.piece;

import fr.socle.kernel.valeur.Montant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Un paiement reçu ; {@code solde} est le reste dû après lui. */
@Revision("1")
public record PaiementEnregistré(String pieceId, Montant montant, LocalDate date, Montant solde) {}
