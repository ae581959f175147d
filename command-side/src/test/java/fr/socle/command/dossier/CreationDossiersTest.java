package fr.socle.command.dossier;

import static fr.socle.command.commun.Titulaires.ACME;
import static fr.socle.command.commun.Titulaires.JEANNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.socle.command.commun.VersionsRendues;
import fr.socle.kernel.dossier.CollaborateurAffecté;
import fr.socle.kernel.dossier.Commande;
import fr.socle.kernel.dossier.CommandeEnregistrée;
import fr.socle.kernel.dossier.CreerConvention;
import fr.socle.kernel.dossier.CreerDossier;
import fr.socle.kernel.dossier.DefinirPrestation;
import fr.socle.kernel.dossier.DirigeantDésigné;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.dossier.Entreprise;
import fr.socle.kernel.dossier.EtatDossier;
import fr.socle.kernel.dossier.Exercice;
import fr.socle.kernel.dossier.ExerciceAjouté;
import fr.socle.kernel.dossier.FicheAnnuaireCréée;
import fr.socle.kernel.dossier.FicheAnnuaireRattachée;
import fr.socle.kernel.dossier.FicheSaisie;
import fr.socle.kernel.dossier.Financement;
import fr.socle.kernel.dossier.Invitation;
import fr.socle.kernel.dossier.Prestation;
import fr.socle.kernel.dossier.PrestationDéfinie;
import fr.socle.kernel.dossier.SiretRéservé;
import fr.socle.kernel.dossier.TypeFiche;
import fr.socle.kernel.dossier.ÉtatDossierChangé;
import fr.socle.kernel.ecriture.VersionsEcrites;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.kernel.valeur.Email;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Siret;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * La création d'un dossier et de ce qui l'accompagne (réservation du SIRET, fiches d'annuaire,
 * convention) : plusieurs agrégats, une seule unité de travail, sur un magasin en mémoire.
 */
class CreationDossiersTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 5, 10);

    private final List<EventMessage<?>> publies = new CopyOnWriteArrayList<>();
    private CommandGateway commandes;

    @BeforeEach
    void preparer() {
        EmbeddedEventStore magasin = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        magasin.subscribe(publies::addAll);
        Calendrier calendrier = () -> AUJOURDHUI;
        var resolveurs = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Dossier.class),
                new SimpleResourceParameterResolverFactory(List.of(calendrier)));
        var dossiers = EventSourcingRepository.builder(Dossier.class)
                .eventStore(magasin)
                .parameterResolverFactory(resolveurs)
                .build();
        var reservations = EventSourcingRepository.builder(ReservationSiret.class)
                .eventStore(magasin)
                .build();
        var annuaire = EventSourcingRepository.builder(FicheAnnuaire.class)
                .eventStore(magasin)
                .build();
        var conventions = EventSourcingRepository.builder(Convention.class)
                .eventStore(magasin)
                .build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Convention>builder()
                .aggregateType(Convention.class)
                .repository(conventions)
                .build()
                .subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(
                        new CreationDossiers(dossiers, reservations, annuaire, conventions, calendrier, magasin))
                .subscribe(bus);
        new VersionsRendues().rendreLesVersions(bus, magasin);
        commandes = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private List<Object> evenements() {
        return publies.stream().<Object>map(EventMessage::getPayload).toList();
    }

    private <T> List<T> evenements(Class<T> type) {
        return evenements().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private ErreurClassee refus(Object commande) {
        int avant = publies.size();
        Throwable erreur = catchThrowable(() -> commandes.sendAndWait(commande));
        assertThat(publies).as("un refus n'écrit rien").hasSize(avant);
        return Classifieur.classer(erreur).orElseThrow(() -> new AssertionError("refus attendu", erreur));
    }

    private static CreerDossier simple(Object titulaire) {
        return new CreerDossier(Identifiant.nouveau(), (fr.socle.kernel.dossier.Titulaire) titulaire);
    }

    /** Une création qui ne désigne que le titulaire et les fiches d'annuaire, saisies ou reprises. */
    private static CreerDossier avecFiches(
            String dossierId,
            Object titulaire,
            String beneficiaire,
            FicheSaisie prescripteur,
            FicheSaisie contactAdmin) {
        return new CreerDossier(
                dossierId,
                (fr.socle.kernel.dossier.Titulaire) titulaire,
                beneficiaire,
                prescripteur,
                contactAdmin,
                null,
                null,
                null,
                null,
                false,
                List.of());
    }

    @Test
    void la_commande_rend_la_version_de_chaque_agregat_qu_elle_a_ecrit() {
        CreerDossier creation = simple(ACME);
        Object reponse = commandes.sendAndWait(creation);

        Map<String, Long> attendues = new HashMap<>();
        publies.stream()
                .map(DomainEventMessage.class::cast)
                .forEach(e -> attendues.merge(e.getAggregateIdentifier(), e.getSequenceNumber(), Math::max));
        assertThat(attendues)
                .as("le dossier, la réservation du SIRET et la fiche")
                .hasSizeGreaterThanOrEqualTo(3)
                .containsKey(creation.dossierId());
        assertThat(reponse)
                .isInstanceOfSatisfying(
                        VersionsEcrites.class,
                        versions -> assertThat(versions.versions()).isEqualTo(attendues));

        Object refus = catchThrowable(() -> commandes.sendAndWait(simple(ACME)));
        assertThat(refus).as("un refus ne rend pas de versions").isInstanceOf(Exception.class);
    }

    @Test
    void creer_un_dossier_cree_aussi_sa_fiche_beneficiaire() {
        CreerDossier creation = simple(JEANNE);
        commandes.sendAndWait(creation);
        FicheAnnuaireCréée fiche = evenements(FicheAnnuaireCréée.class).get(0);
        assertThat(fiche.type()).isEqualTo(TypeFiche.BENEFICIAIRE);
        assertThat(fiche.email()).isEqualTo(JEANNE.email());
        assertThat(evenements(DossierCréé.class)).containsExactly(new DossierCréé(creation.dossierId(), JEANNE));
        assertThat(evenements(FicheAnnuaireRattachée.class))
                .containsExactly(new FicheAnnuaireRattachée(
                        creation.dossierId(), fiche.ficheId(), TypeFiche.BENEFICIAIRE, "Martin", "Jeanne"));
    }

    @Test
    void une_fiche_reprise_remplit_le_dossier_sans_creer_de_doublon() {
        commandes.sendAndWait(simple(JEANNE));
        String ficheId = evenements(FicheAnnuaireCréée.class).get(0).ficheId();
        String second = Identifiant.nouveau();
        commandes.sendAndWait(avecFiches(second, null, ficheId, null, null));
        assertThat(evenements(FicheAnnuaireCréée.class)).hasSize(1);
        assertThat(evenements(DossierCréé.class)).last().isEqualTo(new DossierCréé(second, JEANNE));
        assertThat(evenements(FicheAnnuaireRattachée.class))
                .last()
                .extracting(FicheAnnuaireRattachée::ficheId)
                .isEqualTo(ficheId);

        ErreurClassee inconnue = refus(avecFiches(Identifiant.nouveau(), null, Identifiant.nouveau(), null, null));
        assertThat(inconnue.regle()).isEqualTo("INTROUVABLE");
        assertThat(inconnue.champ()).isEqualTo("beneficiaire");
        ErreurClassee sansTitulaire = refus(new CreerDossier(Identifiant.nouveau(), null));
        assertThat(sansTitulaire.champ()).isEqualTo("titulaire");
    }

    @Test
    void prescripteur_et_contact_admin_sont_crees_a_la_volee_et_rattaches() {
        CreerDossier creation = avecFiches(
                Identifiant.nouveau(),
                JEANNE,
                null,
                new FicheSaisie(null, "Leroy", "Anne"),
                new FicheSaisie(null, "Moreau", null));
        commandes.sendAndWait(creation);
        assertThat(evenements(FicheAnnuaireCréée.class))
                .extracting(FicheAnnuaireCréée::type)
                .containsExactly(TypeFiche.BENEFICIAIRE, TypeFiche.PRESCRIPTEUR, TypeFiche.AUTRE);
        assertThat(evenements(FicheAnnuaireRattachée.class))
                .extracting(FicheAnnuaireRattachée::nom)
                .containsExactly("Martin", "Leroy", "Moreau");
        String prescripteur = evenements(FicheAnnuaireCréée.class).get(1).ficheId();

        ErreurClassee mauvaisType =
                refus(avecFiches(Identifiant.nouveau(), JEANNE, null, null, FicheSaisie.reprise(prescripteur)));
        assertThat(mauvaisType.champ()).isEqualTo("contactAdmin.ficheId");
        assertThat(mauvaisType.regle()).isEqualTo("FICHE_MAUVAIS_TYPE");
    }

    @Test
    void un_siret_deja_tenu_par_un_dossier_est_refuse() {
        CreerDossier premier = simple(ACME);
        commandes.sendAndWait(premier);
        assertThat(evenements(SiretRéservé.class))
                .containsExactly(new SiretRéservé("siret:73282932000074", ACME.siret(), premier.dossierId()));

        ErreurClassee doublon = refus(simple(new Entreprise("ACME bis", new Siret("732 829 320 00074"), null)));
        assertThat(doublon.champ()).isEqualTo("titulaire.siret");
        assertThat(doublon.regle()).isEqualTo("SIRET_DEJA_UTILISE");
        assertThat(evenements(DossierCréé.class)).hasSize(1);
    }

    @Test
    void la_convention_apporte_son_financeur_par_defaut() {
        String conventionId = Identifiant.nouveau();
        commandes.sendAndWait(
                new CreerConvention(conventionId, "Bilan de compétences", new BigDecimal("1800.00"), "France Travail"));
        CreerDossier creation = new CreerDossier(
                Identifiant.nouveau(),
                JEANNE,
                null,
                null,
                null,
                new Prestation("Bilan de compétences", conventionId, List.of()),
                null,
                null,
                null,
                false,
                List.of());
        commandes.sendAndWait(creation);
        assertThat(evenements(PrestationDéfinie.class))
                .last()
                .extracting(p -> p.prestation().financeurs())
                .isEqualTo(List.of(new Financement("France Travail", new BigDecimal("1800.00"))));

        List<Financement> saisis = List.of(
                new Financement("OPCO", new BigDecimal("1000.00")),
                new Financement("Employeur", new BigDecimal("800.00")));
        commandes.sendAndWait(
                new DefinirPrestation(creation.dossierId(), new Prestation("Bilan", conventionId, saisis), null));
        assertThat(evenements(PrestationDéfinie.class))
                .last()
                .extracting(p -> p.prestation().financeurs())
                .isEqualTo(saisis);

        ErreurClassee inconnue = refus(new DefinirPrestation(
                creation.dossierId(), new Prestation("Bilan", Identifiant.nouveau(), List.of()), null));
        assertThat(inconnue.champ()).isEqualTo("conventionId");
        assertThat(inconnue.regle()).isEqualTo("INTROUVABLE");
    }

    @Test
    void une_creation_complete_d_entreprise_ecrit_tout_en_une_fois() {
        String id = Identifiant.nouveau();
        Invitation dirigeant = new Invitation(new Email("dg@acme.fr"), "Durand", "Paul", List.of("Social"));
        Commande commande = new Commande("C-9", AUJOURDHUI.plusDays(3), null);
        commandes.sendAndWait(new CreerDossier(
                id,
                ACME,
                null,
                null,
                null,
                null,
                commande,
                Exercice.depuis(LocalDate.of(2026, 1, 1), null),
                dirigeant,
                false,
                List.of("claire", "claire", "marc")));
        assertThat(evenements())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly(
                        "SiretRéservé",
                        "FicheAnnuaireCréée",
                        "DossierCréé",
                        "FicheAnnuaireRattachée",
                        "CommandeEnregistrée",
                        "ÉtatDossierChangé",
                        "ExerciceAjouté",
                        "DirigeantDésigné",
                        "CollaborateurAffecté",
                        "CollaborateurAffecté");
        assertThat(evenements(ÉtatDossierChangé.class))
                .containsExactly(new ÉtatDossierChangé(id, EtatDossier.OUVERT, EtatDossier.COMMANDE));
        assertThat(evenements(CommandeEnregistrée.class)).containsExactly(new CommandeEnregistrée(id, commande));
        assertThat(evenements(ExerciceAjouté.class).get(0).exercice().fin()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(evenements(DirigeantDésigné.class)).hasSize(1);
        assertThat(evenements(CollaborateurAffecté.class))
                .extracting(CollaborateurAffecté::collaborateur)
                .containsExactly("claire", "marc");
    }

    @Test
    void un_exercice_sur_un_dossier_de_personne_est_refuse_et_rien_n_est_ecrit() {
        ErreurClassee refus = refus(new CreerDossier(
                Identifiant.nouveau(),
                JEANNE,
                null,
                null,
                null,
                null,
                null,
                Exercice.depuis(AUJOURDHUI, null),
                null,
                false,
                List.of()));
        assertThat(refus.champ()).isEqualTo("exercice");
        assertThat(refus.regle()).isEqualTo("ENTREPRISE_REQUISE");
    }
}
