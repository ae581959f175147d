package fr.socle.command.dossier;

import static fr.socle.command.commun.Titulaires.ACME;
import static fr.socle.command.commun.Titulaires.JEANNE;
import static org.hamcrest.Matchers.containsString;

import fr.socle.command.commun.RefusAttendu;
import fr.socle.kernel.dossier.AffecterCollaborateur;
import fr.socle.kernel.dossier.AjouterContact;
import fr.socle.kernel.dossier.AjouterExercice;
import fr.socle.kernel.dossier.AjouterNote;
import fr.socle.kernel.dossier.CanalMessage;
import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.ChangerStatutMessage;
import fr.socle.kernel.dossier.CollaborateurAffecté;
import fr.socle.kernel.dossier.CollaborateurRetiré;
import fr.socle.kernel.dossier.Commande;
import fr.socle.kernel.dossier.CommandeEnregistrée;
import fr.socle.kernel.dossier.Contact;
import fr.socle.kernel.dossier.ContactAjouté;
import fr.socle.kernel.dossier.ContenuDocument;
import fr.socle.kernel.dossier.DeposerDocument;
import fr.socle.kernel.dossier.DirigeantDésigné;
import fr.socle.kernel.dossier.DocumentDéposé;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.EnregistrerCommande;
import fr.socle.kernel.dossier.EnregistrerMessage;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Exercice;
import fr.socle.kernel.dossier.ExerciceAjouté;
import fr.socle.kernel.dossier.Invitation;
import fr.socle.kernel.dossier.InvitationDirigeantEnvoyée;
import fr.socle.kernel.dossier.InviterDirigeant;
import fr.socle.kernel.dossier.MessageEnvoyé;
import fr.socle.kernel.dossier.NoteAjoutée;
import fr.socle.kernel.dossier.PlanifierSeance;
import fr.socle.kernel.dossier.RetirerCollaborateur;
import fr.socle.kernel.dossier.Seance;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.dossier.StatutMessageChangé;
import fr.socle.kernel.dossier.SéancePlanifiée;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.suivi.AjouterNoteSuiviDossier;
import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import fr.socle.kernel.valeur.Email;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Les règles du dossier une fois créé (la création, qui touche plusieurs agrégats, est dans CreationDossiersTest). */
class DossierTest {

    static final String ID = "0b8e6f5a-6c1d-4d7e-9a51-6a2f4b3c2d10";
    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 5, 10);
    static final Invitation DIRIGEANT =
            new Invitation(new Email("dg@acme.fr"), "Durand", "Paul", List.of("Social", "Fiscal"));

    private FixtureConfiguration<Dossier> fixture;

    @BeforeEach
    void preparer() {
        fixture = new AggregateTestFixture<>(Dossier.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
        fixture.registerInjectableResource((Calendrier) () -> AUJOURDHUI);
    }

    private static ÉtatDossierChangé passage(EtatDossier de, EtatDossier a) {
        return new ÉtatDossierChangé(ID, de, a);
    }

    @Test
    void un_dossier_ouvert_passe_en_cours() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new ChangerEtatDossier(ID, EtatDossier.EN_COURS, null))
                .expectEvents(passage(EtatDossier.OUVERT, EtatDossier.EN_COURS));
    }

    @Test
    void rien_ne_sort_de_cloture() {
        fixture.given(new DossierCréé(ID, JEANNE), passage(EtatDossier.OUVERT, EtatDossier.CLOTURE))
                .when(new ChangerEtatDossier(ID, EtatDossier.EN_COURS, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("etat", "TRANSITION_INTERDITE"))
                .expectExceptionMessage(containsString("CLOTURE"));
    }

    @Test
    void un_retour_en_arriere_est_une_transition_interdite() {
        fixture.given(new DossierCréé(ID, JEANNE), passage(EtatDossier.OUVERT, EtatDossier.EN_COURS))
                .when(new ChangerEtatDossier(ID, EtatDossier.OUVERT, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("TRANSITION_INTERDITE"));
    }

    @Test
    void demander_l_etat_courant_ne_produit_rien() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new ChangerEtatDossier(ID, EtatDossier.OUVERT, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void on_ne_passe_en_commande_qu_en_enregistrant_une_commande() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new ChangerEtatDossier(ID, EtatDossier.COMMANDE, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("etat", "TRANSITION_INTERDITE"));
    }

    @Test
    void une_commande_a_venir_met_le_dossier_en_commande() {
        Commande commande = new Commande("FT-2026-001", AUJOURDHUI.plusDays(5), AUJOURDHUI.plusMonths(3));
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new EnregistrerCommande(ID, commande, null))
                .expectEvents(new CommandeEnregistrée(ID, commande), passage(EtatDossier.OUVERT, EtatDossier.COMMANDE));
    }

    @Test
    void une_commande_commencee_met_le_dossier_en_cours() {
        Commande commande = new Commande("FT-2026-002", AUJOURDHUI, null);
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        new CommandeEnregistrée(ID, new Commande("FT-2026-002", AUJOURDHUI.plusDays(1), null)),
                        passage(EtatDossier.OUVERT, EtatDossier.COMMANDE))
                .when(new EnregistrerCommande(ID, commande, null))
                .expectEvents(
                        new CommandeEnregistrée(ID, commande), passage(EtatDossier.COMMANDE, EtatDossier.EN_COURS));
    }

    @Test
    void repousser_le_debut_d_une_prestation_en_cours_est_une_transition_interdite() {
        fixture.given(new DossierCréé(ID, JEANNE), passage(EtatDossier.OUVERT, EtatDossier.EN_COURS))
                .when(new EnregistrerCommande(ID, new Commande("FT-3", AUJOURDHUI.plusDays(10), null), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("debut", "TRANSITION_INTERDITE"));
    }

    @Test
    void la_commande_d_un_dossier_facture_ne_change_plus() {
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        passage(EtatDossier.OUVERT, EtatDossier.EN_COURS),
                        passage(EtatDossier.EN_COURS, EtatDossier.FACTURE))
                .when(new EnregistrerCommande(ID, new Commande("FT-4", AUJOURDHUI, null), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("etat", "DOSSIER_FACTURE"));
    }

    @Test
    void un_dossier_facture_refuse_une_seance_facturable_mais_pas_une_autre() {
        Seance facturable = new Seance("s1", AUJOURDHUI, "Entretien", 60, true);
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        passage(EtatDossier.OUVERT, EtatDossier.EN_COURS),
                        passage(EtatDossier.EN_COURS, EtatDossier.FACTURE))
                .when(new PlanifierSeance(ID, facturable, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("facturable", "DOSSIER_FACTURE"))
                .expectExceptionMessage(containsString("nouveau dossier"));
        Seance suivi = new Seance("s2", AUJOURDHUI, "Suivi à six mois", null, false);
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        passage(EtatDossier.OUVERT, EtatDossier.EN_COURS),
                        passage(EtatDossier.EN_COURS, EtatDossier.FACTURE))
                .when(new PlanifierSeance(ID, suivi, null))
                .expectEvents(new SéancePlanifiée(ID, suivi));
    }

    @Test
    void une_seance_facturable_tombe_dans_la_periode_de_commande() {
        Commande commande = new Commande("FT-5", AUJOURDHUI, AUJOURDHUI.plusDays(30));
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        new CommandeEnregistrée(ID, commande),
                        passage(EtatDossier.OUVERT, EtatDossier.EN_COURS))
                .when(new PlanifierSeance(ID, new Seance("s3", AUJOURDHUI.plusDays(31), "Bilan", 90, true), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("date", "HORS_COMMANDE"));
    }

    @Test
    void un_dossier_cloture_ne_recoit_plus_de_seance_mais_encore_des_notes() {
        fixture.given(new DossierCréé(ID, JEANNE), passage(EtatDossier.OUVERT, EtatDossier.CLOTURE))
                .when(new PlanifierSeance(ID, new Seance("s4", AUJOURDHUI, "Bilan", null, false), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("etat", "DOSSIER_CLOTURE"));
        fixture.given(new DossierCréé(ID, JEANNE), passage(EtatDossier.OUVERT, EtatDossier.CLOTURE))
                .when(new AjouterNote(ID, "n1", "Appel de suivi : satisfaite", null))
                .expectEvents(new NoteAjoutée(ID, "n1", "Appel de suivi : satisfaite"));
    }

    @Test
    void un_exercice_ne_concerne_qu_une_entreprise() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new AjouterExercice(ID, Exercice.depuis(AUJOURDHUI, null), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("dossierId", "ENTREPRISE_REQUISE"));
    }

    @Test
    void les_exercices_suivants_viennent_apres_le_dernier_sans_chevauchement() {
        Exercice premier = Exercice.depuis(LocalDate.of(2025, 1, 1), null);
        Exercice suivant = Exercice.depuis(LocalDate.of(2026, 1, 1), null);
        fixture.given(new DossierCréé(ID, ACME), new ExerciceAjouté(ID, premier))
                .when(new AjouterExercice(ID, suivant, null))
                .expectEvents(new ExerciceAjouté(ID, suivant));
        fixture.given(new DossierCréé(ID, ACME), new ExerciceAjouté(ID, premier))
                .when(new AjouterExercice(ID, Exercice.depuis(LocalDate.of(2025, 12, 31), null), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("debut", "EXERCICE_CHEVAUCHANT"));
    }

    @Test
    void le_dirigeant_est_designe_puis_invite_plus_tard() {
        fixture.given(new DossierCréé(ID, ACME))
                .when(new InviterDirigeant(ID, DIRIGEANT, false, null))
                .expectEvents(new DirigeantDésigné(ID, DIRIGEANT));
        fixture.given(new DossierCréé(ID, ACME), new DirigeantDésigné(ID, DIRIGEANT))
                .when(new InviterDirigeant(ID, DIRIGEANT, true, null))
                .expectEvents(new InvitationDirigeantEnvoyée(ID, DIRIGEANT.email()));
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new InviterDirigeant(ID, DIRIGEANT, true, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("dossierId", "ENTREPRISE_REQUISE"));
    }

    @Test
    void les_collaborateurs_sont_affectes_et_retires() {
        fixture.given(new DossierCréé(ID, ACME))
                .when(new AffecterCollaborateur(ID, "claire", null))
                .expectEvents(new CollaborateurAffecté(ID, "claire"));
        fixture.given(new DossierCréé(ID, ACME), new CollaborateurAffecté(ID, "claire"))
                .when(new AffecterCollaborateur(ID, "claire", null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("collaborateur", "COLLABORATEUR_DEJA_AFFECTE"));
        fixture.given(new DossierCréé(ID, ACME), new CollaborateurAffecté(ID, "claire"))
                .when(new RetirerCollaborateur(ID, "claire", null))
                .expectEvents(new CollaborateurRetiré(ID, "claire"));
        fixture.given(
                        new DossierCréé(ID, ACME),
                        new CollaborateurAffecté(ID, "claire"),
                        new CollaborateurRetiré(ID, "claire"))
                .when(new RetirerCollaborateur(ID, "claire", null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("collaborateur", "COLLABORATEUR_ABSENT"));
    }

    @Test
    void contacts_et_documents_sont_consignes() {
        Contact comptable = new Contact("c1", "Petit", "Luc", "Comptable", new Email("luc@acme.fr"), null);
        fixture.given(new DossierCréé(ID, ACME))
                .when(new AjouterContact(ID, comptable, null))
                .expectEvents(new ContactAjouté(ID, comptable));
        ContenuDocument contenu = ContenuDocument.lire("SGVsbG8=");
        fixture.given(new DossierCréé(ID, ACME))
                .when(new DeposerDocument(ID, "d1", "devis.pdf", "application/pdf", contenu, null))
                .expectEvents(new DocumentDéposé(ID, "d1", "devis.pdf", "application/pdf", 5, "SGVsbG8="));
    }

    @Test
    void le_statut_d_un_message_suit_son_acheminement() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new EnregistrerMessage(ID, "m1", CanalMessage.SMS, "0612345678", "Convocation", null))
                .expectEvents(new MessageEnvoyé(ID, "m1", CanalMessage.SMS, "0612345678", "Convocation"));
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        new MessageEnvoyé(ID, "m1", CanalMessage.EMAIL, "j@exemple.fr", "Devis"))
                .when(new ChangerStatutMessage(ID, "m1", StatutMessage.DELIVRE, null))
                .expectEvents(new StatutMessageChangé(ID, "m1", StatutMessage.ENVOYE, StatutMessage.DELIVRE));
        fixture.given(
                        new DossierCréé(ID, JEANNE),
                        new MessageEnvoyé(ID, "m1", CanalMessage.EMAIL, "j@exemple.fr", "Devis"),
                        new StatutMessageChangé(ID, "m1", StatutMessage.ENVOYE, StatutMessage.BLOQUE))
                .when(new ChangerStatutMessage(ID, "m1", StatutMessage.OUVERT, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("statut", "TRANSITION_INTERDITE"));
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new ChangerStatutMessage(ID, "inconnu", StatutMessage.DELIVRE, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("messageId", "INTROUVABLE"));
    }

    static final NoteSuivi NOTE = new NoteSuivi(
            "evenement-1/dossier",
            NatureNote.EVENEMENT_INDESIRABLE,
            "Chute dans l'escalier",
            "intervenant-1",
            "gestionnaire",
            "evenement-1");

    @Test
    void une_note_de_suivi_se_verse_au_dossier_une_seule_fois() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new AjouterNoteSuiviDossier(ID, NOTE))
                .expectEvents(new NoteSuiviDossierAjoutée(ID, NOTE));
        fixture.given(new DossierCréé(ID, JEANNE), new NoteSuiviDossierAjoutée(ID, NOTE))
                .when(new AjouterNoteSuiviDossier(ID, NOTE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void une_note_de_suivi_est_refusee_sur_un_dossier_cloture() {
        fixture.given(new DossierCréé(ID, JEANNE), passage(EtatDossier.OUVERT, EtatDossier.CLOTURE))
                .when(new AjouterNoteSuiviDossier(ID, NOTE))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("etat", "DOSSIER_CLOTURE"));
    }

    @Test
    void une_note_de_suivi_est_refusee_apres_l_effacement_du_titulaire() {
        fixture.given(new DossierCréé(ID, JEANNE), new DonneesPersonnellesEffacées(ID, "Dossier"))
                .when(new AjouterNoteSuiviDossier(ID, NOTE))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("dossierId", "DONNEES_EFFACEES"));
    }
}
