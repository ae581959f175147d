package fr.socle.query.opportunite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.intervenant.JourSemaine;
import fr.socle.kernel.opportunite.Coordonnees;
import fr.socle.kernel.opportunite.Creneau;
import fr.socle.kernel.opportunite.InformationsRenseignées;
import fr.socle.kernel.opportunite.MesurePrevention;
import fr.socle.kernel.opportunite.Mission;
import fr.socle.kernel.opportunite.MissionAjoutée;
import fr.socle.kernel.opportunite.MissionRetirée;
import fr.socle.kernel.opportunite.OpportunitéCopiée;
import fr.socle.kernel.opportunite.OpportunitéOuverte;
import fr.socle.kernel.opportunite.OpportunitéVerrouillée;
import fr.socle.kernel.opportunite.PréventionRisquesDéfinie;
import fr.socle.kernel.opportunite.Tache;
import fr.socle.kernel.opportunite.TâchesDéfinies;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.BancProjection;
import fr.socle.query.opportunite.OpportuniteVue.CoordonneesVue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionOpportunitesTest {

    private static final String OPPORTUNITE = "Opportunite";
    private static final Coordonnees COORDONNEES =
            new Coordonnees("MME", "Anne", "Durand", "anne.durand@example.fr", "0612345678", BancProjection.LILAS);

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection = banc.projection(new ProjectionOpportunites(banc.mongo()));
    }

    private OpportuniteVue lire(String id) {
        return banc.mongo().findById(id, OpportuniteVue.class);
    }

    private TrackedEventMessage<?> ouvrir(String id, String dossierId) {
        return projection.envoyer(
                OPPORTUNITE,
                id,
                0,
                new OpportunitéOuverte(id, dossierId, COORDONNEES, "claire", LocalDate.of(2024, 5, 1)));
    }

    private static Mission mission(String id) {
        return new Mission(
                id,
                "Aide au repas",
                List.of("cuisine"),
                List.of(new Creneau(JourSemaine.LUNDI, LocalTime.of(11, 30), LocalTime.of(13, 0))));
    }

    @Test
    void une_opportunite_ouverte_puis_renseignee() {
        TrackedEventMessage<?> ouverte = ouvrir("o-1", "d-1");

        OpportuniteVue vue = lire("o-1");
        assertThat(vue.version()).isZero();
        assertThat(vue.dossierId()).isEqualTo("d-1");
        assertThat(vue.verrouillee()).isFalse();
        assertThat(vue.origineId()).isNull();
        assertThat(vue.gestionnaire()).isEqualTo("claire");
        assertThat(vue.dateEvaluation()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(vue.dateOuverture()).isEqualTo(ouverte.getTimestamp());
        assertThat(vue.position()).isEqualTo(ouverte.trackingToken().position().getAsLong());
        assertThat(vue.coordonnees())
                .isEqualTo(new CoordonneesVue(
                        "MME",
                        "Anne",
                        "Durand",
                        "anne.durand@example.fr",
                        "0612345678",
                        new OpportuniteVue.AdresseVue("3 rue des Lilas", "69003", "Lyon")));
        assertThat(vue.missions()).isEmpty();

        Mission repas = mission("m-1");
        projection.envoyer(OPPORTUNITE, "o-1", 1, new MissionAjoutée("o-1", repas));
        projection.envoyer(OPPORTUNITE, "o-1", 2, new MissionAjoutée("o-1", mission("m-2")));
        vue = lire("o-1");
        assertThat(vue.version()).isEqualTo(2);
        assertThat(vue.missions()).extracting(OpportuniteVue.MissionVue::id).containsExactly("m-1", "m-2");
        assertThat(vue.missions().get(0).prestation()).isEqualTo("Aide au repas");
        assertThat(vue.missions().get(0).competences()).isEqualTo(repas.competences());
        assertThat(vue.missions().get(0).planning())
                .containsExactly(new OpportuniteVue.CreneauVue("LUNDI", "11:30", "13:00"));

        projection.envoyer(OPPORTUNITE, "o-1", 3, new MissionRetirée("o-1", "m-1"));
        assertThat(lire("o-1").missions())
                .extracting(OpportuniteVue.MissionVue::id)
                .containsExactly("m-2");

        projection.envoyer(OPPORTUNITE, "o-1", 4, new InformationsRenseignées("o-1", "Accès par la cour"));
        projection.envoyer(
                OPPORTUNITE, "o-1", 5, new TâchesDéfinies("o-1", List.of(new Tache("Aide au repas", "Courses"))));
        projection.envoyer(
                OPPORTUNITE,
                "o-1",
                6,
                new PréventionRisquesDéfinie("o-1", List.of(new MesurePrevention("Escalier", "Rampe"))));
        projection.envoyer(OPPORTUNITE, "o-1", 7, new OpportunitéVerrouillée("o-1", "o-2"));

        vue = lire("o-1");
        assertThat(vue.version()).isEqualTo(7);
        assertThat(vue.informations()).isEqualTo("Accès par la cour");
        assertThat(vue.taches()).containsExactly(new OpportuniteVue.TacheVue("Aide au repas", "Courses"));
        assertThat(vue.preventionRisques()).containsExactly(new OpportuniteVue.MesureVue("Escalier", "Rampe"));
        assertThat(vue.verrouillee()).isTrue();
        assertThat(vue.copieId()).isEqualTo("o-2");
    }

    @Test
    void une_opportunite_copiee_reprend_ce_que_porte_la_copie() {
        TrackedEventMessage<?> copiee = projection.envoyer(
                OPPORTUNITE,
                "o-2",
                0,
                new OpportunitéCopiée(
                        "o-2",
                        "o-1",
                        "d-1",
                        COORDONNEES,
                        "paul",
                        LocalDate.of(2025, 5, 1),
                        List.of(mission("m-1")),
                        "Accès par la cour",
                        List.of(new Tache("Aide au repas", "Courses")),
                        List.of(new MesurePrevention("Escalier", "Rampe"))));

        OpportuniteVue vue = lire("o-2");
        assertThat(vue.version()).isZero();
        assertThat(vue.origineId()).isEqualTo("o-1");
        assertThat(vue.gestionnaire()).isEqualTo("paul");
        assertThat(vue.dateOuverture()).isEqualTo(copiee.getTimestamp());
        assertThat(vue.missions()).extracting(OpportuniteVue.MissionVue::id).containsExactly("m-1");
        assertThat(vue.informations()).isEqualTo("Accès par la cour");
        assertThat(vue.taches()).hasSize(1);
        assertThat(vue.preventionRisques()).hasSize(1);
        assertThat(vue.coordonnees().nom()).isEqualTo("Durand");
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> ouverte = ouvrir("o-1", "d-1");
        TrackedEventMessage<?> ajout =
                projection.envoyer(OPPORTUNITE, "o-1", 1, new MissionAjoutée("o-1", mission("m-1")));
        TrackedEventMessage<?> retrait = projection.envoyer(OPPORTUNITE, "o-1", 2, new MissionRetirée("o-1", "m-1"));
        TrackedEventMessage<?> verrou =
                projection.envoyer(OPPORTUNITE, "o-1", 3, new OpportunitéVerrouillée("o-1", "o-2"));

        projection.renvoyerSansEffet(OpportuniteVue.class, "o-1", ouverte, ajout, retrait, verrou);

        assertThat(lire("o-1").version()).isEqualTo(3);
        assertThat(lire("o-1").missions()).isEmpty();
    }

    @Test
    void la_derniere_mission_relivree_n_est_pas_ajoutee_deux_fois() {
        ouvrir("o-1", "d-1");
        TrackedEventMessage<?> ajout =
                projection.envoyer(OPPORTUNITE, "o-1", 1, new MissionAjoutée("o-1", mission("m-1")));

        projection.renvoyerSansEffet(OpportuniteVue.class, "o-1", ajout);

        assertThat(lire("o-1").missions()).hasSize(1);
    }

    @Test
    void l_effacement_de_l_opportunite_efface_ses_coordonnees() {
        ouvrir("o-1", "d-1");
        ouvrir("o-2", "d-1");
        projection.envoyer(OPPORTUNITE, "o-1", 1, new InformationsRenseignées("o-1", "Accès par la cour"));

        projection.envoyer(OPPORTUNITE, "o-1", 2, new DonneesPersonnellesEffacées("o-1", "Opportunite"));

        OpportuniteVue vue = lire("o-1");
        String e = DonneePersonnelle.EFFACEE;
        assertThat(vue.version()).isEqualTo(2);
        assertThat(vue.coordonnees()).isEqualTo(new CoordonneesVue("MME", e, e, e, e, null));
        assertThat(vue.informations()).isEqualTo("Accès par la cour");
        assertThat(banc.document(OpportuniteVue.class, "o-1").toJson())
                .doesNotContain("Anne", "Durand", "anne.durand", "0612345678", "Lilas", "69003");
        assertThat(lire("o-2").coordonnees().nom()).isEqualTo("Durand");
    }

    @Test
    void l_effacement_du_dossier_efface_les_coordonnees_copiees_dans_ses_opportunites() {
        ouvrir("o-1", "d-1");
        ouvrir("o-2", "d-1");
        ouvrir("o-3", "d-2");

        projection.envoyer("Dossier", "d-1", 9, new DonneesPersonnellesEffacées("d-1", "Dossier"));

        for (String id : List.of("o-1", "o-2")) {
            OpportuniteVue vue = lire(id);
            assertThat(vue.coordonnees().nom()).isEqualTo(DonneePersonnelle.EFFACEE);
            assertThat(vue.coordonnees().email()).isEqualTo(DonneePersonnelle.EFFACEE);
            assertThat(vue.coordonnees().adresse()).isNull();
            // L'événement est celui du dossier : la version de l'opportunité n'en dépend pas.
            assertThat(vue.version()).isZero();
            assertThat(banc.document(OpportuniteVue.class, id).toJson()).doesNotContain("Durand", "anne.durand");
        }
        assertThat(lire("o-3").coordonnees().nom()).isEqualTo("Durand");

        projection.envoyer(OPPORTUNITE, "o-1", 1, new InformationsRenseignées("o-1", "Suite"));
        assertThat(lire("o-1").version()).isEqualTo(1);
    }

    @Test
    void la_reinitialisation_vide_la_collection() {
        ouvrir("o-1", "d-1");
        ouvrir("o-2", "d-1");

        projection.reinitialiser();

        assertThat(banc.nombre(OpportuniteVue.class)).isZero();
    }
}
