package fr.socle.query.suivi;

import static fr.socle.query.BancProjection.par;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.suivi.ÉvénementIndésirableDéclaré;
import fr.socle.kernel.suivi.ÉvénementIndésirableTraité;
import fr.socle.query.BancProjection;
import java.time.LocalDate;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionEvenementsIndesirablesTest {

    private static final String TYPE = "EvenementIndesirable";

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection = banc.projection(new ProjectionEvenementsIndesirables(banc.mongo()));
    }

    private EvenementIndesirableVue lire(String id) {
        return banc.mongo().findById(id, EvenementIndesirableVue.class);
    }

    private TrackedEventMessage<?> declarer(String id) {
        return projection.envoyer(
                TYPE,
                id,
                0,
                new ÉvénementIndésirableDéclaré(
                        id, "d-1", "i-1", "Martine", "Chute pendant l'intervention", LocalDate.of(2024, 2, 28)),
                par("martine"));
    }

    @Test
    void un_evenement_declare_puis_traite() {
        TrackedEventMessage<?> declare = declarer("ei-1");

        EvenementIndesirableVue vue = lire("ei-1");
        assertThat(vue.version()).isZero();
        assertThat(vue.dossierId()).isEqualTo("d-1");
        assertThat(vue.intervenantId()).isEqualTo("i-1");
        assertThat(vue.encadrant()).isEqualTo("Martine");
        assertThat(vue.description()).isEqualTo("Chute pendant l'intervention");
        assertThat(vue.date()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(vue.traite()).isFalse();
        assertThat(vue.declarePar()).isEqualTo("martine");
        assertThat(vue.position()).isEqualTo(declare.trackingToken().position().getAsLong());

        projection.envoyer(TYPE, "ei-1", 1, new ÉvénementIndésirableTraité("ei-1"));

        EvenementIndesirableVue traite = lire("ei-1");
        assertThat(traite.version()).isEqualTo(1);
        assertThat(traite.traite()).isTrue();
        assertThat(traite.description()).isEqualTo(vue.description());
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> declare = declarer("ei-1");
        TrackedEventMessage<?> traite = projection.envoyer(TYPE, "ei-1", 1, new ÉvénementIndésirableTraité("ei-1"));

        projection.renvoyerSansEffet(EvenementIndesirableVue.class, "ei-1", declare, traite);

        assertThat(lire("ei-1").version()).isEqualTo(1);
        assertThat(banc.nombre(EvenementIndesirableVue.class)).isEqualTo(1);
    }

    @Test
    void l_effacement_rgpd_est_sans_objet_ses_evenements_ne_portent_aucune_donnee_personnelle() {
        assertThat(ÉvénementIndésirableDéclaré.class.getRecordComponents())
                .noneMatch(c -> c.isAnnotationPresent(DonneePersonnelle.class));
        assertThat(projection.gere(DonneesPersonnellesEffacées.class)).isFalse();
    }

    @Test
    void la_reinitialisation_vide_la_collection() {
        declarer("ei-1");
        declarer("ei-2");
        assertThat(banc.nombre(EvenementIndesirableVue.class)).isEqualTo(2);

        projection.reinitialiser();

        assertThat(banc.nombre(EvenementIndesirableVue.class)).isZero();
    }
}
