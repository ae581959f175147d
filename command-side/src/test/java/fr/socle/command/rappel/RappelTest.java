package fr.socle.command.rappel;

import fr.socle.command.commun.RefusAttendu;
import fr.socle.kernel.rappel.DeclencherRappel;
import fr.socle.kernel.rappel.Priorite;
import fr.socle.kernel.rappel.ProgrammerRappel;
import fr.socle.kernel.rappel.RappelDéclenché;
import fr.socle.kernel.rappel.RappelProgrammé;
import fr.socle.kernel.rappel.RappelTraité;
import fr.socle.kernel.rappel.TraiterRappel;
import java.time.LocalDate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RappelTest {

    static final String ID = "7e7e7e7e-2222-4222-8222-222222222222";
    static final LocalDate ECHEANCE = LocalDate.of(2027, 2, 1);
    /** Un rappel urgent, alerté à l'écran et par courriel, rattaché à une opportunité. */
    static final ProgrammerRappel PROGRAMMER = new ProgrammerRappel(
            ID,
            "Rappel ré-évaluation des besoins",
            ECHEANCE,
            "Suivi évaluation",
            "gestionnaire",
            Priorite.URGENT,
            true,
            true,
            "opp");
    /** Ce que la programmation écrit : la saisie telle quelle. */
    static final RappelProgrammé PROGRAMME = new RappelProgrammé(
            PROGRAMMER.rappelId(),
            PROGRAMMER.titre(),
            PROGRAMMER.echeance(),
            PROGRAMMER.categorie(),
            PROGRAMMER.gerePar(),
            PROGRAMMER.priorite(),
            PROGRAMMER.alerte(),
            PROGRAMMER.alerteMail(),
            PROGRAMMER.opportuniteId());

    private FixtureConfiguration<Rappel> fixture;

    @BeforeEach
    void preparer() {
        fixture = new AggregateTestFixture<>(Rappel.class);
        fixture.registerInjectableResource(NoSnapshotTriggerDefinition.INSTANCE);
    }

    @Test
    void un_rappel_se_programme() {
        fixture.givenNoPriorActivity().when(PROGRAMMER).expectEvents(PROGRAMME);
    }

    @Test
    void un_rappel_du_sonne() {
        fixture.given(PROGRAMME)
                .when(new DeclencherRappel(ID, ECHEANCE))
                .expectEvents(new RappelDéclenché(ID, ECHEANCE, "gestionnaire", true, true));
    }

    @Test
    void un_rappel_ne_sonne_qu_une_fois() {
        fixture.given(PROGRAMME, new RappelDéclenché(ID, ECHEANCE, "gestionnaire", true, true))
                .when(new DeclencherRappel(ID, ECHEANCE.plusDays(1)))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("RAPPEL_DEJA_DECLENCHE"));
    }

    @Test
    void un_rappel_ne_sonne_pas_avant_son_echeance() {
        fixture.given(PROGRAMME)
                .when(new DeclencherRappel(ID, ECHEANCE.minusDays(1)))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("RAPPEL_NON_ECHU"));
    }

    @Test
    void un_rappel_traite_ne_sonne_plus_et_se_traite_une_fois() {
        fixture.given(PROGRAMME).when(new TraiterRappel(ID, null)).expectEvents(new RappelTraité(ID));
        fixture.given(PROGRAMME, new RappelTraité(ID))
                .when(new TraiterRappel(ID, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(PROGRAMME, new RappelTraité(ID))
                .when(new DeclencherRappel(ID, ECHEANCE))
                .expectNoEvents()
                .expectException(RefusAttendu.regle("RAPPEL_TRAITE"));
    }
}
