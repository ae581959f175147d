package fr.socle.query.piece;

import static fr.socle.query.BancProjection.par;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.piece.Categorisation;
import fr.socle.kernel.piece.Echeance;
import fr.socle.kernel.piece.Echeancier;
import fr.socle.kernel.piece.NumeroPiece;
import fr.socle.kernel.piece.PaiementEnregistré;
import fr.socle.kernel.piece.PièceCatégorisée;
import fr.socle.kernel.piece.PièceEnregistrée;
import fr.socle.kernel.piece.PièceSoldée;
import fr.socle.kernel.piece.PlanPaiementAnnulé;
import fr.socle.kernel.piece.PlanPaiementÉtabli;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.valeur.Montant;
import fr.socle.query.BancProjection;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.piece.PieceVue.PlanVue;
import fr.socle.query.piece.PieceVue.StatutPlan;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionPiecesTest {

    private static final String PIECE = "Piece";

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection = banc.projection(new ProjectionPieces(banc.mongo()));
    }

    private static Montant euros(String valeur) {
        return Montant.lire(valeur);
    }

    private PieceVue piece(String id) {
        return banc.mongo().findById(id, PieceVue.class);
    }

    private TrackedEventMessage<?> enregistrer(String id) {
        return projection.envoyer(
                PIECE,
                id,
                0,
                new PièceEnregistrée(
                        id,
                        "d-1",
                        new NumeroPiece("F-2024-001"),
                        LocalDate.of(2024, 1, 10),
                        LocalDate.of(2024, 2, 10),
                        euros("1200.00"),
                        euros("1200.00")),
                par("claire"));
    }

    @Test
    void une_piece_enregistree_puis_categorisee_payee_sous_plan_et_soldee() {
        TrackedEventMessage<?> enregistree = enregistrer("p-1");

        PieceVue vue = piece("p-1");
        assertThat(vue.version()).isZero();
        assertThat(vue.dossierId()).isEqualTo("d-1");
        assertThat(vue.numero()).isEqualTo("F-2024-001");
        assertThat(vue.dateEmission()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(vue.dateEcheance()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(vue.montant()).isEqualByComparingTo("1200.00");
        assertThat(vue.solde()).isEqualByComparingTo("1200.00");
        assertThat(vue.categorie()).isEqualTo(Categorie.NCT);
        assertThat(vue.ouverte()).isTrue();
        assertThat(vue.creePar()).isEqualTo("claire");
        assertThat(vue.dateEnregistrement()).isEqualTo(enregistree.getTimestamp());
        assertThat(vue.position())
                .isEqualTo(enregistree.trackingToken().position().getAsLong());
        assertThat(vue.historiqueCategories())
                .singleElement()
                .satisfies(c -> assertThat(c.categorie()).isEqualTo(Categorie.NCT))
                .satisfies(c -> assertThat(c.auteur()).isEqualTo("claire"));
        // Les montants sont des Decimal128, que MongoDB sait sommer.
        assertThat(banc.document(PieceVue.class, "p-1").get("montant")).isInstanceOf(Decimal128.class);

        LocalDate rappel = LocalDate.of(2024, 3, 1);
        TrackedEventMessage<?> categorisee = projection.envoyer(
                PIECE,
                "p-1",
                1,
                new PièceCatégorisée(
                        "p-1",
                        Categorie.NCT,
                        new Categorisation(Categorie.CEC, "Appel au client", rappel, null, null, null, null)),
                par("paul"));
        vue = piece("p-1");
        assertThat(vue.version()).isEqualTo(1);
        assertThat(vue.categorie()).isEqualTo(Categorie.CEC);
        assertThat(vue.prochaineAction()).isEqualTo(rappel);
        assertThat(vue.historiqueCategories()).hasSize(2).last().satisfies(c -> {
            assertThat(c.categorie()).isEqualTo(Categorie.CEC);
            assertThat(c.commentaire()).isEqualTo("Appel au client");
            assertThat(c.auteur()).isEqualTo("paul");
            assertThat(c.horodatage()).isEqualTo(categorisee.getTimestamp());
        });

        projection.envoyer(
                PIECE,
                "p-1",
                2,
                new PlanPaiementÉtabli(
                        "p-1",
                        1,
                        new Echeancier(List.of(
                                new Echeance(LocalDate.of(2024, 3, 15), euros("600.00")),
                                new Echeance(LocalDate.of(2024, 4, 15), euros("600.00"))))),
                par("paul"));
        vue = piece("p-1");
        assertThat(vue.version()).isEqualTo(2);
        assertThat(vue.plans()).singleElement().satisfies(p -> {
            assertThat(p.numero()).isEqualTo(1);
            assertThat(p.statut()).isEqualTo(StatutPlan.EN_COURS);
            assertThat(p.montant()).isEqualByComparingTo("1200.00");
            assertThat(p.echeances()).hasSize(2);
            assertThat(p.sequence()).isEqualTo(2);
            assertThat(p.etabliPar()).isEqualTo("paul");
        });

        TrackedEventMessage<?> paiement = projection.envoyer(
                PIECE,
                "p-1",
                3,
                new PaiementEnregistré("p-1", euros("600.00"), LocalDate.of(2024, 3, 15), euros("600.00")),
                par("paul"));
        vue = piece("p-1");
        assertThat(vue.version()).isEqualTo(3);
        assertThat(vue.solde()).isEqualByComparingTo("600.00");
        assertThat(vue.paiements()).singleElement().satisfies(p -> {
            assertThat(p.montant()).isEqualByComparingTo("600.00");
            assertThat(p.date()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(p.horodatage()).isEqualTo(paiement.getTimestamp());
            assertThat(p.sequence()).isEqualTo(3);
        });

        projection.envoyer(
                PIECE,
                "p-1",
                4,
                new PaiementEnregistré("p-1", euros("600.00"), LocalDate.of(2024, 4, 15), euros("0.00")));
        TrackedEventMessage<?> soldee =
                projection.envoyer(PIECE, "p-1", 5, new PièceSoldée("p-1", LocalDate.of(2024, 4, 15)));
        vue = piece("p-1");
        assertThat(vue.version()).isEqualTo(5);
        assertThat(vue.ouverte()).isFalse();
        assertThat(vue.dateFermeture()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(vue.prochaineAction()).isNull();
        assertThat(vue.solde()).isEqualByComparingTo("0.00");
        assertThat(vue.paiements()).hasSize(2);
        PlanVue plan = vue.plans().get(0);
        assertThat(plan.statut()).isEqualTo(StatutPlan.SOLDE);
        assertThat(plan.sequenceFin()).isEqualTo(5);
        assertThat(plan.annuleLe()).isNull();
        assertThat(soldee.getTimestamp()).isAfter(paiement.getTimestamp());
    }

    @Test
    void un_plan_annule_garde_son_motif_et_son_auteur() {
        enregistrer("p-1");
        projection.envoyer(
                PIECE,
                "p-1",
                1,
                new PlanPaiementÉtabli(
                        "p-1", 1, new Echeancier(List.of(new Echeance(LocalDate.of(2024, 3, 15), euros("1200.00"))))));
        TrackedEventMessage<?> annulation = projection.envoyer(
                PIECE, "p-1", 2, new PlanPaiementAnnulé("p-1", 1, "Client injoignable"), par("paul"));

        PieceVue vue = piece("p-1");
        assertThat(vue.version()).isEqualTo(2);
        assertThat(vue.ouverte()).isTrue();
        assertThat(vue.plans()).singleElement().satisfies(p -> {
            assertThat(p.statut()).isEqualTo(StatutPlan.ANNULE);
            assertThat(p.sequenceFin()).isEqualTo(2);
            assertThat(p.annuleLe()).isEqualTo(annulation.getTimestamp());
            assertThat(p.annulePar()).isEqualTo("paul");
            assertThat(p.motifAnnulation()).isEqualTo("Client injoignable");
            assertThat(p.etabliPar()).isNull();
        });
    }

    @Test
    void sans_auteur_la_piece_est_enregistree_par_anonyme() {
        projection.envoyer(
                PIECE,
                "p-2",
                0,
                new PièceEnregistrée(
                        "p-2",
                        "d-1",
                        new NumeroPiece("F-2"),
                        LocalDate.of(2024, 1, 10),
                        LocalDate.of(2024, 2, 10),
                        euros("10.00"),
                        euros("10.00")));
        assertThat(piece("p-2").creePar()).isEqualTo(ConfigurationLecture.ANONYME);
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> enregistree = enregistrer("p-1");
        TrackedEventMessage<?> plan = projection.envoyer(
                PIECE,
                "p-1",
                1,
                new PlanPaiementÉtabli(
                        "p-1", 1, new Echeancier(List.of(new Echeance(LocalDate.of(2024, 3, 15), euros("1200.00"))))));
        TrackedEventMessage<?> paiement = projection.envoyer(
                PIECE,
                "p-1",
                2,
                new PaiementEnregistré("p-1", euros("200.00"), LocalDate.of(2024, 3, 1), euros("1000.00")));
        TrackedEventMessage<?> annulation =
                projection.envoyer(PIECE, "p-1", 3, new PlanPaiementAnnulé("p-1", 1, "Relance"));

        projection.renvoyerSansEffet(PieceVue.class, "p-1", enregistree, plan, paiement, annulation);

        PieceVue vue = piece("p-1");
        assertThat(vue.version()).isEqualTo(3);
        assertThat(vue.paiements()).hasSize(1);
        assertThat(vue.plans()).hasSize(1);
    }

    @Test
    void le_dernier_paiement_relivre_n_est_pas_compte_deux_fois() {
        enregistrer("p-1");
        TrackedEventMessage<?> paiement = projection.envoyer(
                PIECE,
                "p-1",
                1,
                new PaiementEnregistré("p-1", euros("200.00"), LocalDate.of(2024, 3, 1), euros("1000.00")));
        Document avant = banc.document(PieceVue.class, "p-1");

        projection.renvoyer(paiement);

        assertThat(banc.document(PieceVue.class, "p-1")).isEqualTo(avant);
        assertThat(piece("p-1").paiements()).hasSize(1);
    }

    @Test
    void l_effacement_rgpd_est_sans_objet_une_piece_ne_porte_aucune_donnee_personnelle() {
        assertThat(PièceEnregistrée.class.getRecordComponents())
                .noneMatch(c -> c.isAnnotationPresent(DonneePersonnelle.class));
        assertThat(Categorisation.class.getRecordComponents())
                .noneMatch(c -> c.isAnnotationPresent(DonneePersonnelle.class));
        assertThat(projection.gere(DonneesPersonnellesEffacées.class)).isFalse();
    }

    @Test
    void la_reinitialisation_vide_la_collection() {
        enregistrer("p-1");
        enregistrer("p-2");

        projection.reinitialiser();

        assertThat(banc.nombre(PieceVue.class)).isZero();
    }
}
