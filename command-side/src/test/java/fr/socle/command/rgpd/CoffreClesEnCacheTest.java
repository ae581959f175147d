package fr.socle.command.rgpd;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class CoffreClesEnCacheTest {

    private final CoffreEnMemoire coffre = new CoffreEnMemoire();
    private final CoffreClesEnCache cache = new CoffreClesEnCache(coffre);

    @Test
    void une_cle_lue_hors_unite_de_travail_n_est_plus_relue() {
        byte[] cle = cache.cle("dossier-1");
        assertThat(cache.cleExistante("dossier-1")).contains(cle);
        assertThat(cache.cle("dossier-1")).isEqualTo(cle);
        assertThat(coffre.lectures).hasValue(1);
    }

    @Test
    void une_cle_creee_dans_une_unite_annulee_n_est_pas_retenue() {
        UnitOfWork<?> unite = DefaultUnitOfWork.startAndGet(null);
        cache.cle("dossier-1");
        unite.rollback();
        coffre.cles.clear();

        assertThat(cache.cleExistante("dossier-1")).isEmpty();
        assertThat(coffre.lectures).hasValue(2);
    }

    @Test
    void une_cle_creee_dans_une_unite_validee_est_retenue_apres_la_validation() {
        UnitOfWork<?> unite = DefaultUnitOfWork.startAndGet(null);
        byte[] cle = cache.cle("dossier-1");
        cache.cleExistante("dossier-1");
        unite.commit();
        assertThat(coffre.lectures).hasValue(2);

        assertThat(cache.cleExistante("dossier-1")).contains(cle);
        assertThat(coffre.lectures).hasValue(2);
    }

    @Test
    void une_cle_detruite_n_est_plus_rendue_meme_par_une_lecture_commencee_avant_la_destruction() {
        coffre.cle("dossier-1");
        UnitOfWork<?> lecture = DefaultUnitOfWork.startAndGet(null);
        assertThat(cache.cleExistante("dossier-1")).isPresent();
        CurrentUnitOfWork.clear(lecture);

        cache.detruire("dossier-1");
        CurrentUnitOfWork.set(lecture);
        lecture.commit();

        assertThat(cache.cleExistante("dossier-1")).isEmpty();
    }
}
