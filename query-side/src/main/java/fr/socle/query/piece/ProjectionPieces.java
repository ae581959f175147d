package fr.socle.query.piece;

import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.piece.Categorisation;
import fr.socle.kernel.piece.PaiementEnregistré;
import fr.socle.kernel.piece.PièceCatégorisée;
import fr.socle.kernel.piece.PièceEnregistrée;
import fr.socle.kernel.piece.PièceSoldée;
import fr.socle.kernel.piece.PlanPaiementAnnulé;
import fr.socle.kernel.piece.PlanPaiementÉtabli;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.commun.Presence;
import fr.socle.query.commun.Versions;
import fr.socle.query.piece.PieceVue.CategorisationVue;
import fr.socle.query.piece.PieceVue.EcheanceVue;
import fr.socle.query.piece.PieceVue.PaiementVue;
import fr.socle.query.piece.PieceVue.PlanVue;
import fr.socle.query.piece.PieceVue.StatutPlan;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tient le modèle de lecture des pièces. Chaque écriture est gardée par la version : rejouer un
 * événement déjà projeté ne change rien.
 */
@Component
@ProcessingGroup(ProjectionPieces.GROUPE)
public class ProjectionPieces {

    public static final String GROUPE = "pieces";

    private final MongoTemplate mongo;

    public ProjectionPieces(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(
            PièceEnregistrée evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur,
            TrackingToken jeton) {
        String qui = auteur == null ? ConfigurationLecture.ANONYME : auteur;
        Presence.creerSiAbsent(
                mongo,
                new PieceVue(
                        evenement.pieceId(),
                        sequence,
                        evenement.dossierId(),
                        evenement.numero().valeur(),
                        evenement.dateEmission(),
                        evenement.dateEcheance(),
                        evenement.montant().valeur(),
                        evenement.solde().valeur(),
                        Categorie.NCT,
                        null,
                        true,
                        null,
                        List.of(new CategorisationVue(
                                Categorie.NCT, horodatage, qui, null, null, null, null, null, null)),
                        List.of(),
                        List.of(),
                        qui,
                        horodatage,
                        jeton.position().orElse(sequence)));
    }

    @EventHandler
    void on(
            PièceCatégorisée evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        Categorisation c = evenement.categorisation();
        CategorisationVue entree = new CategorisationVue(
                c.categorie(),
                horodatage,
                auteur,
                c.commentaire(),
                c.prochaineAction(),
                c.datePromesse(),
                c.montantPromis() == null ? null : c.montantPromis().valeur(),
                c.preuve(),
                c.responsable());
        avancer(
                evenement.pieceId(),
                sequence,
                new Update()
                        .set("categorie", c.categorie())
                        .set("prochaineAction", c.prochaineAction())
                        .push("historiqueCategories", entree));
    }

    @EventHandler
    void on(
            PaiementEnregistré evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        avancer(
                evenement.pieceId(),
                sequence,
                new Update()
                        .set("solde", evenement.solde().valeur())
                        .push(
                                "paiements",
                                new PaiementVue(
                                        evenement.montant().valeur(), evenement.date(), horodatage, auteur, sequence)));
    }

    @EventHandler
    void on(PièceSoldée evenement, @SequenceNumber long sequence, @Timestamp Instant horodatage) {
        modifierPlans(
                evenement.pieceId(),
                sequence,
                plan -> plan.terminer(StatutPlan.SOLDE, sequence, horodatage, null, null),
                new Update()
                        .set("ouverte", false)
                        .set("dateFermeture", evenement.date())
                        .set("prochaineAction", null));
    }

    @EventHandler
    void on(
            PlanPaiementÉtabli evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        List<EcheanceVue> echeances = evenement.echeancier().echeances().stream()
                .map(e -> new EcheanceVue(e.date(), e.montant().valeur()))
                .toList();
        PlanVue plan = new PlanVue(
                evenement.numero(),
                StatutPlan.EN_COURS,
                evenement.echeancier().total().valeur(),
                echeances,
                horodatage,
                auteur,
                sequence,
                null,
                null,
                null,
                null);
        avancer(evenement.pieceId(), sequence, new Update().push("plans", plan));
    }

    @EventHandler
    void on(
            PlanPaiementAnnulé evenement,
            @SequenceNumber long sequence,
            @Timestamp Instant horodatage,
            @MetaDataValue(ConfigurationLecture.AUTEUR) String auteur) {
        modifierPlans(
                evenement.pieceId(),
                sequence,
                plan -> plan.terminer(StatutPlan.ANNULE, sequence, horodatage, auteur, evenement.motif()),
                new Update());
    }

    /** Termine le plan en cours, s'il y en a un, avec les autres modifications de l'événement. */
    private void modifierPlans(
            String pieceId, long sequence, Function<PlanVue, PlanVue> finDuPlanEnCours, Update modification) {
        PieceVue piece = mongo.findById(pieceId, PieceVue.class);
        if (piece == null || piece.version() >= sequence) {
            return;
        }
        List<PlanVue> plans = piece.plans().stream()
                .map(p -> p.statut() == StatutPlan.EN_COURS ? finDuPlanEnCours.apply(p) : p)
                .toList();
        avancer(pieceId, sequence, modification.set("plans", plans));
    }

    /** Applique {@code modification} si l'événement {@code sequence} n'est pas encore projeté. */
    private void avancer(String pieceId, long sequence, Update modification) {
        Versions.avancer(mongo, pieceId, sequence, modification, PieceVue.class);
    }

    @ResetHandler
    void reinitialiser() {
        mongo.dropCollection(PieceVue.class);
    }
}
