package fr.socle.query.piece;

import fr.socle.kernel.piece.Categorie;
import fr.socle.query.commun.Versionne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * La pièce telle que les écrans et les analystes la lisent. Les montants sont des Decimal128 : exacts,
 * et sommables par MongoDB pour l'encours.
 *
 * @param position position globale de l'événement d'enregistrement : l'ordre de pagination
 */
@Document("pieces")
public record PieceVue(
        @Id String id,
        long version,
        String dossierId,
        String numero,
        LocalDate dateEmission,
        LocalDate dateEcheance,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal montant,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal solde,
        Categorie categorie,
        LocalDate prochaineAction,
        boolean ouverte,
        LocalDate dateFermeture,
        List<CategorisationVue> historiqueCategories,
        List<PaiementVue> paiements,
        List<PlanVue> plans,
        String creePar,
        Instant dateEnregistrement,
        long position)
        implements Versionne {

    /** Une entrée de l'historique des catégories ; la première est le NCT de l'enregistrement. */
    public record CategorisationVue(
            Categorie categorie,
            Instant horodatage,
            String auteur,
            String commentaire,
            LocalDate prochaineAction,
            LocalDate datePromesse,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal montantPromis,
            String preuve,
            String responsable) {}

    /** @param sequence le numéro de l'événement dans la pièce : situe le paiement par rapport aux plans */
    public record PaiementVue(
            @Field(targetType = FieldType.DECIMAL128) BigDecimal montant,
            LocalDate date,
            Instant horodatage,
            String auteur,
            long sequence) {}

    /**
     * Un plan de paiement tel qu'établi ; ce qui en est payé se déduit des paiements postérieurs à
     * {@code sequence} (et antérieurs à {@code sequenceFin} s'il a pris fin).
     */
    public record PlanVue(
            int numero,
            StatutPlan statut,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal montant,
            List<EcheanceVue> echeances,
            Instant etabliLe,
            String etabliPar,
            long sequence,
            Long sequenceFin,
            Instant annuleLe,
            String annulePar,
            String motifAnnulation) {

        PlanVue terminer(StatutPlan fin, long sequenceDeFin, Instant instant, String auteur, String motif) {
            boolean annule = fin == StatutPlan.ANNULE;
            return new PlanVue(
                    numero,
                    fin,
                    montant,
                    echeances,
                    etabliLe,
                    etabliPar,
                    sequence,
                    sequenceDeFin,
                    annule ? instant : null,
                    annule ? auteur : null,
                    annule ? motif : null);
        }
    }

    public record EcheanceVue(
            LocalDate date,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal montant) {}

    public enum StatutPlan {
        EN_COURS,
        SOLDE,
        ANNULE
    }
}
