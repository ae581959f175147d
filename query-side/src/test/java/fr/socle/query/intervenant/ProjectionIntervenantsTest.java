package fr.socle.query.intervenant;

import static fr.socle.query.BancProjection.par;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.intervenant.ClientIntervenantAjouté;
import fr.socle.kernel.intervenant.Disponibilite;
import fr.socle.kernel.intervenant.EmailIntervenantEnregistré;
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
import fr.socle.kernel.intervenant.RendezVousAnnoté;
import fr.socle.kernel.intervenant.RendezVousClos;
import fr.socle.kernel.intervenant.RendezVousPlanifié;
import fr.socle.kernel.intervenant.ReponseParticipant;
import fr.socle.kernel.intervenant.RéponseAuRendezVousDonnée;
import fr.socle.kernel.intervenant.Situation;
import fr.socle.kernel.intervenant.StatutEmail;
import fr.socle.kernel.intervenant.StatutEmailIntervenantChangé;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.BancProjection;
import fr.socle.query.intervenant.IntervenantVue.EmailVue;
import fr.socle.query.intervenant.IntervenantVue.ParticipantVue;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectionIntervenantsTest {

    private static final String INTERVENANT = "Intervenant";
    /** Un GIF d'un pixel. */
    private static final String GIF = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection projection;

    @BeforeEach
    void preparer() {
        projection = banc.projection(
                new ProjectionIntervenants(banc.mongo()), new ProjectionEchangesIntervenants(banc.mongo()));
    }

    private IntervenantVue lire(String id) {
        return banc.mongo().findById(id, IntervenantVue.class);
    }

    private TrackedEventMessage<?> creer(String id) {
        return projection.envoyer(
                INTERVENANT,
                id,
                0,
                new IntervenantCréé(
                        id,
                        Civilite.M,
                        "Lefèvre-Dupont",
                        "Jérôme",
                        BancProjection.LILAS,
                        List.of(new Telephone("06 12 34 56 78")),
                        new Email("jerome.lefevre@example.fr"),
                        null,
                        NatureIntervenant.SALARIE,
                        List.of("cuisine"),
                        List.of(new Disponibilite(JourSemaine.MARDI, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                        "claire"),
                par("claire"));
    }

    /** Envoie les événements à la suite des précédents de la fiche ; rend les messages envoyés. */
    private List<TrackedEventMessage<?>> suite(String id, long depuis, Object... evenements) {
        List<TrackedEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < evenements.length; i++) {
            messages.add(projection.envoyer(INTERVENANT, id, depuis + i, evenements[i], par("paul")));
        }
        return messages;
    }

    @Test
    void une_fiche_creee() {
        TrackedEventMessage<?> creee = creer("i-1");

        IntervenantVue vue = lire("i-1");
        assertThat(vue.version()).isZero();
        assertThat(vue.civilite()).isEqualTo(Civilite.M);
        assertThat(vue.nom()).isEqualTo("Lefèvre-Dupont");
        assertThat(vue.prenom()).isEqualTo("Jérôme");
        assertThat(vue.adresse()).isEqualTo(BancProjection.LILAS);
        assertThat(vue.telephones()).containsExactly("0612345678");
        assertThat(vue.email()).isEqualTo("jerome.lefevre@example.fr");
        assertThat(vue.nir()).isNull();
        assertThat(vue.nature()).isEqualTo(NatureIntervenant.SALARIE);
        assertThat(vue.situation()).isEqualTo(Situation.ACTIF);
        assertThat(vue.gerePar()).isEqualTo("claire");
        assertThat(vue.competences()).containsExactly("cuisine");
        assertThat(vue.disponibilites())
                .containsExactly(new IntervenantVue.DisponibiliteVue("MARDI", "09:00", "12:00"));
        assertThat(vue.favoris()).isEmpty();
        assertThat(vue.rendezVous()).isEmpty();
        assertThat(vue.emails()).isEmpty();
        assertThat(vue.clients()).isEmpty();
        assertThat(vue.supprime()).isFalse();
        assertThat(vue.creePar()).isEqualTo("claire");
        assertThat(vue.dateCreation()).isEqualTo(creee.getTimestamp());
        assertThat(vue.position()).isEqualTo(creee.trackingToken().position().getAsLong());
        assertThat(vue.nomRecherche()).isEqualTo(IntervenantVue.normaliser("Lefèvre-Dupont"));
        assertThat(vue.identite()).isEqualTo(IntervenantVue.identite("Lefèvre-Dupont", "Jérôme"));
    }

    @Test
    void la_fiche_suit_ses_changements() {
        creer("i-1");
        suite(
                "i-1",
                1,
                new MatriculeGénéré("i-1", NatureIntervenant.SALARIE, "SA0042"),
                new NuméroDossierGénéré("i-1", NatureIntervenant.SALARIE, "D-7"),
                new NatureIntervenantChangée("i-1", NatureIntervenant.SALARIE, NatureIntervenant.PRESTATAIRE),
                new GestionnaireIntervenantChangé("i-1", "claire", "paul"),
                new IntervenantDésactivé("i-1"),
                new ClientIntervenantAjouté("i-1", "d-1"),
                new ClientIntervenantAjouté("i-1", "d-1"),
                new IntervenantMisEnFavori("i-1", "claire"),
                new IntervenantMisEnFavori("i-1", "paul"),
                new IntervenantRetiréDesFavoris("i-1", "claire"),
                new PhotoIntervenantChangée("i-1", Photo.depuis(GIF)));

        IntervenantVue vue = lire("i-1");
        assertThat(vue.version()).isEqualTo(11);
        assertThat(vue.matricule()).isEqualTo("SA0042");
        assertThat(vue.numeroDossier()).isEqualTo("D-7");
        assertThat(vue.nature()).isEqualTo(NatureIntervenant.PRESTATAIRE);
        assertThat(vue.gerePar()).isEqualTo("paul");
        assertThat(vue.situation()).isEqualTo(Situation.INACTIF);
        assertThat(vue.clients()).containsExactly("d-1");
        assertThat(vue.favoris()).containsExactly("paul");
        assertThat(vue.photo()).isEqualTo(Photo.depuis(GIF));

        suite("i-1", 12, new IntervenantRéactivé("i-1"));
        assertThat(lire("i-1").situation()).isEqualTo(Situation.ACTIF);
        assertThat(lire("i-1").version()).isEqualTo(12);
    }

    @Test
    void les_rendez_vous_et_les_emails() {
        creer("i-1");
        Instant debut = Instant.parse("2024-06-03T09:00:00Z");
        List<TrackedEventMessage<?>> messages = suite(
                "i-1",
                1,
                new RendezVousPlanifié(
                        "i-1",
                        "rv-1",
                        "Entretien annuel",
                        debut,
                        debut.plusSeconds(3600),
                        true,
                        List.of("claire", "paul")),
                new RéponseAuRendezVousDonnée("i-1", "rv-1", "paul", ReponseParticipant.ACCEPTE),
                new RendezVousAnnoté("i-1", "rv-1", "Prévoir le planning"),
                new RendezVousClos("i-1", "rv-1", IssueRendezVous.TENU),
                new EmailIntervenantEnregistré("i-1", "e-1", new Email("jerome.lefevre@example.fr"), "Votre planning"),
                new StatutEmailIntervenantChangé("i-1", "e-1", StatutEmail.DELIVRE, StatutEmail.OUVERT));

        IntervenantVue vue = lire("i-1");
        assertThat(vue.version()).isEqualTo(6);
        assertThat(vue.rendezVous()).singleElement().satisfies(rdv -> {
            assertThat(rdv.objet()).isEqualTo("Entretien annuel");
            assertThat(rdv.debut()).isEqualTo(debut);
            assertThat(rdv.fin()).isEqualTo(debut.plusSeconds(3600));
            assertThat(rdv.alerte()).isTrue();
            assertThat(rdv.participants())
                    .containsExactly(
                            new ParticipantVue("claire", null), new ParticipantVue("paul", ReponseParticipant.ACCEPTE));
            assertThat(rdv.notes())
                    .containsExactly(new IntervenantVue.NoteVue(
                            "Prévoir le planning", "paul", messages.get(2).getTimestamp()));
            assertThat(rdv.issue()).isEqualTo(IssueRendezVous.TENU);
        });
        assertThat(vue.emails())
                .containsExactly(new EmailVue(
                        "e-1",
                        "jerome.lefevre@example.fr",
                        "Votre planning",
                        StatutEmail.OUVERT,
                        messages.get(4).getTimestamp(),
                        "paul"));
    }

    @Test
    void un_evenement_relivre_ne_change_rien() {
        TrackedEventMessage<?> creee = creer("i-1");
        List<TrackedEventMessage<?>> messages = suite(
                "i-1",
                1,
                new MatriculeGénéré("i-1", NatureIntervenant.SALARIE, "SA0042"),
                new IntervenantMisEnFavori("i-1", "claire"),
                new RendezVousPlanifié(
                        "i-1",
                        "rv-1",
                        "Entretien",
                        Instant.parse("2024-06-03T09:00:00Z"),
                        Instant.parse("2024-06-03T10:00:00Z"),
                        false,
                        List.of("paul")),
                new RendezVousAnnoté("i-1", "rv-1", "Note"),
                new EmailIntervenantEnregistré("i-1", "e-1", new Email("jerome.lefevre@example.fr"), "Planning"),
                new ClientIntervenantAjouté("i-1", "d-1"));
        Document avant = banc.document(IntervenantVue.class, "i-1");

        projection.renvoyer(creee);
        messages.forEach(projection::renvoyer);

        assertThat(banc.document(IntervenantVue.class, "i-1")).isEqualTo(avant);
        IntervenantVue vue = lire("i-1");
        assertThat(vue.version()).isEqualTo(6);
        assertThat(vue.rendezVous()).hasSize(1);
        assertThat(vue.rendezVous().get(0).notes()).hasSize(1);
        assertThat(vue.emails()).hasSize(1);
    }

    private void verifierSansIdentite(IntervenantVue vue, Document brut) {
        assertThat(vue.nom()).isEqualTo(IntervenantVue.EFFACE);
        assertThat(vue.telephones()).isEmpty();
        assertThat(brut).doesNotContainKeys("prenom", "adresse", "email", "nir", "photo", "nomRecherche", "identite");
        assertThat(vue.emails()).allSatisfy(e -> assertThat(e.destinataire()).isEqualTo(IntervenantVue.EFFACE));
        assertThat(brut.toJson()).doesNotContain("Lef", "lef", "Jérôme", "jerome", "0612345678", "Lilas", GIF);
    }

    @Test
    void une_fiche_effacee_garde_son_histoire_sans_l_identite_de_la_personne() {
        creer("i-1");
        creer("i-2");
        suite(
                "i-1",
                1,
                new MatriculeGénéré("i-1", NatureIntervenant.SALARIE, "SA0042"),
                new PhotoIntervenantChangée("i-1", Photo.depuis(GIF)),
                new EmailIntervenantEnregistré("i-1", "e-1", new Email("jerome.lefevre@example.fr"), "Planning"),
                new ClientIntervenantAjouté("i-1", "d-1"));

        projection.envoyer(INTERVENANT, "i-1", 5, new DonneesPersonnellesEffacées("i-1", "Intervenant"));

        IntervenantVue vue = lire("i-1");
        assertThat(vue.version()).isEqualTo(5);
        verifierSansIdentite(vue, banc.document(IntervenantVue.class, "i-1"));
        assertThat(vue.matricule()).isEqualTo("SA0042");
        assertThat(vue.clients()).containsExactly("d-1");
        assertThat(vue.emails())
                .singleElement()
                .satisfies(e -> assertThat(e.objet()).isEqualTo("Planning"));
        assertThat(vue.supprime()).isFalse();
        assertThat(lire("i-2").nom()).isEqualTo("Lefèvre-Dupont");

        projection.envoyer(INTERVENANT, "i-2", 1, new DonneesPersonnellesEffacées("i-2", "Dossier"));
        assertThat(lire("i-2").nom()).isEqualTo("Lefèvre-Dupont");
    }

    @Test
    void une_fiche_supprimee_perd_aussi_l_identite_de_la_personne() {
        creer("i-1");
        suite(
                "i-1",
                1,
                new EmailIntervenantEnregistré("i-1", "e-1", new Email("jerome.lefevre@example.fr"), "Planning"),
                new IntervenantSupprimé("i-1"));

        IntervenantVue vue = lire("i-1");
        assertThat(vue.version()).isEqualTo(2);
        assertThat(vue.supprime()).isTrue();
        verifierSansIdentite(vue, banc.document(IntervenantVue.class, "i-1"));
    }

    @Test
    void la_reinitialisation_vide_la_collection() {
        creer("i-1");
        creer("i-2");

        projection.reinitialiser();

        assertThat(banc.nombre(IntervenantVue.class)).isZero();
    }

    @Test
    void aucun_evenement_n_a_de_gestionnaire_dans_les_deux_composants() {
        assertThat(BancProjection.evenementsPartages(
                        ProjectionIntervenants.class, ProjectionEchangesIntervenants.class))
                .isEmpty();
    }
}
