package fr.socle.command.rgpd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class DonneesPersonnellesJsonTest {

    static final String ID = "0b8e6f5a-6c1d-4d7e-9a51-6a2f4b3c2d10";
    static final Personne ROSE = new Personne(
            Civilite.MME,
            "Rose",
            "Lenoir",
            new Email("rose@exemple.fr"),
            Telephone.mobile("0611223344"),
            new Adresse("3 rue des Lilas", "75011", "Paris"));

    private final CoffreEnMemoire coffre = new CoffreEnMemoire();
    private final ObjectMapper json = DonneesPersonnellesJson.appliquer(
            JsonMapper.builder().findAndAddModules().build(), new Chiffreur(() -> coffre));

    /** Comme le magasin d'événements : l'écriture a lieu dans l'unité de travail de la commande sur l'agrégat. */
    private String ecrireDansLaCommande(Object evenement) throws Exception {
        var unite = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(new CreerDossier(ID, ROSE)));
        try {
            return json.writeValueAsString(evenement);
        } finally {
            unite.commit();
        }
    }

    @Test
    void les_donnees_personnelles_sont_ecrites_chiffrees_et_relues_en_clair() throws Exception {
        String ecrit = ecrireDansLaCommande(new DossierCréé(ID, ROSE));

        assertThat(ecrit)
                .contains("\"civilite\":\"MME\"", "rgpd:1:" + ID)
                .doesNotContain("Rose", "Lenoir", "rose@exemple.fr", "0611223344", "Lilas");
        assertThat(json.readValue(ecrit, DossierCréé.class)).isEqualTo(new DossierCréé(ID, ROSE));
    }

    @Test
    void sans_la_cle_les_donnees_personnelles_se_relisent_effacees() throws Exception {
        String ecrit = ecrireDansLaCommande(new DossierCréé(ID, ROSE));
        coffre.detruire(ID);

        Personne relue = (Personne) json.readValue(ecrit, DossierCréé.class).titulaire();

        assertThat(relue.civilite()).isEqualTo(Civilite.MME);
        assertThat(relue.prenom()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(relue.nom()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(relue.email().valeur()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(relue.mobile().valeur()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(relue.adresse()).isNull();
    }

    @Test
    void un_evenement_ecrit_en_clair_avant_le_chiffrement_se_relit() throws Exception {
        String clair = JsonMapper.builder().findAndAddModules().build().writeValueAsString(new DossierCréé(ID, ROSE));

        assertThat(json.readValue(clair, DossierCréé.class)).isEqualTo(new DossierCréé(ID, ROSE));
    }

    @Test
    void une_fiche_creee_avec_un_dossier_est_chiffree_sous_sa_propre_cle() throws Exception {
        String ficheId = "5f0c7a0e-1b2d-4c3e-8f4a-9b6d7e8f9a01";
        FicheAnnuaireCréée fiche = new FicheAnnuaireCréée(
                ficheId,
                TypeFiche.BENEFICIAIRE,
                Civilite.MME,
                "Lenoir",
                "Rose",
                new Email("rose@exemple.fr"),
                Telephone.mobile("0611223344"));
        String ecrit = ecrireDansLaCommande(fiche);

        assertThat(ecrit)
                .contains("rgpd:1:" + ficheId)
                .doesNotContain("Lenoir", "Rose", "rose@exemple.fr", "0611223344", "rgpd:1:" + ID);
        coffre.detruire(ID);
        assertThat(json.readValue(ecrit, FicheAnnuaireCréée.class)).isEqualTo(fiche);

        coffre.detruire(ficheId);
        FicheAnnuaireCréée effacee = json.readValue(ecrit, FicheAnnuaireCréée.class);
        assertThat(effacee.nom()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(effacee.email().valeur()).isEqualTo(DonneePersonnelle.EFFACEE);
        assertThat(effacee.type()).isEqualTo(TypeFiche.BENEFICIAIRE);
    }
}
