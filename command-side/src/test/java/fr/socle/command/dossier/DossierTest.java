package fr.socle.command.dossier;

import fr.socle.kernel.dossier.ChangerEtatDossier;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Personne;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.command.commun.RefusAttendu;
import fr.socle.kernel.valeur.Civilite;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Telephone;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DossierTest {

    static final String ID = "0b8e6f5a-6c1d-4d7e-9a51-6a2f4b3c2d10";
    static final Personne JEANNE = new Personne(Civilite.MME, "Jeanne", "Martin",
            new Email("jeanne.martin@exemple.fr"), Telephone.mobile("0612345678"), null);

    private FixtureConfiguration<Dossier> fixture;

    @BeforeEach
    void preparer() {
        fixture = new AggregateTestFixture<>(Dossier.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
    }

    @Test
    void creer_un_dossier_le_fait_naitre_ouvert() {
        fixture.givenNoPriorActivity()
                .when(new CreerDossier(ID, JEANNE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DossierCréé(ID, JEANNE));
    }

    @Test
    void un_dossier_ouvert_passe_en_cours() {
        fixture.given(new DossierCréé(ID, JEANNE))
                .when(new ChangerEtatDossier(ID, EtatDossier.EN_COURS, null))
                .expectEvents(new ÉtatDossierChangé(ID, EtatDossier.OUVERT, EtatDossier.EN_COURS));
    }

    @Test
    void rien_ne_sort_de_cloture() {
        fixture.given(new DossierCréé(ID, JEANNE), new ÉtatDossierChangé(ID, EtatDossier.OUVERT, EtatDossier.CLOTURE))
                .when(new ChangerEtatDossier(ID, EtatDossier.EN_COURS, null))
                .expectNoEvents()
                .expectException(RefusAttendu.champEtRegle("etat", "TRANSITION_INTERDITE"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("CLOTURE"));
    }

    @Test
    void un_retour_en_arriere_est_une_transition_interdite() {
        fixture.given(new DossierCréé(ID, JEANNE), new ÉtatDossierChangé(ID, EtatDossier.OUVERT, EtatDossier.EN_COURS))
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
    void chaque_etat_a_ses_suivants_et_cloture_n_en_a_aucun() {
        assertThat(EtatDossier.OUVERT.peutPasserA(EtatDossier.EN_COURS)).isTrue();
        assertThat(EtatDossier.EN_COURS.peutPasserA(EtatDossier.OUVERT)).isFalse();
        assertThat(EtatDossier.CLOTURE.suivantsPermis()).isEmpty();
    }
}
