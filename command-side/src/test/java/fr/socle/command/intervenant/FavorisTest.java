package fr.socle.command.intervenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.command.commun.RefusAttendu;
import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.intervenant.FavoriAjouté;
import fr.socle.kernel.intervenant.FavoriRetiré;
import fr.socle.kernel.intervenant.FavorisUtilisateur;
import fr.socle.kernel.intervenant.MarquerIntervenantFavori;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Les favoris d'un utilisateur : à lui, hors de la fiche, dont ils ne touchent pas la version. */
class FavorisTest {

    static final String ID = IntervenantTest.ID;
    static final String FAVORIS = FavorisUtilisateur.identifiant("gestionnaire");
    static final Map<String, String> PAR_GESTIONNAIRE = Map.of("auteur", "gestionnaire");

    private FixtureConfiguration<Favoris> fixture;
    /** Qui a la fiche en favori d'après ses anciens événements. */
    private final Set<String> anciens = new HashSet<>();

    private boolean supprimee;

    @BeforeEach
    void preparer() {
        fixture = new AggregateTestFixture<>(Favoris.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
        fixture.registerAnnotatedCommandHandler(new FavorisIntervenants(
                (intervenantId, utilisateur) -> {
                    if (supprimee) {
                        throw Refus.conflit("id", "INTERVENANT_SUPPRIME", "Cet intervenant a été supprimé");
                    }
                    return anciens.contains(utilisateur);
                },
                fixture.getRepository()));
    }

    @Test
    void mettre_en_favori_puis_retirer_ecrit_dans_les_favoris_de_l_utilisateur() {
        fixture.givenNoPriorActivity()
                .when(new MarquerIntervenantFavori(ID, true, null), PAR_GESTIONNAIRE)
                .expectEvents(new FavoriAjouté(FAVORIS, "gestionnaire", ID));
        fixture.given(new FavoriAjouté(FAVORIS, "gestionnaire", ID))
                .when(new MarquerIntervenantFavori(ID, true, null), PAR_GESTIONNAIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new FavoriAjouté(FAVORIS, "gestionnaire", ID))
                .when(new MarquerIntervenantFavori(ID, false, null), PAR_GESTIONNAIRE)
                .expectEvents(new FavoriRetiré(FAVORIS, "gestionnaire", ID));
    }

    @Test
    void retirer_ce_qui_n_est_pas_en_favori_ne_change_rien() {
        fixture.givenNoPriorActivity()
                .when(new MarquerIntervenantFavori(ID, false, null), PAR_GESTIONNAIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void un_favori_d_un_ancien_evenement_de_la_fiche_compte_jusqu_a_un_nouveau_choix() {
        anciens.add("gestionnaire");
        fixture.givenNoPriorActivity()
                .when(new MarquerIntervenantFavori(ID, true, null), PAR_GESTIONNAIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new MarquerIntervenantFavori(ID, false, null), PAR_GESTIONNAIRE)
                .expectEvents(new FavoriRetiré(FAVORIS, "gestionnaire", ID));
        fixture.given(new FavoriRetiré(FAVORIS, "gestionnaire", ID))
                .when(new MarquerIntervenantFavori(ID, false, null), PAR_GESTIONNAIRE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void une_fiche_supprimee_ne_se_met_pas_en_favori() {
        supprimee = true;
        fixture.givenNoPriorActivity()
                .when(new MarquerIntervenantFavori(ID, true, null), PAR_GESTIONNAIRE)
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("id", "INTERVENANT_SUPPRIME"));
    }

    @Test
    void chaque_utilisateur_a_ses_favoris() {
        assertThat(FavorisUtilisateur.identifiant("gestionnaire"))
                .isEqualTo(FAVORIS)
                .isNotEqualTo(FavorisUtilisateur.identifiant("admin"));
    }
}
