package fr.socle.kernel.valeur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.kernel.erreur.Refus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    @Test
    void un_nir_valide_est_lu_sans_ses_espaces() {
        assertThat(new Nir("2 55 08 14 168 025 38").valeur()).isEqualTo("255081416802538");
    }

    @Test
    void la_cle_vaut_97_moins_le_numero_modulo_97() {
        assertThat(Nir.cle("2550814168025")).isEqualTo(38);
        assertThat(Nir.cle("1850578006084")).isEqualTo(91);
    }

    @Test
    void la_corse_compte_2A_pour_19_et_2B_pour_18() {
        assertThat(Nir.cle("269052A123456")).isEqualTo(97 - (int) (2690519123456L % 97));
        assertThat(new Nir("2 69 05 2a 123 456 88").valeur()).isEqualTo("269052A12345688");
        assertThat(new Nir("169052B12345668").valeur()).isEqualTo("169052B12345668");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "255081416802539",
                "25508141680253",
                "2550814168025388",
                "955081416802538",
                "269052C12345688",
                "269052B12345688",
                "2550814168025AB"
            })
    void un_nir_faux_est_refuse(String nir) {
        assertThatThrownBy(() -> new Nir(nir))
                .isInstanceOf(Refus.class)
                .satisfies(e -> assertThat(((Refus) e).erreur().regle()).isEqualTo("NIR_INVALIDE"));
    }
}
