package fr.socle.kernel.valeur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.kernel.erreur.Refus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValeursTest {

    private static void refuse(Runnable creation, String regle) {
        assertThatThrownBy(creation::run)
                .isInstanceOf(Refus.class)
                .satisfies(e -> assertThat(((Refus) e).erreur().regle()).isEqualTo(regle));
    }

    @Test
    void un_siret_valide_passe_la_cle_de_luhn() {
        assertThat(new Siret("732 829 320 00074").valeur()).isEqualTo("73282932000074");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "7328293200007", "7328293200007A", "123"})
    void un_siret_faux_est_refuse(String siret) {
        refuse(() -> new Siret(siret), "SIRET_INVALIDE");
    }

    @Test
    void un_mobile_francais_est_normalise() {
        assertThat(Telephone.mobile("+33 6 12 34 56 78").valeur()).isEqualTo("0612345678");
        assertThat(Telephone.mobile("07.12.34.56.78").valeur()).isEqualTo("0712345678");
        assertThat(Telephone.mobile("0033712345678").valeur()).isEqualTo("0712345678");
    }

    @Test
    void un_fixe_n_est_pas_un_mobile() {
        refuse(() -> Telephone.mobile("01 23 45 67 89"), "MOBILE_INVALIDE");
        refuse(() -> Telephone.mobile("06 12"), "MOBILE_INVALIDE");
        assertThat(new Telephone("01 23 45 67 89").estMobile()).isFalse();
    }

    @Test
    void un_email_est_mis_en_minuscules_et_verifie() {
        assertThat(new Email(" Jeanne.Martin@Exemple.FR ").valeur()).isEqualTo("jeanne.martin@exemple.fr");
        refuse(() -> new Email("jeanne@"), "EMAIL_INVALIDE");
        refuse(() -> new Email("jeanne martin@exemple.fr"), "EMAIL_INVALIDE");
        refuse(() -> new Email(""), "OBLIGATOIRE");
    }

    @Test
    void une_adresse_exige_un_code_postal_a_cinq_chiffres() {
        assertThat(new Adresse("1 rue de la Paix", "75002", "Paris").codePostal())
                .isEqualTo("75002");
        Refus refus = (Refus) org.junit.jupiter.api.Assertions.assertThrows(
                Refus.class, () -> new Adresse("1 rue de la Paix", "7500", "Paris"));
        assertThat(refus.erreur().champ()).isEqualTo("codePostal");
        assertThat(refus.sous("titulaire.adresse").erreur().champ()).isEqualTo("titulaire.adresse.codePostal");
    }

    @Test
    void un_texte_trop_long_est_refuse() {
        refuse(() -> Texte.obligatoire("x".repeat(Texte.LONGUEUR_MAX + 1), "nom"), "TROP_LONG");
        refuse(() -> Texte.obligatoire("  ", "nom"), "OBLIGATOIRE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202Enitram",
                "Mar\u200Btin",
                "Mar\u200Dtin",
                "\uFEFFMartin",
                "Mar\u00ADtin",
                "Mar\u2066tin\u2069",
                "Mar\u2060tin",
                "Mar\u0000tin",
                "Mar\ntin",
                "Mar\u2028tin",
                "Mar\uD800tin"
            })
    void un_caractere_invisible_ou_de_controle_est_interdit(String nom) {
        refuse(() -> Texte.obligatoire(nom, "nom"), "CARACTERE_INTERDIT");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lœwy",
                "d’Hélène",
                "O'Brien",
                "Jean\u00A0Pierre",
                "Ñuñez",
                "Zoë 🙂",
                "👩‍💻",
                "❤️‍🔥",
                "👩🏽‍💻",
                "🏳️‍🌈",
                "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
                "李小龙"
            })
    void les_caracteres_legitimes_restent_permis(String nom) {
        assertThat(Texte.obligatoire(nom, "nom")).isEqualTo(nom);
    }

    @Test
    void un_texte_de_plusieurs_lignes_garde_ses_retours_a_la_ligne_mais_pas_ses_caracteres_invisibles() {
        Texte.verifierCaracteres("Ligne 1\r\n\tLigne 2", "texte", true);
        refuse(() -> Texte.verifierCaracteres("Ligne\u202E 1", "texte", true), "CARACTERE_INTERDIT");
        refuse(() -> Texte.verifierCaracteres("a\u200Db", "texte", true), "CARACTERE_INTERDIT");
        refuse(() -> Texte.verifierCaracteres("\uDB40\uDC67", "texte", true), "CARACTERE_INTERDIT");
    }
}
