package fr.socle.query.rappel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.rappel.Priorite;
import fr.socle.kernel.rappel.RappelDéclenché;
import fr.socle.kernel.rappel.RappelProgrammé;
import fr.socle.kernel.rappel.RappelTraité;
import fr.socle.kernel.rappel.SituationRappel;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.BancProjection;
import java.time.LocalDate;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionRappelsTest {

    private static final String RAPPEL = "Rappel";

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection = banc.projection(new ProjectionRappels(banc.mongo()));
    }

    private RappelVue rappel(String id) {
        return banc.mongo().findById(id, RappelVue.class);
    }

    private TrackedEventMessage<?> programmer(String id) {
        return projection.envoyer(
                RAPPEL,
                id,
                0,
                new RappelProgrammé(
                        id,
                        "Relancer le client",
                        LocalDate.of(2024, 4, 2),
                        "relance",
                        "claire",
                        Priorite.HAUTE,
                        true,
                        false,
                        "op-1"));
    }

    @Test
    void un_rappel_programme_puis_declenche_puis_traite() {
        TrackedEventMessage<?> programme = programmer("r-1");

        RappelVue cree = rappel("r-1");
        assertThat(cree.version()).isZero();
        assertThat(cree.titre()).isEqualTo("Relancer le client");
        assertThat(cree.echeance()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(cree.categorie()).isEqualTo("relance");
        assertThat(cree.gerePar()).isEqualTo("claire");
        assertThat(cree.priorite()).isEqualTo(Priorite.HAUTE);
        assertThat(cree.situation()).isEqualTo(SituationRappel.A_TRAITER);
        assertThat(cree.alerte()).isTrue();
        assertThat(cree.alerteMail()).isFalse();
        assertThat(cree.opportuniteId()).isEqualTo("op-1");
        assertThat(cree.declenche()).isFalse();
        assertThat(cree.declencheLe()).isNull();
        assertThat(cree.position())
                .isEqualTo(programme.trackingToken().position().getAsLong());

        projection.envoyer(
                RAPPEL, "r-1", 1, new RappelDéclenché("r-1", LocalDate.of(2024, 4, 3), "claire", true, false));
        RappelVue declenche = rappel("r-1");
        assertThat(declenche.version()).isEqualTo(1);
        assertThat(declenche.declenche()).isTrue();
        assertThat(declenche.declencheLe()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(declenche.situation()).isEqualTo(SituationRappel.A_TRAITER);

        projection.envoyer(RAPPEL, "r-1", 2, new RappelTraité("r-1"));
        RappelVue traite = rappel("r-1");
        assertThat(traite.version()).isEqualTo(2);
        assertThat(traite.situation()).isEqualTo(SituationRappel.TRAITE);
        assertThat(traite.declenche()).isTrue();
        assertThat(traite.position()).isEqualTo(cree.position());
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> programme = programmer("r-1");
        TrackedEventMessage<?> declenche = projection.envoyer(
                RAPPEL, "r-1", 1, new RappelDéclenché("r-1", LocalDate.of(2024, 4, 3), "claire", true, false));
        projection.envoyer(RAPPEL, "r-1", 2, new RappelTraité("r-1"));
        RappelVue avant = rappel("r-1");
        var brut = banc.document(RappelVue.class, "r-1");

        projection.renvoyer(programme);
        projection.renvoyer(declenche);

        assertThat(rappel("r-1")).isEqualTo(avant);
        assertThat(banc.document(RappelVue.class, "r-1")).isEqualTo(brut);
        assertThat(banc.nombre(RappelVue.class)).isEqualTo(1);
    }

    @Test
    void un_changement_sur_un_rappel_inconnu_ne_cree_rien() {
        projection.envoyer(RAPPEL, "r-absent", 1, new RappelTraité("r-absent"));
        assertThat(banc.nombre(RappelVue.class)).isZero();
    }

    @Test
    void l_effacement_rgpd_est_sans_objet_les_rappels_ne_portent_aucune_donnee_personnelle() {
        assertThat(RappelProgrammé.class.getRecordComponents())
                .noneMatch(c -> c.isAnnotationPresent(fr.socle.kernel.rgpd.DonneePersonnelle.class));
        assertThat(projection.gere(DonneesPersonnellesEffacées.class)).isFalse();
    }

    @Test
    void la_reinitialisation_vide_la_collection() {
        programmer("r-1");
        programmer("r-2");
        assertThat(banc.nombre(RappelVue.class)).isEqualTo(2);

        projection.reinitialiser();

        assertThat(banc.nombre(RappelVue.class)).isZero();
        programmer("r-1");
        assertThat(rappel("r-1").version()).isZero();
    }
}
