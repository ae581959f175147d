package fr.socle.command.opportunite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.socle.command.commun.RefusAttendu;
import fr.socle.command.dossier.Dossier;
import fr.socle.command.rappel.Rappel;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.JourSemaine;
import fr.socle.kernel.opportunite.AjouterMission;
import fr.socle.kernel.opportunite.Coordonnees;
import fr.socle.kernel.opportunite.Creneau;
import fr.socle.kernel.opportunite.DefinirPreventionRisques;
import fr.socle.kernel.opportunite.DefinirTaches;
import fr.socle.kernel.opportunite.DupliquerOpportunite;
import fr.socle.kernel.opportunite.InformationsRenseignées;
import fr.socle.kernel.opportunite.MesurePrevention;
import fr.socle.kernel.opportunite.Mission;
import fr.socle.kernel.opportunite.MissionAjoutée;
import fr.socle.kernel.opportunite.MissionRetirée;
import fr.socle.kernel.opportunite.OpportunitéOuverte;
import fr.socle.kernel.opportunite.OpportunitéVerrouillée;
import fr.socle.kernel.opportunite.OuvrirOpportunite;
import fr.socle.kernel.opportunite.PréventionRisquesDéfinie;
import fr.socle.kernel.opportunite.ReevaluationAnnuelle;
import fr.socle.kernel.opportunite.RenseignerInformations;
import fr.socle.kernel.opportunite.RetirerMission;
import fr.socle.kernel.opportunite.Tache;
import fr.socle.kernel.opportunite.TâchesDéfinies;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpportuniteTest {

    static final String ID = "3c1f3f4e-7a0b-4a51-9d7e-0e0f6a2b1c01";
    static final String DOSSIER = "0b8e6f5a-6c1d-4d7e-9a51-6a2f4b3c2d10";
    static final String INCONNU = "9f9f9f9f-0000-4000-8000-000000000000";
    static final String COPIE = "5d5d5d5d-1111-4111-8111-111111111111";
    static final String RAPPEL = "7e7e7e7e-2222-4222-8222-222222222222";
    static final LocalDate EVALUATION = LocalDate.of(2026, 3, 17);
    static final Coordonnees JEANNE =
            new Coordonnees("MME", "Jeanne", "Martin", "jeanne@exemple.fr", "0612345678", null);
    static final OpportunitéOuverte OUVERTE = new OpportunitéOuverte(ID, DOSSIER, JEANNE, "gestionnaire", EVALUATION);
    static final Mission MENAGE = new Mission(
            "m1",
            "Ménage",
            List.of(" Repassage ", "repassage", "Cuisine"),
            List.of(new Creneau(JourSemaine.MARDI, LocalTime.of(9, 0), LocalTime.of(11, 0))));

    private FixtureConfiguration<Opportunite> fixture;
    private Repository<Rappel> rappels;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void preparer() throws Exception {
        fixture = new AggregateTestFixture<>(Opportunite.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
        Repository<Dossier> dossiers = mock(Repository.class);
        when(dossiers.load(DOSSIER)).thenReturn(mock(Aggregate.class));
        when(dossiers.load(INCONNU)).thenThrow(new AggregateNotFoundException(INCONNU, "absent"));
        rappels = mock(Repository.class);
        fixture.registerAnnotatedCommandHandler(
                new CommandesOpportunites(fixture.getRepository(), dossiers, rappels, 11));
    }

    @Test
    void une_opportunite_s_ouvre_pour_un_dossier_existant_avec_ses_coordonnees() {
        fixture.givenNoPriorActivity()
                .when(new OuvrirOpportunite(ID, DOSSIER, JEANNE, "gestionnaire", EVALUATION))
                .expectEvents(OUVERTE);
    }

    @Test
    void un_dossier_inconnu_est_refuse() {
        fixture.givenNoPriorActivity()
                .when(new OuvrirOpportunite(ID, INCONNU, JEANNE, "gestionnaire", EVALUATION))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("dossierId", "INTROUVABLE"));
    }

    @Test
    void une_mission_porte_prestation_competences_normalisees_et_planning() {
        assertThat(MENAGE.competences()).containsExactly("repassage", "cuisine");
        fixture.given(OUVERTE).when(new AjouterMission(ID, MENAGE, null)).expectEvents(new MissionAjoutée(ID, MENAGE));
    }

    @Test
    void une_mission_deja_ajoutee_est_refusee() {
        fixture.given(OUVERTE, new MissionAjoutée(ID, MENAGE))
                .when(new AjouterMission(ID, MENAGE, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("MISSION_EXISTANTE"));
    }

    @Test
    void un_planning_se_refuse_s_il_est_incoherent() {
        assertThatThrownBy(() -> new Creneau(JourSemaine.LUNDI, LocalTime.of(11, 0), LocalTime.of(9, 0)))
                .isInstanceOfSatisfying(
                        Refus.class, r -> assertThat(r.erreur().regle()).isEqualTo("HORAIRE_INVALIDE"));
        assertThatThrownBy(() -> new Mission(
                        "m2",
                        "Ménage",
                        List.of(),
                        List.of(
                                new Creneau(JourSemaine.LUNDI, LocalTime.of(9, 0), LocalTime.of(11, 0)),
                                new Creneau(JourSemaine.LUNDI, LocalTime.of(10, 0), LocalTime.of(12, 0)))))
                .isInstanceOfSatisfying(
                        Refus.class, r -> assertThat(r.erreur().regle()).isEqualTo("CRENEAUX_CHEVAUCHANTS"));
        assertThatThrownBy(() -> new Mission("m2", " ", List.of(), List.of()))
                .isInstanceOfSatisfying(
                        Refus.class, r -> assertThat(r.erreur().champ()).isEqualTo("prestation"));
    }

    @Test
    void les_taches_se_rattachent_a_la_prestation_d_une_mission() {
        List<Tache> taches = List.of(new Tache("ménage", "Faire les vitres"));
        fixture.given(OUVERTE, new MissionAjoutée(ID, MENAGE))
                .when(new DefinirTaches(ID, taches, null))
                .expectEvents(new TâchesDéfinies(ID, taches));
    }

    @Test
    void une_tache_sans_mission_de_sa_prestation_est_refusee() {
        fixture.given(OUVERTE, new MissionAjoutée(ID, MENAGE))
                .when(new DefinirTaches(
                        ID, List.of(new Tache("Ménage", "Vitres"), new Tache("Jardinage", "Tondre")), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("taches[1].prestation", "PRESTATION_INCONNUE"));
    }

    @Test
    void une_mission_dont_la_prestation_porte_des_taches_ne_se_retire_pas() {
        fixture.given(
                        OUVERTE,
                        new MissionAjoutée(ID, MENAGE),
                        new TâchesDéfinies(ID, List.of(new Tache("Ménage", "Vitres"))))
                .when(new RetirerMission(ID, "m1", null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("TACHES_RATTACHEES"));
        fixture.given(OUVERTE, new MissionAjoutée(ID, MENAGE))
                .when(new RetirerMission(ID, "m1", null))
                .expectEvents(new MissionRetirée(ID, "m1"));
        fixture.given(OUVERTE)
                .when(new RetirerMission(ID, "m1", null))
                .expectException(RefusAttendu.champEtRegle("missionId", "INTROUVABLE"));
    }

    @Test
    void informations_et_prevention_des_risques_se_renseignent() {
        fixture.given(OUVERTE)
                .when(new RenseignerInformations(ID, "Chat à la maison", null))
                .expectEvents(new InformationsRenseignées(ID, "Chat à la maison"));
        List<MesurePrevention> mesures = List.of(new MesurePrevention("Chute du bénéficiaire", "Appeler le 15"));
        fixture.given(OUVERTE)
                .when(new DefinirPreventionRisques(ID, mesures, null))
                .expectEvents(new PréventionRisquesDéfinie(ID, mesures));
    }

    @Test
    void une_opportunite_verrouillee_refuse_toute_modification() {
        Object[] commandes = {
            new AjouterMission(ID, MENAGE, null),
            new RetirerMission(ID, "m1", null),
            new RenseignerInformations(ID, "x", null),
            new DefinirTaches(ID, List.of(), null),
            new DefinirPreventionRisques(ID, List.of(), null),
            new DupliquerOpportunite(ID, "autre-copie", "autre-rappel", EVALUATION, null)
        };
        for (Object commande : commandes) {
            fixture.given(OUVERTE, new MissionAjoutée(ID, MENAGE), new OpportunitéVerrouillée(ID, COPIE))
                    .when(commande)
                    .expectNoEvents()
                    .expectException(RefusAttendu.champEtRegle("id", "OPPORTUNITE_VERROUILLEE"))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(COPIE));
        }
        verifyNoInteractions(rappels);
    }

    @Test
    void une_duplication_sur_une_version_perimee_est_un_conflit() {
        fixture.given(OUVERTE, new MissionAjoutée(ID, MENAGE))
                .when(new DupliquerOpportunite(ID, COPIE, RAPPEL, EVALUATION, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
        verifyNoInteractions(rappels);
    }

    @Test
    void l_echeance_de_reevaluation_est_le_mois_de_l_evaluation_plus_onze() {
        assertThat(ReevaluationAnnuelle.echeance(LocalDate.of(2026, 3, 17), 11)).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(ReevaluationAnnuelle.echeance(LocalDate.of(2026, 1, 31), 11)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ReevaluationAnnuelle.echeance(LocalDate.of(2026, 1, 31), 2)).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
