package fr.socle.command.intervenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.command.commun.RefusAttendu;
import fr.socle.kernel.intervenant.AjouterClientIntervenant;
import fr.socle.kernel.intervenant.AnnoterRendezVous;
import fr.socle.kernel.intervenant.ChangerGestionnaireIntervenant;
import fr.socle.kernel.intervenant.ChangerNatureIntervenant;
import fr.socle.kernel.intervenant.ChangerPhotoIntervenant;
import fr.socle.kernel.intervenant.ChangerStatutEmailIntervenant;
import fr.socle.kernel.intervenant.ClientIntervenantAjouté;
import fr.socle.kernel.intervenant.CloreRendezVous;
import fr.socle.kernel.intervenant.CreerIntervenant;
import fr.socle.kernel.intervenant.DesactiverIntervenant;
import fr.socle.kernel.intervenant.Disponibilite;
import fr.socle.kernel.intervenant.EmailIntervenantEnregistré;
import fr.socle.kernel.intervenant.EnregistrerEmailIntervenant;
import fr.socle.kernel.intervenant.GenererMatricule;
import fr.socle.kernel.intervenant.GenererNumeroDossier;
import fr.socle.kernel.intervenant.GestionnaireIntervenantChangé;
import fr.socle.kernel.intervenant.IntervenantCréé;
import fr.socle.kernel.intervenant.IntervenantDésactivé;
import fr.socle.kernel.intervenant.IntervenantMisEnFavori;
import fr.socle.kernel.intervenant.IntervenantRetiréDesFavoris;
import fr.socle.kernel.intervenant.IntervenantRéactivé;
import fr.socle.kernel.intervenant.IntervenantSupprimé;
import fr.socle.kernel.intervenant.IssueRendezVous;
import fr.socle.kernel.intervenant.JourSemaine;
import fr.socle.kernel.intervenant.MatriculeGénéré;
import fr.socle.kernel.intervenant.NatureIntervenant;
import fr.socle.kernel.intervenant.NatureIntervenantChangée;
import fr.socle.kernel.intervenant.NuméroDossierGénéré;
import fr.socle.kernel.intervenant.Photo;
import fr.socle.kernel.intervenant.PhotoIntervenantChangée;
import fr.socle.kernel.intervenant.PlanifierRendezVous;
import fr.socle.kernel.intervenant.ReactiverIntervenant;
import fr.socle.kernel.intervenant.RendezVousAnnoté;
import fr.socle.kernel.intervenant.RendezVousClos;
import fr.socle.kernel.intervenant.RendezVousPlanifié;
import fr.socle.kernel.intervenant.RepondreRendezVous;
import fr.socle.kernel.intervenant.ReponseParticipant;
import fr.socle.kernel.intervenant.RéponseAuRendezVousDonnée;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.intervenant.StatutEmailIntervenantChangé;
import fr.socle.kernel.intervenant.SupprimerIntervenant;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.suivi.AjouterNoteSuiviIntervenant;
import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import fr.socle.kernel.valeur.Adresse;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Nir;
import fr.socle.kernel.valeur.Telephone;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntervenantTest {

    static final String ID = "3c1f0e52-8d7a-4b1e-9f60-2a5d4c3b2e11";
    static final String RDV = "5d2a1f63-9e8b-4c2f-8a71-3b6e5d4c3f22";
    static final String MAIL = "7e3b2a74-af9c-4d3a-9b82-4c7f6e5d4a33";
    static final Map<String, String> PAR_GESTIONNAIRE = Map.of("auteur", "gestionnaire");
    static final Adresse ADRESSE = new Adresse("3 rue des Lilas", "69003", "Lyon");
    static final Email EMAIL = new Email("paul.durand@exemple.fr");
    static final Nir NIR = new Nir("185057800608491");
    static final Disponibilite LUNDI_MATIN =
            new Disponibilite(JourSemaine.LUNDI, LocalTime.of(8, 0), LocalTime.of(12, 0));
    static final IntervenantCréé CREE = cree(NatureIntervenant.SALARIE, "gestionnaire");
    /** Le seul dossier que connaît le registre des fixtures. */
    static final String DOSSIER = "9a8b7c6d-1111-4222-8333-444455556666";

    static final Instant DEBUT = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant FIN = Instant.parse("2026-12-01T10:00:00Z");

    /** Une numérotation en mémoire : chaque compteur part de 1 ; les appels sont notés. */
    static class NumerotationEnMemoire implements Numerotation {
        final Map<String, Long> compteurs = new HashMap<>();
        final List<String> appels = new ArrayList<>();

        @Override
        public long suivant(String compteur) {
            appels.add(compteur);
            return compteurs.merge(compteur, 1L, Long::sum);
        }
    }

    private FixtureConfiguration<Intervenant> fixture;
    private NumerotationEnMemoire numerotation;

    @BeforeEach
    void preparer() {
        fixture = new AggregateTestFixture<>(Intervenant.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
        numerotation = new NumerotationEnMemoire();
        fixture.registerInjectableResource(numerotation);
        fixture.registerInjectableResource((RegistreDossiers) DOSSIER::equals);
    }

    /** L'intervenant que laisse la création nettoyée de {@link #creation}, de la nature et au gestionnaire donnés. */
    static IntervenantCréé cree(NatureIntervenant nature, String gerePar) {
        return new IntervenantCréé(
                ID,
                Civilite.M,
                "Durand",
                "Paul",
                ADRESSE,
                List.of(new Telephone("0612345678")),
                EMAIL,
                NIR,
                nature,
                List.of("toilette"),
                List.of(LUNDI_MATIN),
                gerePar);
    }

    static CreerIntervenant creation(
            Civilite civilite, String nom, Adresse adresse, NatureIntervenant nature, String gerePar) {
        return new CreerIntervenant(
                ID,
                civilite,
                nom,
                " Paul ",
                adresse,
                List.of(new Telephone("06 12 34 56 78"), new Telephone("+33612345678")),
                EMAIL,
                NIR,
                nature,
                List.of("toilette", " toilette "),
                List.of(LUNDI_MATIN),
                gerePar);
    }

    @Test
    void la_creation_nettoie_la_saisie_et_confie_la_fiche_a_son_auteur() {
        fixture.givenNoPriorActivity()
                .when(creation(Civilite.M, " Durand ", ADRESSE, null, null), PAR_GESTIONNAIRE)
                .expectEvents(CREE);
    }

    @Test
    void le_gestionnaire_et_la_nature_peuvent_etre_choisis_des_la_creation() {
        fixture.givenNoPriorActivity()
                .when(creation(Civilite.M, "Durand", ADRESSE, NatureIntervenant.CANDIDAT, "claire"), PAR_GESTIONNAIRE)
                .expectEvents(cree(NatureIntervenant.CANDIDAT, "claire"));
    }

    @Test
    void civilite_nom_et_adresse_sont_obligatoires() {
        fixture.givenNoPriorActivity()
                .when(creation(null, "Durand", ADRESSE, null, null), PAR_GESTIONNAIRE)
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("civilite", "OBLIGATOIRE"));
        fixture.givenNoPriorActivity()
                .when(creation(Civilite.M, "  ", ADRESSE, null, null), PAR_GESTIONNAIRE)
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("nom", "OBLIGATOIRE"));
        fixture.givenNoPriorActivity()
                .when(creation(Civilite.M, "Durand", null, null, null), PAR_GESTIONNAIRE)
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("adresse", "OBLIGATOIRE"));
    }

    @Test
    void le_matricule_suit_la_nature_et_ne_se_genere_qu_une_fois_par_nature() {
        fixture.given(CREE)
                .when(new GenererMatricule(ID, null))
                .expectEvents(new MatriculeGénéré(ID, NatureIntervenant.SALARIE, "SA00001"));
        fixture.given(CREE, new MatriculeGénéré(ID, NatureIntervenant.SALARIE, "SA00001"))
                .when(new GenererMatricule(ID, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("matricule", "MATRICULE_DEJA_GENERE"));
        assertThat(numerotation.appels).containsExactly(NatureIntervenant.SALARIE.compteur());
    }

    @Test
    void apres_un_changement_de_nature_le_matricule_se_genere_a_nouveau() {
        fixture.given(
                        CREE,
                        new MatriculeGénéré(ID, NatureIntervenant.SALARIE, "SA00001"),
                        new NatureIntervenantChangée(ID, NatureIntervenant.SALARIE, NatureIntervenant.INTERIMAIRE))
                .when(new GenererMatricule(ID, null))
                .expectEvents(new MatriculeGénéré(ID, NatureIntervenant.INTERIMAIRE, "IN00001"));
    }

    @Test
    void un_stagiaire_a_le_matricule_0_sans_consommer_de_numero() {
        fixture.given(CREE, new NatureIntervenantChangée(ID, NatureIntervenant.SALARIE, NatureIntervenant.STAGIAIRE))
                .when(new GenererMatricule(ID, null))
                .expectEvents(new MatriculeGénéré(ID, NatureIntervenant.STAGIAIRE, "0"));
        assertThat(numerotation.appels).isEmpty();
    }

    @Test
    void le_numero_de_dossier_se_genere_comme_le_matricule() {
        fixture.given(CREE)
                .when(new GenererNumeroDossier(ID, null))
                .expectEvents(new NuméroDossierGénéré(ID, NatureIntervenant.SALARIE, "000001"));
        fixture.given(CREE, new NuméroDossierGénéré(ID, NatureIntervenant.SALARIE, "000001"))
                .when(new GenererNumeroDossier(ID, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("NUMERO_DOSSIER_DEJA_GENERE"));
        fixture.given(
                        CREE,
                        new NuméroDossierGénéré(ID, NatureIntervenant.SALARIE, "000001"),
                        new NatureIntervenantChangée(ID, NatureIntervenant.SALARIE, NatureIntervenant.PRESTATAIRE))
                .when(new GenererNumeroDossier(ID, null))
                .expectEvents(new NuméroDossierGénéré(ID, NatureIntervenant.PRESTATAIRE, "000002"));
    }

    @Test
    void changer_de_nature_ou_de_gestionnaire_ne_produit_rien_si_rien_ne_change() {
        fixture.given(CREE)
                .when(new ChangerNatureIntervenant(ID, NatureIntervenant.SALARIE, null))
                .expectNoEvents();
        fixture.given(CREE)
                .when(new ChangerNatureIntervenant(ID, null, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("nature", "OBLIGATOIRE"));
        fixture.given(CREE)
                .when(new ChangerGestionnaireIntervenant(ID, "claire", null))
                .expectEvents(new GestionnaireIntervenantChangé(ID, "gestionnaire", "claire"));
        fixture.given(CREE)
                .when(new ChangerGestionnaireIntervenant(ID, " ", null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("gerePar", "OBLIGATOIRE"));
    }

    @Test
    void un_intervenant_qui_part_devient_inactif_et_peut_revenir() {
        fixture.given(CREE).when(new DesactiverIntervenant(ID, null)).expectEvents(new IntervenantDésactivé(ID));
        fixture.given(CREE, new IntervenantDésactivé(ID))
                .when(new DesactiverIntervenant(ID, null))
                .expectNoEvents();
        fixture.given(CREE, new IntervenantDésactivé(ID))
                .when(new ReactiverIntervenant(ID, null))
                .expectEvents(new IntervenantRéactivé(ID));
        fixture.given(CREE).when(new ReactiverIntervenant(ID, null)).expectNoEvents();
    }

    @Test
    void apres_suppression_plus_rien_n_est_accepte() {
        fixture.given(CREE).when(new SupprimerIntervenant(ID, null)).expectEvents(new IntervenantSupprimé(ID));
        fixture.given(CREE, new IntervenantSupprimé(ID))
                .when(new GenererMatricule(ID, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("id", "INTERVENANT_SUPPRIME"));
        fixture.given(CREE, new IntervenantSupprimé(ID))
                .when(new SupprimerIntervenant(ID, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("INTERVENANT_SUPPRIME"));
        fixture.given(CREE, new IntervenantSupprimé(ID))
                .when(new ReactiverIntervenant(ID, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("INTERVENANT_SUPPRIME"));
    }

    @Test
    void une_fiche_aux_anciens_favoris_se_rejoue_et_n_a_plus_de_commande_de_favori() {
        fixture.given(
                        CREE,
                        new IntervenantMisEnFavori(ID, "gestionnaire"),
                        new IntervenantRetiréDesFavoris(ID, "gestionnaire"))
                .when(new DesactiverIntervenant(ID, 2L))
                .expectEvents(new IntervenantDésactivé(ID));
    }

    static final RendezVousPlanifié PLANIFIE = new RendezVousPlanifié(
            ID, RDV, "Entretien annuel", DEBUT, FIN, true, List.of("gestionnaire", "Paul Durand"));

    @Test
    void un_rendez_vous_se_planifie_recoit_des_reponses_des_notes_puis_se_clot() {
        fixture.given(CREE)
                .when(new PlanifierRendezVous(
                        ID,
                        RDV,
                        "Entretien annuel",
                        DEBUT,
                        FIN,
                        true,
                        List.of("gestionnaire", " Paul Durand", "gestionnaire"),
                        null))
                .expectEvents(PLANIFIE);
        fixture.given(CREE, PLANIFIE)
                .when(new RepondreRendezVous(ID, RDV, "Paul Durand", ReponseParticipant.PEUT_ETRE, null))
                .expectEvents(new RéponseAuRendezVousDonnée(ID, RDV, "Paul Durand", ReponseParticipant.PEUT_ETRE));
        fixture.given(CREE, PLANIFIE)
                .when(new AnnoterRendezVous(ID, RDV, "Apporter le contrat", null))
                .expectEvents(new RendezVousAnnoté(ID, RDV, "Apporter le contrat"));
        fixture.given(CREE, PLANIFIE)
                .when(new CloreRendezVous(ID, RDV, IssueRendezVous.TENU, null))
                .expectEvents(new RendezVousClos(ID, RDV, IssueRendezVous.TENU));
    }

    @Test
    void les_refus_des_rendez_vous() {
        fixture.given(CREE)
                .when(new PlanifierRendezVous(ID, RDV, "Entretien", FIN, DEBUT, false, List.of(), null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("fin", "PERIODE_INVALIDE"));
        fixture.given(CREE, new IntervenantDésactivé(ID))
                .when(new PlanifierRendezVous(ID, RDV, "Entretien", DEBUT, FIN, false, List.of(), null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("INTERVENANT_INACTIF"));
        fixture.given(CREE, PLANIFIE)
                .when(new RepondreRendezVous(ID, RDV, "inconnu", ReponseParticipant.ACCEPTE, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("participant", "PARTICIPANT_INCONNU"));
        fixture.given(CREE)
                .when(new CloreRendezVous(ID, RDV, IssueRendezVous.TENU, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("rendezVousId", "INTROUVABLE"));
        fixture.given(CREE, PLANIFIE, new RendezVousClos(ID, RDV, IssueRendezVous.ANNULE))
                .when(new RepondreRendezVous(ID, RDV, "gestionnaire", ReponseParticipant.ACCEPTE, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("RENDEZ_VOUS_CLOS"));
        fixture.given(CREE, PLANIFIE, new RendezVousClos(ID, RDV, IssueRendezVous.ANNULE))
                .when(new CloreRendezVous(ID, RDV, IssueRendezVous.TENU, null))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("RENDEZ_VOUS_CLOS"));
    }

    @Test
    void les_emails_envoyes_sont_consignes_avec_leur_statut() {
        fixture.given(CREE)
                .when(new EnregistrerEmailIntervenant(ID, MAIL, "Votre planning", null))
                .expectEvents(new EmailIntervenantEnregistré(ID, MAIL, EMAIL, "Votre planning"));
        EmailIntervenantEnregistré envoye = new EmailIntervenantEnregistré(ID, MAIL, EMAIL, "Votre planning");
        fixture.given(CREE, envoye)
                .when(new ChangerStatutEmailIntervenant(ID, MAIL, StatutEmail.OUVERT, null))
                .expectEvents(new StatutEmailIntervenantChangé(ID, MAIL, StatutEmail.DELIVRE, StatutEmail.OUVERT));
        fixture.given(CREE, envoye, new StatutEmailIntervenantChangé(ID, MAIL, StatutEmail.DELIVRE, StatutEmail.BLOQUE))
                .when(new ChangerStatutEmailIntervenant(ID, MAIL, StatutEmail.OUVERT, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("statut", "TRANSITION_INTERDITE"));
        IntervenantCréé sansEmail = new IntervenantCréé(
                ID,
                Civilite.M,
                "Durand",
                null,
                ADRESSE,
                List.of(),
                null,
                null,
                NatureIntervenant.SALARIE,
                List.of(),
                List.of(),
                "gestionnaire");
        fixture.given(sansEmail)
                .when(new EnregistrerEmailIntervenant(ID, MAIL, "Votre planning", null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("email", "EMAIL_ABSENT"));
    }

    @Test
    void un_client_est_un_dossier_existant() {
        fixture.given(CREE)
                .when(new AjouterClientIntervenant(ID, "6f1c1c1c-1111-4111-8111-111111111111", null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("dossierId", "INTROUVABLE"));
        fixture.given(CREE)
                .when(new AjouterClientIntervenant(ID, ID, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("dossierId", "INTROUVABLE"));
    }

    @Test
    void les_clients_servis_et_la_photo() {
        String dossier = DOSSIER;
        fixture.given(CREE)
                .when(new AjouterClientIntervenant(ID, dossier, null))
                .expectEvents(new ClientIntervenantAjouté(ID, dossier));
        fixture.given(CREE, new ClientIntervenantAjouté(ID, dossier))
                .when(new AjouterClientIntervenant(ID, dossier, null))
                .expectNoEvents();
        Photo photo = Photo.depuis(Base64.getEncoder().encodeToString("GIF89a-image".getBytes()));
        fixture.given(CREE)
                .when(new ChangerPhotoIntervenant(ID, photo, null))
                .expectEvents(new PhotoIntervenantChangée(ID, photo));
        fixture.given(CREE)
                .when(new ChangerPhotoIntervenant(ID, null, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("photo", "OBLIGATOIRE"));
    }

    static final NoteSuivi NOTE = new NoteSuivi(
            "evenement-1/intervenant",
            NatureNote.EVENEMENT_INDESIRABLE,
            "Chute dans l'escalier",
            ID,
            "gestionnaire",
            "evenement-1");

    @Test
    void une_note_de_suivi_se_verse_a_la_fiche_une_seule_fois() {
        fixture.given(CREE)
                .when(new AjouterNoteSuiviIntervenant(ID, NOTE))
                .expectEvents(new NoteSuiviIntervenantAjoutée(ID, NOTE));
        fixture.given(CREE, new NoteSuiviIntervenantAjoutée(ID, NOTE))
                .when(new AjouterNoteSuiviIntervenant(ID, NOTE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void une_note_de_suivi_est_refusee_sur_une_fiche_supprimee() {
        fixture.given(CREE, new IntervenantSupprimé(ID))
                .when(new AjouterNoteSuiviIntervenant(ID, NOTE))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("id", "INTERVENANT_SUPPRIME"));
    }

    @Test
    void une_note_de_suivi_est_refusee_apres_l_effacement_de_la_personne() {
        fixture.given(CREE, new DonneesPersonnellesEffacées(ID, "Intervenant"))
                .when(new AjouterNoteSuiviIntervenant(ID, NOTE))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("intervenantId", "DONNEES_EFFACEES"));
    }
}
