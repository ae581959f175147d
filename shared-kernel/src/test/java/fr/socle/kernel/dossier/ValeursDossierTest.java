package fr.socle.kernel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.kernel.erreur.Refus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValeursDossierTest {

    private static void refuse(Runnable creation, String champ, String regle) {
        assertThatThrownBy(creation::run).isInstanceOf(Refus.class).satisfies(e -> {
            assertThat(((Refus) e).erreur().regle()).isEqualTo(regle);
            assertThat(((Refus) e).erreur().champ()).isEqualTo(champ);
        });
    }

    @Test
    void un_exercice_sans_fin_dure_douze_mois_moins_un_jour() {
        assertThat(Exercice.depuis(LocalDate.of(2026, 1, 1), null).fin()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Exercice.depuis(LocalDate.of(2026, 7, 1), null).fin()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(Exercice.depuis(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 12, 31))
                        .fin())
                .isEqualTo(LocalDate.of(2027, 12, 31));
        refuse(() -> Exercice.depuis(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30)), "fin", "DATES_INCOHERENTES");
    }

    @Test
    void une_commande_a_un_numero_un_debut_et_une_fin_qui_le_suit() {
        refuse(() -> new Commande(" ", LocalDate.of(2026, 1, 1), null), "numero", "OBLIGATOIRE");
        refuse(() -> new Commande("C-1", null, null), "debut", "OBLIGATOIRE");
        refuse(
                () -> new Commande("C-1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)),
                "fin",
                "DATES_INCOHERENTES");
        Commande commande = new Commande("C-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(commande.couvre(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(commande.couvre(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void la_commande_decide_de_l_etat_vise_selon_son_debut() {
        LocalDate aujourdhui = LocalDate.of(2026, 5, 10);
        assertThat(EtatDossier.apresCommande(new Commande("C", aujourdhui.plusDays(1), null), aujourdhui))
                .isEqualTo(EtatDossier.COMMANDE);
        assertThat(EtatDossier.apresCommande(new Commande("C", aujourdhui, null), aujourdhui))
                .isEqualTo(EtatDossier.EN_COURS);
    }

    @Test
    void un_financeur_cite_deux_fois_ou_sans_montant_positif_est_refuse() {
        refuse(
                () -> new Prestation(
                        "Bilan",
                        null,
                        List.of(new Financement("OPCO", BigDecimal.TEN), new Financement("opco", BigDecimal.ONE))),
                "financeurs.1.financeur",
                "FINANCEUR_EN_DOUBLE");
        refuse(() -> new Financement("OPCO", BigDecimal.ZERO), "montant", "MONTANT_INVALIDE");
        refuse(() -> new Prestation(null, null, List.of()), "libelle", "OBLIGATOIRE");
    }

    @Test
    void un_document_de_plus_de_5_mio_est_refuse() {
        String cinqMio = Base64.getEncoder().encodeToString(new byte[(int) ContenuDocument.TAILLE_MAX]);
        assertThat(ContenuDocument.lire(cinqMio).taille()).isEqualTo(ContenuDocument.TAILLE_MAX);
        String tropGros = Base64.getEncoder().encodeToString(new byte[(int) ContenuDocument.TAILLE_MAX + 1]);
        refuse(() -> ContenuDocument.lire(tropGros), null, "DOCUMENT_TROP_GROS");
        refuse(() -> ContenuDocument.lire("pas du base64 !"), null, "BASE64_INVALIDE");
    }

    @Test
    void une_fiche_saisie_est_soit_reprise_soit_creee() {
        refuse(() -> new FicheSaisie(null, null, "Paul"), null, "FICHE_UNIQUE");
        refuse(() -> new FicheSaisie("id", "Durand", null), null, "FICHE_UNIQUE");
        assertThat(new FicheSaisie(null, " Durand ", "Paul").nom()).isEqualTo("Durand");
    }

    @Test
    void les_etats_et_leurs_passages_permis() {
        assertThat(EtatDossier.OUVERT.suivantsPermis())
                .containsExactlyInAnyOrder(EtatDossier.COMMANDE, EtatDossier.EN_COURS, EtatDossier.CLOTURE);
        assertThat(EtatDossier.EN_COURS.peutPasserA(EtatDossier.COMMANDE)).isFalse();
        assertThat(EtatDossier.FACTURE.suivantsPermis()).containsExactly(EtatDossier.CLOTURE);
        assertThat(EtatDossier.CLOTURE.suivantsPermis()).isEmpty();
    }

    @Test
    void un_contact_se_joint_et_une_note_a_un_texte() {
        refuse(() -> new Contact("c", "Petit", null, null, null, null), "email", "MOYEN_DE_CONTACT_REQUIS");
        refuse(() -> new AjouterNote("d", "n", "  ", null), "texte", "OBLIGATOIRE");
        refuse(() -> new AjouterNote("d", "n", "x".repeat(AjouterNote.LONGUEUR_MAX + 1), null), "texte", "TROP_LONG");
        refuse(() -> new CreerConvention("c", "Tarif", BigDecimal.ZERO, null), "tarif", "MONTANT_INVALIDE");
    }
}
