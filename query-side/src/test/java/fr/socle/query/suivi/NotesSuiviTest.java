package fr.socle.query.suivi;

import static fr.socle.query.BancProjection.par;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.rgpd.DonneePersonnelle;
import fr.socle.kernel.rgpd.DonneesPersonnellesEffacées;
import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.NoteSuivi;
import fr.socle.kernel.suivi.NoteSuiviDossierAjoutée;
import fr.socle.kernel.suivi.NoteSuiviIntervenantAjoutée;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import fr.socle.query.BancProjection;
import fr.socle.query.dossier.DossierVue;
import fr.socle.query.dossier.ProjectionDossiers;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Les notes de suivi, projetées dans le groupe de leur fiche et avançant la version de celle-ci. */
class NotesSuiviTest {

    @RegisterExtension
    static final BancProjection banc = new BancProjection();

    private BancProjection.Projection dossiers;
    private BancProjection.Projection notesDossiers;
    private BancProjection.Projection notesIntervenants;

    @BeforeEach
    void preparer() {
        dossiers = banc.projection(new ProjectionDossiers(banc.mongo()));
        notesDossiers = banc.projection(new NotesSuivi.DesDossiers(banc.mongo()));
        notesIntervenants = banc.projection(new NotesSuivi.DesIntervenants(banc.mongo()));
        dossiers.envoyer(
                "Dossier",
                "d-1",
                0,
                new DossierCréé(
                        "d-1",
                        new Personne(
                                Civilite.MME,
                                "Anne",
                                "Durand",
                                new Email("anne.durand@example.fr"),
                                new Telephone("0612345678"),
                                null)),
                par("claire"));
    }

    private static NoteSuivi note(String id, String texte) {
        return new NoteSuivi(id, NatureNote.SATISFACTION, texte, "i-9", "claire", null);
    }

    private NoteSuiviVue lire(String id) {
        return banc.mongo().findById(id, NoteSuiviVue.class);
    }

    @Test
    void une_note_versee_au_dossier_avance_sa_version() {
        TrackedEventMessage<?> ajoutee = notesDossiers.envoyer(
                "Dossier", "d-1", 1, new NoteSuiviDossierAjoutée("d-1", note("n-1", "Client satisfait")), par("paul"));

        NoteSuiviVue vue = lire("dossier:d-1:n-1");
        assertThat(vue.noteId()).isEqualTo("n-1");
        assertThat(vue.dossierId()).isEqualTo("d-1");
        assertThat(vue.ficheIntervenantId()).isNull();
        assertThat(vue.nature()).isEqualTo(NatureNote.SATISFACTION);
        assertThat(vue.texte()).isEqualTo("Client satisfait");
        assertThat(vue.intervenantId()).isEqualTo("i-9");
        assertThat(vue.gestionnaire()).isEqualTo("claire");
        assertThat(vue.auteur()).isEqualTo("paul");
        assertThat(vue.horodatage()).isEqualTo(ajoutee.getTimestamp());
        assertThat(vue.position()).isEqualTo(ajoutee.trackingToken().position().getAsLong());
        assertThat(banc.mongo().findById("d-1", DossierVue.class).version()).isEqualTo(1);

        notesDossiers.envoyer("Dossier", "d-1", 2, new NoteSuiviDossierAjoutée("d-1", note("n-2", "Deuxième visite")));
        assertThat(lire("dossier:d-1:n-2").texte()).isEqualTo("Deuxième visite");
        assertThat(banc.nombre(NoteSuiviVue.class)).isEqualTo(2);
        assertThat(banc.mongo().findById("d-1", DossierVue.class).version()).isEqualTo(2);
    }

    @Test
    void une_note_versee_a_un_intervenant_porte_sa_fiche() {
        notesIntervenants.envoyer(
                "Intervenant",
                "i-1",
                3,
                new NoteSuiviIntervenantAjoutée("i-1", note("n-1", "Très ponctuel")),
                par("paul"));

        NoteSuiviVue vue = lire("intervenant:i-1:n-1");
        assertThat(vue.ficheIntervenantId()).isEqualTo("i-1");
        assertThat(vue.dossierId()).isNull();
        assertThat(vue.texte()).isEqualTo("Très ponctuel");
        assertThat(vue.auteur()).isEqualTo("paul");
    }

    @Test
    void une_note_relivree_ne_change_rien() {
        TrackedEventMessage<?> ajoutee = notesDossiers.envoyer(
                "Dossier", "d-1", 1, new NoteSuiviDossierAjoutée("d-1", note("n-1", "Client satisfait")), par("paul"));
        var note = banc.document(NoteSuiviVue.class, "dossier:d-1:n-1");
        var dossier = banc.document(DossierVue.class, "d-1");

        notesDossiers.renvoyer(ajoutee);

        assertThat(banc.document(NoteSuiviVue.class, "dossier:d-1:n-1")).isEqualTo(note);
        assertThat(banc.document(DossierVue.class, "d-1")).isEqualTo(dossier);
        assertThat(banc.nombre(NoteSuiviVue.class)).isEqualTo(1);
    }

    @Test
    void l_effacement_rgpd_est_sans_objet_une_note_ne_porte_aucune_donnee_personnelle() {
        assertThat(NoteSuivi.class.getRecordComponents())
                .noneMatch(c -> c.isAnnotationPresent(DonneePersonnelle.class));
        assertThat(notesDossiers.gere(DonneesPersonnellesEffacées.class)).isFalse();
        assertThat(notesIntervenants.gere(DonneesPersonnellesEffacées.class)).isFalse();
    }

    @Test
    void chaque_reinitialisation_ne_vide_que_les_notes_de_son_groupe() {
        notesDossiers.envoyer("Dossier", "d-1", 1, new NoteSuiviDossierAjoutée("d-1", note("n-1", "Au dossier")));
        notesIntervenants.envoyer(
                "Intervenant", "i-1", 1, new NoteSuiviIntervenantAjoutée("i-1", note("n-2", "À l'intervenant")));

        notesDossiers.reinitialiser();
        assertThat(lire("dossier:d-1:n-1")).isNull();
        assertThat(lire("intervenant:i-1:n-2")).isNotNull();

        notesIntervenants.reinitialiser();
        assertThat(banc.nombre(NoteSuiviVue.class)).isZero();
    }
}
