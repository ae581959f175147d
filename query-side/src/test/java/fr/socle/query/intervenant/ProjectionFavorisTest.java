package fr.socle.query.intervenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.intervenant.FavoriAjouté;
import fr.socle.kernel.intervenant.FavoriRetiré;
import fr.socle.kernel.intervenant.FavorisUtilisateur;
import fr.socle.kernel.intervenant.IntervenantMisEnFavori;
import fr.socle.kernel.intervenant.IntervenantRetiréDesFavoris;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.query.BancProjection;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionFavorisTest {

    private static final String FAVORIS = "FavorisUtilisateur";

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;
    private final String id = FavorisUtilisateur.identifiant("claire");

    @BeforeEach
    void preparer() {
        projection = banc.projection(new ProjectionFavoris(banc.mongo()));
    }

    private FavorisVue favoris() {
        return banc.mongo().findById(id, FavorisVue.class);
    }

    @Test
    void des_favoris_ajoutes_puis_retires() {
        projection.envoyer(FAVORIS, id, 0, new FavoriAjouté(id, "claire", "i-1"));

        FavorisVue vue = favoris();
        assertThat(vue.version()).isZero();
        assertThat(vue.utilisateur()).isEqualTo("claire");
        assertThat(vue.ajoutes()).containsExactly("i-1");
        assertThat(vue.retires()).isEmpty();

        projection.envoyer(FAVORIS, id, 1, new FavoriAjouté(id, "claire", "i-2"));
        projection.envoyer(FAVORIS, id, 2, new FavoriRetiré(id, "claire", "i-1"));

        vue = favoris();
        assertThat(vue.version()).isEqualTo(2);
        assertThat(vue.ajoutes()).containsExactly("i-2");
        assertThat(vue.retires()).containsExactly("i-1");
        assertThat(vue.intervenants()).containsExactly("i-2");

        projection.envoyer(FAVORIS, id, 3, new FavoriAjouté(id, "claire", "i-1"));
        vue = favoris();
        assertThat(vue.version()).isEqualTo(3);
        assertThat(vue.ajoutes()).containsExactly("i-2", "i-1");
        assertThat(vue.retires()).isEmpty();
    }

    @Test
    void les_anciens_evenements_des_fiches_cedent_aux_choix_recents() {
        projection.envoyer("Intervenant", "i-1", 4, new IntervenantMisEnFavori("i-1", "claire"));
        projection.envoyer("Intervenant", "i-2", 7, new IntervenantMisEnFavori("i-2", "claire"));

        FavorisVue vue = favoris();
        assertThat(vue.version()).isEqualTo(-1);
        assertThat(vue.anciens()).containsExactly("i-1", "i-2");

        projection.envoyer(FAVORIS, id, 0, new FavoriRetiré(id, "claire", "i-1"));
        projection.envoyer("Intervenant", "i-2", 8, new IntervenantRetiréDesFavoris("i-2", "claire"));

        vue = favoris();
        assertThat(vue.version()).isZero();
        assertThat(vue.anciens()).containsExactly("i-1");
        assertThat(vue.retires()).containsExactly("i-1");
        assertThat(vue.contient("i-1")).isFalse();
        assertThat(vue.intervenants()).isEmpty();
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> ajout = projection.envoyer(FAVORIS, id, 0, new FavoriAjouté(id, "claire", "i-1"));
        TrackedEventMessage<?> retrait = projection.envoyer(FAVORIS, id, 1, new FavoriRetiré(id, "claire", "i-1"));
        TrackedEventMessage<?> ancien =
                projection.envoyer("Intervenant", "i-3", 2, new IntervenantMisEnFavori("i-3", "claire"));
        Document avant = banc.document(FavorisVue.class, id);

        projection.renvoyer(ajout);
        projection.renvoyer(retrait);
        projection.renvoyer(ancien);

        assertThat(banc.document(FavorisVue.class, id)).isEqualTo(avant);
        assertThat(favoris().version()).isEqualTo(1);
        assertThat(favoris().contient("i-1")).isFalse();
        assertThat(banc.nombre(FavorisVue.class)).isEqualTo(1);
    }

    @Test
    void l_effacement_rgpd_est_sans_objet_les_favoris_ne_portent_aucune_donnee_personnelle() {
        assertThat(Stream.of(FavoriAjouté.class, FavoriRetiré.class, IntervenantMisEnFavori.class)
                        .flatMap(e -> Stream.of(e.getRecordComponents())))
                .noneMatch(c -> c.isAnnotationPresent(DonneePersonnelle.class));
        assertThat(projection.gere(DonneesPersonnellesEffacées.class)).isFalse();
    }

    @Test
    void la_reinitialisation_vide_la_collection() {
        projection.envoyer(FAVORIS, id, 0, new FavoriAjouté(id, "claire", "i-1"));
        projection.envoyer("Intervenant", "i-1", 0, new IntervenantMisEnFavori("i-1", "paul"));
        assertThat(banc.nombre(FavorisVue.class)).isEqualTo(2);

        projection.reinitialiser();

        assertThat(banc.nombre(FavorisVue.class)).isZero();
    }
}
