package fr.socle.command.piece;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.socle.command.commun.RefusAttendu;
import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.piece.AnnulerPlanPaiement;
import fr.socle.kernel.piece.Categorie;
import fr.socle.kernel.piece.Categorisation;
import fr.socle.kernel.piece.CategoriserPiece;
import fr.socle.kernel.piece.Echeance;
import fr.socle.kernel.piece.Echeancier;
import fr.socle.kernel.piece.EnregistrerPaiement;
import fr.socle.kernel.piece.EtablirPlanPaiement;
import fr.socle.kernel.piece.NumeroPiece;
import fr.socle.kernel.piece.PaiementEnregistré;
import fr.socle.kernel.piece.PièceCatégorisée;
import fr.socle.kernel.piece.PièceEnregistrée;
import fr.socle.kernel.piece.PièceSoldée;
import fr.socle.kernel.piece.PlanPaiementAnnulé;
import fr.socle.kernel.piece.PlanPaiementÉtabli;
import fr.socle.kernel.valeur.Montant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Les règles de la pièce une fois enregistrée : catégorisation, paiements, plans de paiement. */
class PieceTest {

    static final String ID = "5d0c9a3e-2b1f-4c8e-9f6a-1e2d3c4b5a60";
    static final String DOSSIER = "0b8e6f5a-6c1d-4d7e-9a51-6a2f4b3c2d10";
    static final LocalDate EMISSION = LocalDate.of(2026, 3, 1);
    static final PièceEnregistrée ENREGISTREE = new PièceEnregistrée(
            ID,
            DOSSIER,
            new NumeroPiece("F-2026-001"),
            EMISSION,
            EMISSION.plusDays(30),
            montant("1250.00"),
            montant("1250.00"));

    private FixtureConfiguration<Piece> fixture;

    @BeforeEach
    void preparer() {
        fixture = new AggregateTestFixture<>(Piece.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
    }

    static Montant montant(String valeur) {
        return new Montant(new BigDecimal(valeur));
    }

    static Categorisation categorisation(
            Categorie categorie,
            LocalDate prochaine,
            LocalDate datePromesse,
            Montant promis,
            String preuve,
            String responsable) {
        return new Categorisation(
                categorie, "appel du " + EMISSION, prochaine, datePromesse, promis, preuve, responsable);
    }

    static Echeancier echeancier(String... montantsMensuels) {
        List<Echeance> echeances = new java.util.ArrayList<>();
        for (int i = 0; i < montantsMensuels.length; i++) {
            echeances.add(new Echeance(EMISSION.plusMonths(i + 1), montant(montantsMensuels[i])));
        }
        return new Echeancier(echeances);
    }

    /** Un refus classé CONFLICT : la demande heurte l'état de la pièce, pas une saisie. */
    static Matcher<Refus> conflit(String regle) {
        return Matchers.allOf(RefusAttendu.regle(regle), new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refus refus) {
                return refus.erreur().classification() == Classification.CONFLICT;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("classé CONFLICT");
            }
        });
    }

    // --- catégorisation

    @Test
    void chaque_categorisation_est_un_evenement_qui_garde_la_precedente() {
        Categorisation contact = categorisation(Categorie.CEC, EMISSION.plusDays(10), null, null, null, null);
        Categorisation litige = categorisation(Categorie.LIT, null, null, null, null, "Service juridique");
        fixture.given(ENREGISTREE, new PièceCatégorisée(ID, Categorie.NCT, contact))
                .when(new CategoriserPiece(ID, litige, null))
                .expectEvents(new PièceCatégorisée(ID, Categorie.CEC, litige));
    }

    @Test
    void une_promesse_de_paiement_exige_date_et_montant_et_ne_depasse_pas_le_solde() {
        Categorisation promesse =
                categorisation(Categorie.PDP, null, EMISSION.plusDays(45), montant("1250.00"), null, null);
        assertThat(promesse.prochaineAction())
                .as("la prochaine action d'une PDP est la date promise")
                .isEqualTo(EMISSION.plusDays(45));
        fixture.given(ENREGISTREE)
                .when(new CategoriserPiece(ID, promesse, 0L))
                .expectEvents(new PièceCatégorisée(ID, Categorie.NCT, promesse));

        Categorisation tropPromis =
                categorisation(Categorie.PDP, null, EMISSION.plusDays(45), montant("1000.00"), null, null);
        fixture.given(ENREGISTREE, new PaiementEnregistré(ID, montant("500.00"), EMISSION, montant("750.00")))
                .when(new CategoriserPiece(ID, tropPromis, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("montantPromis", "PROMESSE_SUPERIEURE_AU_SOLDE"));
    }

    @Test
    void chaque_categorie_exige_ses_donnees_et_refuse_celles_des_autres() {
        assertThat(refus(() -> categorisation(Categorie.PDP, null, null, montant("10.00"), null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("datePromesse", "OBLIGATOIRE");
        assertThat(refus(() -> categorisation(Categorie.PDP, null, EMISSION, null, null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("montantPromis", "OBLIGATOIRE");
        assertThat(refus(() -> categorisation(Categorie.PDP, null, EMISSION, montant("0.00"), null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("montantPromis", "MONTANT_NON_POSITIF");
        assertThat(refus(() -> categorisation(Categorie.RDE, null, null, null, "  ", null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("preuve", "OBLIGATOIRE");
        assertThat(refus(() -> categorisation(Categorie.LIT, null, null, null, null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("responsable", "OBLIGATOIRE");
        assertThat(refus(() -> categorisation(Categorie.CEC, null, null, null, null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("prochaineAction", "OBLIGATOIRE");
        assertThat(refus(() -> categorisation(Categorie.NPC, EMISSION, null, null, null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("prochaineAction", "CHAMP_NON_APPLICABLE");
        assertThat(refus(() -> categorisation(Categorie.CEC, EMISSION, null, null, "virement 42", null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("preuve", "CHAMP_NON_APPLICABLE");
        assertThat(refus(() -> new Categorisation(null, null, null, null, null, null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("categorie", "OBLIGATOIRE");
        assertThat(refus(() -> new Categorisation(Categorie.NCT, "x".repeat(201), null, null, null, null, null))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("commentaire", "TROP_LONG");
        assertThat(categorisation(Categorie.RDE, null, null, null, " chèque 1234 ", null)
                        .preuve())
                .isEqualTo("chèque 1234");
    }

    @Test
    void une_piece_soldee_ne_se_categorise_plus() {
        fixture.given(
                        ENREGISTREE,
                        new PaiementEnregistré(ID, montant("1250.00"), EMISSION, Montant.ZERO),
                        new PièceSoldée(ID, EMISSION))
                .when(new CategoriserPiece(ID, categorisation(Categorie.NPC, null, null, null, null, null), null))
                .expectNoEvents()
                .expectException(conflit("PIECE_FERMEE"));
    }

    // --- paiements

    @Test
    void un_paiement_reduit_le_solde() {
        fixture.given(ENREGISTREE)
                .when(new EnregistrerPaiement(ID, montant("250.10"), EMISSION.plusDays(3), 0L))
                .expectEvents(new PaiementEnregistré(ID, montant("250.10"), EMISSION.plusDays(3), montant("999.90")));
    }

    @Test
    void le_paiement_du_solde_ferme_la_piece() {
        fixture.given(ENREGISTREE, new PaiementEnregistré(ID, montant("1000.00"), EMISSION, montant("250.00")))
                .when(new EnregistrerPaiement(ID, montant("250.00"), EMISSION.plusDays(40), null))
                .expectEvents(
                        new PaiementEnregistré(ID, montant("250.00"), EMISSION.plusDays(40), Montant.ZERO),
                        new PièceSoldée(ID, EMISSION.plusDays(40)));
    }

    @Test
    void un_trop_percu_est_refuse() {
        fixture.given(ENREGISTREE, new PaiementEnregistré(ID, montant("1000.00"), EMISSION, montant("250.00")))
                .when(new EnregistrerPaiement(ID, montant("250.01"), EMISSION, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("montant", "PAIEMENT_SUPERIEUR_AU_SOLDE"));
    }

    @Test
    void un_paiement_nul_ou_anterieur_a_l_emission_est_refuse() {
        fixture.given(ENREGISTREE)
                .when(new EnregistrerPaiement(ID, Montant.ZERO, EMISSION, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("montant", "MONTANT_NON_POSITIF"));
        fixture.given(ENREGISTREE)
                .when(new EnregistrerPaiement(ID, montant("10.00"), EMISSION.minusDays(1), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("date", "PAIEMENT_AVANT_EMISSION"));
    }

    @Test
    void une_piece_soldee_ne_recoit_plus_de_paiement() {
        fixture.given(
                        ENREGISTREE,
                        new PaiementEnregistré(ID, montant("1250.00"), EMISSION, Montant.ZERO),
                        new PièceSoldée(ID, EMISSION))
                .when(new EnregistrerPaiement(ID, montant("1.00"), EMISSION, null))
                .expectNoEvents()
                .expectException(conflit("PIECE_FERMEE"));
    }

    // --- plans de paiement

    @Test
    void un_plan_repartit_le_solde_en_echeances_datees() {
        Echeancier echeancier = echeancier("400.00", "400.00", "450.00");
        fixture.given(ENREGISTREE)
                .when(new EtablirPlanPaiement(ID, echeancier, 0L))
                .expectEvents(new PlanPaiementÉtabli(ID, 1, echeancier));
    }

    @Test
    void un_plan_dont_la_somme_differe_du_solde_est_refuse() {
        fixture.given(ENREGISTREE, new PaiementEnregistré(ID, montant("250.00"), EMISSION, montant("1000.00")))
                .when(new EtablirPlanPaiement(ID, echeancier("400.00", "400.00", "450.00"), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("echeances", "PLAN_DIFFERENT_DU_SOLDE"));
    }

    @Test
    void un_seul_plan_en_cours_a_la_fois_et_l_annulation_en_permet_un_autre() {
        Echeancier premier = echeancier("625.00", "625.00");
        fixture.given(ENREGISTREE, new PlanPaiementÉtabli(ID, 1, premier))
                .when(new EtablirPlanPaiement(ID, echeancier("1250.00"), null))
                .expectNoEvents()
                .expectException(conflit("PLAN_DEJA_EN_COURS"));
        fixture.given(ENREGISTREE, new PlanPaiementÉtabli(ID, 1, premier))
                .when(new AnnulerPlanPaiement(ID, " le client a perdu son emploi ", null))
                .expectEvents(new PlanPaiementAnnulé(ID, 1, "le client a perdu son emploi"));
        fixture.given(ENREGISTREE, new PlanPaiementÉtabli(ID, 1, premier), new PlanPaiementAnnulé(ID, 1, null))
                .when(new EtablirPlanPaiement(ID, echeancier("1250.00"), null))
                .expectEvents(new PlanPaiementÉtabli(ID, 2, echeancier("1250.00")));
    }

    @Test
    void sans_plan_en_cours_rien_a_annuler() {
        fixture.given(
                        ENREGISTREE,
                        new PlanPaiementÉtabli(ID, 1, echeancier("1250.00")),
                        new PlanPaiementAnnulé(ID, 1, null))
                .when(new AnnulerPlanPaiement(ID, null, null))
                .expectNoEvents()
                .expectException(conflit("AUCUN_PLAN_EN_COURS"));
    }

    @Test
    void le_plan_d_une_piece_soldee_est_honore_et_ne_s_annule_plus() {
        fixture.given(
                        ENREGISTREE,
                        new PlanPaiementÉtabli(ID, 1, echeancier("1250.00")),
                        new PaiementEnregistré(ID, montant("1250.00"), EMISSION, Montant.ZERO),
                        new PièceSoldée(ID, EMISSION))
                .when(new AnnulerPlanPaiement(ID, null, null))
                .expectNoEvents()
                .expectException(conflit("AUCUN_PLAN_EN_COURS"));
    }

    @Test
    void un_echeancier_est_chronologique_non_vide_et_borne() {
        assertThat(refus(() -> new Echeancier(List.of())).erreur())
                .extracting("champ", "regle")
                .containsExactly("echeances", "OBLIGATOIRE");
        assertThat(refus(() -> new Echeancier(List.of(
                                new Echeance(EMISSION, montant("1.00")), new Echeance(EMISSION, montant("1.00")))))
                        .erreur())
                .extracting("champ", "regle")
                .containsExactly("echeances.1.date", "ECHEANCES_NON_CHRONOLOGIQUES");
        assertThat(refus(() -> echeancier("1.00", "-2.00")).erreur())
                .extracting("champ", "regle")
                .containsExactly("montant", "MONTANT_NON_POSITIF");
        String[] trop = new String[Echeancier.ECHEANCES_MAX + 1];
        java.util.Arrays.fill(trop, "1.00");
        assertThat(refus(() -> echeancier(trop)).erreur().regle()).isEqualTo("ECHEANCIER_TROP_LONG");
        assertThat(echeancier("0.10", "0.20").total()).isEqualTo(montant("0.30"));
    }

    @Test
    void un_montant_est_exact_a_deux_decimales() {
        assertThat(new Montant(new BigDecimal("12.5")).toString()).isEqualTo("12.50");
        assertThat(refus(() -> new Montant(new BigDecimal("12.505"))).erreur().regle())
                .isEqualTo("MONTANT_INVALIDE");
        assertThat(refus(() -> new Montant(new BigDecimal("-1")).positif("montant"))
                        .erreur()
                        .regle())
                .isEqualTo("MONTANT_NON_POSITIF");
        assertThat(new Montant(new BigDecimal("12.500"))).isEqualTo(montant("12.50"));
    }

    private static Refus refus(Runnable action) {
        return catchThrowableOfType(Refus.class, action::run);
    }
}
