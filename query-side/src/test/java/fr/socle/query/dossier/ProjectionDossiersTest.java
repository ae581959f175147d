package fr.socle.query.dossier;

import static fr.socle.query.BancProjection.par;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.dossier.CanalMessage;
import fr.socle.kernel.dossier.CollaborateurAffecté;
import fr.socle.kernel.dossier.CollaborateurRetiré;
import fr.socle.kernel.dossier.Commande;
import fr.socle.kernel.dossier.CommandeEnregistrée;
import fr.socle.kernel.dossier.Contact;
import fr.socle.kernel.dossier.ContactAjouté;
import fr.socle.kernel.dossier.DirigeantDésigné;
import fr.socle.kernel.dossier.DocumentDéposé;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Exercice;
import fr.socle.kernel.dossier.ExerciceAjouté;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.Financement;
import fr.socle.kernel.dossier.Invitation;
import fr.socle.kernel.dossier.InvitationDirigeantEnvoyée;
import fr.socle.kernel.dossier.MessageEnvoyé;
import fr.socle.kernel.dossier.NoteAjoutée;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.Prestation;
import fr.socle.kernel.dossier.PrestationDéfinie;
import fr.socle.kernel.dossier.Seance;
import fr.socle.kernel.dossier.StatutMessage;
import fr.socle.kernel.dossier.StatutMessageChangé;
import fr.socle.kernel.dossier.SéancePlanifiée;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Siret;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.BancProjection;
import fr.socle.query.commun.ConfigurationLecture;
import fr.socle.query.dossier.DossierVue.ContactVue;
import fr.socle.query.dossier.DossierVue.FicheVue;
import fr.socle.query.dossier.DossierVue.MessageVue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionDossiersTest {

    private static final String DOSSIER = "Dossier";
    private static final Personne ANNE = new Personne(
            Civilite.MME,
            "Anne",
            "Durand",
            new Email("anne.durand@example.fr"),
            new Telephone("0612345678"),
            BancProjection.LILAS);

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection =
                banc.projection(new ProjectionDossiers(banc.mongo()), new ProjectionElementsDossiers(banc.mongo()));
    }

    private DossierVue lire(String id) {
        return banc.mongo().findById(id, DossierVue.class);
    }

    private TrackedEventMessage<?> creer(String id) {
        return projection.envoyer(DOSSIER, id, 0, new DossierCréé(id, ANNE), par("claire"));
    }

    private List<TrackedEventMessage<?>> suite(String id, long depuis, Object... evenements) {
        List<TrackedEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < evenements.length; i++) {
            messages.add(projection.envoyer(DOSSIER, id, depuis + i, evenements[i], par("paul")));
        }
        return messages;
    }

    @Test
    void un_dossier_cree_pour_une_personne() {
        TrackedEventMessage<?> cree = creer("d-1");

        DossierVue vue = lire("d-1");
        assertThat(vue.version()).isZero();
        assertThat(vue.etat()).isEqualTo(EtatDossier.OUVERT);
        assertThat(vue.titulaire()).isEqualTo(TitulaireVue.de(ANNE));
        assertThat(((TitulaireVue.Personne) vue.titulaire()).email()).isEqualTo("anne.durand@example.fr");
        assertThat(vue.dateCreation()).isEqualTo(cree.getTimestamp());
        assertThat(vue.creePar()).isEqualTo("claire");
        assertThat(vue.position()).isEqualTo(cree.trackingToken().position().getAsLong());
        assertThat(vue.nomRecherche()).isEqualTo(Recherche.cle("Durand"));
        assertThat(vue.siret()).isNull();
        assertThat(vue.exercices()).isEmpty();
        assertThat(vue.collaborateurs()).isEmpty();
        assertThat(vue.contacts()).isEmpty();
        assertThat(vue.documents()).isEmpty();
        assertThat(vue.seances()).isEmpty();
        assertThat(vue.messages()).isEmpty();
        assertThat(vue.nombreNotes()).isZero();
    }

    @Test
    void un_dossier_cree_pour_une_entreprise_sans_auteur() {
        projection.envoyer(
                DOSSIER,
                "d-2",
                0,
                new DossierCréé("d-2", new Entreprise("Boulangerie Martin", new Siret("73282932000074"), null)));

        DossierVue vue = lire("d-2");
        assertThat(vue.siret()).isEqualTo("73282932000074");
        assertThat(vue.titulaire())
                .isEqualTo(new TitulaireVue.Entreprise("Boulangerie Martin", "73282932000074", null));
        assertThat(vue.nomRecherche()).isEqualTo(Recherche.cle("Boulangerie Martin"));
        assertThat(vue.creePar()).isEqualTo(ConfigurationLecture.ANONYME);
    }

    @Test
    void le_dossier_suit_chaque_evenement() {
        creer("d-1");
        List<TrackedEventMessage<?>> messages = suite(
                "d-1",
                1,
                new ÉtatDossierChangé("d-1", EtatDossier.OUVERT, EtatDossier.COMMANDE),
                new FicheAnnuaireRattachée("d-1", "f-1", TypeFiche.PRESCRIPTEUR, "Martin", "Luc"),
                new PrestationDéfinie(
                        "d-1",
                        new Prestation(
                                "Aide à domicile", "c-1", List.of(new Financement("CAF", new BigDecimal("120.50"))))),
                new CommandeEnregistrée(
                        "d-1", new Commande("CMD-1", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31))),
                new ExerciceAjouté("d-1", new Exercice(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
                new DirigeantDésigné(
                        "d-1", new Invitation(new Email("dir@example.fr"), "Bernard", "Paul", List.of("paie"))),
                new InvitationDirigeantEnvoyée("d-1", new Email("dir@example.fr")),
                new CollaborateurAffecté("d-1", "claire"),
                new CollaborateurAffecté("d-1", "paul"),
                new CollaborateurRetiré("d-1", "claire"),
                new ContactAjouté(
                        "d-1", new Contact("ct-1", "Petit", "Jean", "Comptable", new Email("jean@example.fr"), null)),
                new NoteAjoutée("d-1", "n-1", "Premier appel"),
                new DocumentDéposé("d-1", "doc-1", "contrat.pdf", "application/pdf", 4, "JVBERg=="),
                new SéancePlanifiée("d-1", new Seance("s-1", LocalDate.of(2024, 4, 2), "Bilan", 60, true)),
                new MessageEnvoyé("d-1", "msg-1", CanalMessage.EMAIL, "anne.durand@example.fr", "Bienvenue"),
                new StatutMessageChangé("d-1", "msg-1", StatutMessage.ENVOYE, StatutMessage.DELIVRE));

        DossierVue vue = lire("d-1");
        assertThat(vue.version()).isEqualTo(16);
        assertThat(vue.etat()).isEqualTo(EtatDossier.COMMANDE);
        assertThat(vue.prescripteur()).isEqualTo(new FicheVue("f-1", "Martin", "Luc", TypeFiche.PRESCRIPTEUR));
        assertThat(vue.beneficiaire()).isNull();
        assertThat(vue.prestation().libelle()).isEqualTo("Aide à domicile");
        assertThat(vue.prestation().conventionId()).isEqualTo("c-1");
        assertThat(vue.prestation().financeurs()).singleElement().satisfies(f -> {
            assertThat(f.financeur()).isEqualTo("CAF");
            assertThat(f.montant()).isEqualByComparingTo("120.50");
        });
        assertThat(vue.commande())
                .isEqualTo(new DossierVue.CommandeVue("CMD-1", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
        assertThat(vue.exercices())
                .containsExactly(new DossierVue.ExerciceVue(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(vue.dirigeant().email()).isEqualTo("dir@example.fr");
        assertThat(vue.dirigeant().nom()).isEqualTo("Bernard");
        assertThat(vue.dirigeant().themes()).containsExactly("paie");
        assertThat(vue.dirigeant().invitationEnvoyeeLe())
                .isEqualTo(messages.get(6).getTimestamp());
        assertThat(vue.collaborateurs()).containsExactly("paul");
        assertThat(vue.contacts())
                .containsExactly(new ContactVue("ct-1", "Petit", "Jean", "Comptable", "jean@example.fr", null));
        assertThat(vue.nombreNotes()).isEqualTo(1);
        NoteDossierVue note = banc.mongo().findById(NoteDossierVue.cle("d-1", 1), NoteDossierVue.class);
        assertThat(note.noteId()).isEqualTo("n-1");
        assertThat(note.texte()).isEqualTo("Premier appel");
        assertThat(note.auteur()).isEqualTo("paul");
        assertThat(vue.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("doc-1");
            assertThat(d.nom()).isEqualTo("contrat.pdf");
            assertThat(d.taille()).isEqualTo(4);
            assertThat(d.deposePar()).isEqualTo("paul");
            assertThat(d.deposeLe()).isEqualTo(messages.get(12).getTimestamp());
        });
        assertThat(banc.mongo().findById("doc-1", ContenuDocumentVue.class).contenuBase64())
                .isEqualTo("JVBERg==");
        assertThat(vue.seances())
                .containsExactly(new DossierVue.SeanceVue("s-1", LocalDate.of(2024, 4, 2), "Bilan", 60, true));
        assertThat(vue.messages())
                .containsExactly(new MessageVue(
                        "msg-1",
                        CanalMessage.EMAIL,
                        "anne.durand@example.fr",
                        "Bienvenue",
                        StatutMessage.DELIVRE,
                        messages.get(14).getTimestamp()));
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> cree = creer("d-1");
        List<TrackedEventMessage<?>> messages = suite(
                "d-1",
                1,
                new ExerciceAjouté("d-1", new Exercice(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
                new CollaborateurAffecté("d-1", "claire"),
                new NoteAjoutée("d-1", "n-1", "Premier appel"),
                new DocumentDéposé("d-1", "doc-1", "contrat.pdf", "application/pdf", 4, "JVBERg=="),
                new MessageEnvoyé("d-1", "msg-1", CanalMessage.SMS, "0612345678", "Rappel"),
                new StatutMessageChangé("d-1", "msg-1", StatutMessage.ENVOYE, StatutMessage.ECHEC),
                new DonneesPersonnellesEffacées("d-1", "Dossier"));
        List<TrackedEventMessage<?>> histoire = new ArrayList<>(List.of(cree));
        histoire.addAll(messages);

        projection.renvoyerSansEffet(DossierVue.class, "d-1", histoire);

        DossierVue vue = lire("d-1");
        assertThat(vue.version()).isEqualTo(7);
        assertThat(vue.exercices()).hasSize(1);
        assertThat(vue.documents()).hasSize(1);
        assertThat(vue.nombreNotes()).isEqualTo(1);
        assertThat(banc.nombre(NoteDossierVue.class)).isEqualTo(1);
    }

    @Test
    void le_dernier_evenement_relivre_ne_s_ajoute_pas_deux_fois() {
        creer("d-1");
        TrackedEventMessage<?> exercice = suite(
                        "d-1",
                        1,
                        new ExerciceAjouté("d-1", new Exercice(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
                .get(0);

        projection.renvoyerSansEffet(DossierVue.class, "d-1", exercice);

        assertThat(lire("d-1").exercices()).hasSize(1);
    }

    @Test
    void un_dossier_efface_ne_garde_plus_les_donnees_personnelles() {
        creer("d-1");
        creer("d-2");
        suite(
                "d-1",
                1,
                new FicheAnnuaireRattachée("d-1", "f-1", TypeFiche.BENEFICIAIRE, "Martin", "Luc"),
                new DirigeantDésigné("d-1", new Invitation(new Email("dir@example.fr"), "Bernard", "Paul", List.of())),
                new ContactAjouté(
                        "d-1",
                        new Contact(
                                "ct-1",
                                "Petit",
                                "Jean",
                                "Comptable",
                                new Email("jean@example.fr"),
                                new Telephone("0701020304"))),
                new MessageEnvoyé("d-1", "msg-1", CanalMessage.EMAIL, "anne.durand@example.fr", "Bienvenue"),
                new CollaborateurAffecté("d-1", "claire"));

        projection.envoyer(DOSSIER, "d-1", 6, new DonneesPersonnellesEffacées("d-1", "Dossier"));

        String e = DonneePersonnelle.EFFACEE;
        DossierVue vue = lire("d-1");
        assertThat(vue.version()).isEqualTo(6);
        assertThat(vue.titulaire()).isEqualTo(new TitulaireVue.Personne("MME", e, e, e, e, null));
        assertThat(vue.nomRecherche()).isEqualTo(e);
        assertThat(vue.beneficiaire()).isEqualTo(new FicheVue("f-1", e, e, TypeFiche.BENEFICIAIRE));
        assertThat(vue.dirigeant().email()).isEqualTo(e);
        assertThat(vue.dirigeant().nom()).isEqualTo(e);
        assertThat(vue.dirigeant().prenom()).isEqualTo(e);
        assertThat(vue.contacts()).containsExactly(new ContactVue("ct-1", e, e, "Comptable", e, e));
        assertThat(vue.messages()).singleElement().satisfies(m -> {
            assertThat(m.destinataire()).isEqualTo(e);
            assertThat(m.objet()).isEqualTo("Bienvenue");
        });
        assertThat(vue.collaborateurs()).containsExactly("claire");
        assertThat(banc.document(DossierVue.class, "d-1").toJson())
                .doesNotContain(
                        "Anne",
                        "Durand",
                        "durand",
                        "anne.durand",
                        "0612345678",
                        "Lilas",
                        "Martin",
                        "Luc",
                        "Bernard",
                        "dir@example",
                        "Petit",
                        "jean@example",
                        "0701020304");
        assertThat(lire("d-2").titulaire()).isEqualTo(TitulaireVue.de(ANNE));
    }

    /** Un dossier, une note et un document : une entrée dans chacune des trois collections. */
    private void creerAvecNoteEtDocument() {
        creer("d-1");
        suite(
                "d-1",
                1,
                new NoteAjoutée("d-1", "n-1", "Note"),
                new DocumentDéposé("d-1", "doc-1", "a.pdf", "application/pdf", 4, "JVBERg=="));
    }

    @Test
    void la_reinitialisation_vide_les_dossiers_leurs_notes_et_leurs_documents() {
        creerAvecNoteEtDocument();

        projection.reinitialiser();

        assertThat(banc.nombre(DossierVue.class)).isZero();
        assertThat(banc.nombre(NoteDossierVue.class)).isZero();
        assertThat(banc.nombre(ContenuDocumentVue.class)).isZero();
    }

    @Test
    void chaque_composant_ne_vide_que_ses_collections() {
        creerAvecNoteEtDocument();

        banc.projection(new ProjectionDossiers(banc.mongo())).reinitialiser();
        assertThat(banc.nombre(DossierVue.class)).isZero();
        assertThat(banc.nombre(NoteDossierVue.class)).isEqualTo(1);
        assertThat(banc.nombre(ContenuDocumentVue.class)).isEqualTo(1);

        banc.projection(new ProjectionElementsDossiers(banc.mongo())).reinitialiser();
        assertThat(banc.nombre(NoteDossierVue.class)).isZero();
        assertThat(banc.nombre(ContenuDocumentVue.class)).isZero();
    }

    @Test
    void aucun_evenement_n_a_de_gestionnaire_dans_les_deux_composants() {
        assertThat(BancProjection.evenementsPartages(ProjectionDossiers.class, ProjectionElementsDossiers.class))
                .isEmpty();
    }
}
