package fr.socle.command.suivi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.socle.kernel.erreur.Refus;
import fr.socle.kernel.suivi.AjouterNoteSuiviDossier;
import fr.socle.kernel.suivi.AjouterNoteSuiviIntervenant;
import fr.socle.kernel.suivi.DeclarerEvenementIndesirable;
import fr.socle.kernel.suivi.NatureNote;
import fr.socle.kernel.suivi.TraiterEvenementIndesirable;
import fr.socle.kernel.suivi.ÉvénementIndésirableDéclaré;
import fr.socle.kernel.suivi.ÉvénementIndésirableTraité;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SuiviTest {

    static final String ID = "1a1a1a1a-3333-4333-8333-333333333333";
    static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    static final ÉvénementIndésirableDéclaré DECLARE =
            new ÉvénementIndésirableDéclaré(ID, "dossier-1", "intervenant-1", "claire", "Chute dans l'escalier", DATE);

    private FixtureConfiguration<EvenementIndesirable> fixture() {
        FixtureConfiguration<EvenementIndesirable> fixture = new AggregateTestFixture<>(EvenementIndesirable.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
        return fixture;
    }

    @Test
    void un_evenement_indesirable_se_declare_puis_se_traite_une_fois() {
        fixture()
                .givenNoPriorActivity()
                .when(new DeclarerEvenementIndesirable(
                        ID, "dossier-1", "intervenant-1", "claire", " Chute dans l'escalier ", DATE))
                .expectEvents(DECLARE);
        fixture()
                .given(DECLARE)
                .when(new TraiterEvenementIndesirable(ID, null))
                .expectEvents(new ÉvénementIndésirableTraité(ID));
        fixture()
                .given(DECLARE, new ÉvénementIndésirableTraité(ID))
                .when(new TraiterEvenementIndesirable(ID, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void une_declaration_incomplete_est_refusee() {
        assertThatThrownBy(() -> new DeclarerEvenementIndesirable(ID, "d", "i", "claire", " ", DATE))
                .isInstanceOfSatisfying(
                        Refus.class, r -> assertThat(r.erreur().champ()).isEqualTo("description"));
        assertThatThrownBy(() -> new DeclarerEvenementIndesirable(ID, "d", "i", "claire", "x", null))
                .isInstanceOfSatisfying(
                        Refus.class, r -> assertThat(r.erreur().champ()).isEqualTo("date"));
        assertThatThrownBy(() -> new DeclarerEvenementIndesirable(ID, "d", "i", null, "x", DATE))
                .isInstanceOfSatisfying(
                        Refus.class, r -> assertThat(r.erreur().champ()).isEqualTo("encadrant"));
    }

    @Test
    void la_politique_verse_une_note_au_client_et_une_a_l_intervenant_avec_des_identifiants_stables() {
        CommandGateway commandes = mock(CommandGateway.class);
        PolitiqueEvenementsIndesirables politique = new PolitiqueEvenementsIndesirables(commandes);

        politique.on(DECLARE);
        politique.on(DECLARE);

        ArgumentCaptor<Object> envoyees = ArgumentCaptor.forClass(Object.class);
        verify(commandes, times(4)).sendAndWait(envoyees.capture());
        List<Object> commandesEnvoyees = envoyees.getAllValues();
        AjouterNoteSuiviDossier client = (AjouterNoteSuiviDossier) commandesEnvoyees.get(0);
        AjouterNoteSuiviIntervenant intervenant = (AjouterNoteSuiviIntervenant) commandesEnvoyees.get(1);
        assertThat(client.dossierId()).isEqualTo("dossier-1");
        assertThat(intervenant.intervenantId()).isEqualTo("intervenant-1");
        assertThat(List.of(client.note(), intervenant.note())).allSatisfy(note -> {
            assertThat(note.nature()).isEqualTo(NatureNote.EVENEMENT_INDESIRABLE);
            assertThat(note.evenementId()).isEqualTo(ID);
            assertThat(note.texte())
                    .contains("Chute dans l'escalier")
                    .contains("2026-11-20")
                    .contains("claire");
            assertThat(note.intervenantId()).isEqualTo("intervenant-1");
        });
        assertThat(client.note().noteId()).isNotEqualTo(intervenant.note().noteId());
        assertThat(commandesEnvoyees.get(2))
                .as("relivré, l'événement donne les mêmes notes")
                .isEqualTo(client);
        assertThat(commandesEnvoyees.get(3)).isEqualTo(intervenant);
    }

    @Test
    void une_fiche_qui_refuse_la_note_n_arrete_pas_la_politique_mais_une_ecriture_simultanee_la_fait_retraiter() {
        CommandGateway commandes = mock(CommandGateway.class);
        when(commandes.sendAndWait(any(AjouterNoteSuiviDossier.class)))
                .thenThrow(Refus.conflit("dossierId", "DOSSIER_CLOTURE", "Le dossier est clôturé"));
        PolitiqueEvenementsIndesirables politique = new PolitiqueEvenementsIndesirables(commandes);

        politique.on(DECLARE);
        verify(commandes).sendAndWait(any(AjouterNoteSuiviIntervenant.class));

        when(commandes.sendAndWait(any(AjouterNoteSuiviIntervenant.class)))
                .thenThrow(new ConcurrencyException("écrit entre-temps"));
        assertThatThrownBy(() -> politique.on(DECLARE)).isInstanceOf(ConcurrencyException.class);
    }
}
