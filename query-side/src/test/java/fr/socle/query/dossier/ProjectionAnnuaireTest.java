package fr.socle.query.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.dossier.ConventionCréée;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.BancProjection;
import java.math.BigDecimal;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionAnnuaireTest {

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection = banc.projection(new ProjectionAnnuaire(banc.mongo()));
    }

    private TrackedEventMessage<?> creerFiche(String id) {
        return projection.envoyer(
                "FicheAnnuaire",
                id,
                0,
                new FicheAnnuaireCréée(
                        id,
                        TypeFiche.BENEFICIAIRE,
                        Civilite.MME,
                        "Lefèvre",
                        "Élodie",
                        new Email("elodie.lefevre@example.fr"),
                        new Telephone("06 12 34 56 78")));
    }

    private FicheAnnuaireVue fiche(String id) {
        return banc.mongo().findById(id, FicheAnnuaireVue.class);
    }

    @Test
    void une_fiche_creee() {
        TrackedEventMessage<?> creee = creerFiche("f-1");

        FicheAnnuaireVue vue = fiche("f-1");
        assertThat(vue.version()).isZero();
        assertThat(vue.type()).isEqualTo(TypeFiche.BENEFICIAIRE);
        assertThat(vue.civilite()).isEqualTo("MME");
        assertThat(vue.nom()).isEqualTo("Lefèvre");
        assertThat(vue.prenom()).isEqualTo("Élodie");
        assertThat(vue.email()).isEqualTo("elodie.lefevre@example.fr");
        assertThat(vue.mobile()).isEqualTo("0612345678");
        assertThat(vue.nomRecherche()).isEqualTo(Recherche.cle("Lefèvre")).isNotEqualTo("Lefèvre");
        assertThat(vue.prenomRecherche()).isEqualTo(Recherche.cle("Élodie"));
        assertThat(vue.position()).isEqualTo(creee.trackingToken().position().getAsLong());
    }

    @Test
    void une_fiche_sans_coordonnees() {
        projection.envoyer(
                "FicheAnnuaire",
                "f-2",
                0,
                new FicheAnnuaireCréée("f-2", TypeFiche.PRESCRIPTEUR, null, "Martin", null, null, null));

        Document brut = banc.document(FicheAnnuaireVue.class, "f-2");
        assertThat(brut.get("civilite")).isNull();
        assertThat(brut.get("email")).isNull();
        assertThat(fiche("f-2").type()).isEqualTo(TypeFiche.PRESCRIPTEUR);
    }

    @Test
    void une_convention_creee() {
        TrackedEventMessage<?> creee = projection.envoyer(
                "Convention", "c-1", 0, new ConventionCréée("c-1", "Aide à domicile", new BigDecimal("24.50"), "CAF"));

        ConventionVue vue = banc.mongo().findById("c-1", ConventionVue.class);
        assertThat(vue.version()).isZero();
        assertThat(vue.libelle()).isEqualTo("Aide à domicile");
        assertThat(vue.tarif()).isEqualByComparingTo("24.50");
        assertThat(vue.financeurParDefaut()).isEqualTo("CAF");
        assertThat(vue.position()).isEqualTo(creee.trackingToken().position().getAsLong());
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> creee = creerFiche("f-1");
        TrackedEventMessage<?> effacement =
                projection.envoyer("FicheAnnuaire", "f-1", 1, new DonneesPersonnellesEffacées("f-1", "FicheAnnuaire"));
        TrackedEventMessage<?> convention = projection.envoyer(
                "Convention", "c-1", 0, new ConventionCréée("c-1", "Aide à domicile", new BigDecimal("24.50"), "CAF"));
        Document fiche = banc.document(FicheAnnuaireVue.class, "f-1");
        Document conventionAvant = banc.document(ConventionVue.class, "c-1");

        projection.renvoyer(creee);
        projection.renvoyer(effacement);
        projection.renvoyer(convention);

        assertThat(banc.document(FicheAnnuaireVue.class, "f-1")).isEqualTo(fiche);
        assertThat(banc.document(ConventionVue.class, "c-1")).isEqualTo(conventionAvant);
        assertThat(fiche("f-1").version()).isEqualTo(1);
    }

    @Test
    void une_fiche_effacee_ne_garde_que_son_type_et_sa_place() {
        TrackedEventMessage<?> creee = creerFiche("f-1");
        creerFiche("f-2");

        projection.envoyer("FicheAnnuaire", "f-1", 1, new DonneesPersonnellesEffacées("f-1", "FicheAnnuaire"));

        FicheAnnuaireVue vue = fiche("f-1");
        assertThat(vue.version()).isEqualTo(1);
        assertThat(vue.nom()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(vue.prenom()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(vue.type()).isEqualTo(TypeFiche.BENEFICIAIRE);
        assertThat(vue.position()).isEqualTo(creee.trackingToken().position().getAsLong());
        Document brut = banc.document(FicheAnnuaireVue.class, "f-1");
        assertThat(brut).doesNotContainKeys("email", "mobile", "nomRecherche", "prenomRecherche");
        assertThat(brut.toJson()).doesNotContain("Lef", "lef", "lodie", "0612345678");
        assertThat(fiche("f-2").nom()).isEqualTo("Lefèvre");
    }

    @Test
    void l_effacement_d_un_autre_type_d_agregat_ne_touche_pas_l_annuaire() {
        creerFiche("f-1");
        Document avant = banc.document(FicheAnnuaireVue.class, "f-1");

        projection.envoyer("Dossier", "f-1", 5, new DonneesPersonnellesEffacées("f-1", "Dossier"));

        assertThat(banc.document(FicheAnnuaireVue.class, "f-1")).isEqualTo(avant);
    }

    @Test
    void la_reinitialisation_vide_l_annuaire_et_les_conventions() {
        creerFiche("f-1");
        projection.envoyer("Convention", "c-1", 0, new ConventionCréée("c-1", "Aide", BigDecimal.TEN, null));

        projection.reinitialiser();

        assertThat(banc.nombre(FicheAnnuaireVue.class)).isZero();
        assertThat(banc.nombre(ConventionVue.class)).isZero();
    }
}
