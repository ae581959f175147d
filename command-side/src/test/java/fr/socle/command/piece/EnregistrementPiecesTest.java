package fr.socle.command.piece;

import static fr.socle.command.commun.Titulaires.JEANNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.socle.command.dossier.Dossier;
import fr.socle.kernel.dossier.DossierCréé;
import fr.socle.kernel.erreur.Classification;
import fr.socle.kernel.erreur.Classifieur;
import fr.socle.kernel.erreur.ErreurClassee;
import fr.socle.kernel.piece.EnregistrerPiece;
import fr.socle.kernel.piece.NumeroPiece;
import fr.socle.kernel.piece.NuméroPièceRéservé;
import fr.socle.kernel.piece.PièceEnregistrée;
import fr.socle.kernel.piece.PièceSoldée;
import fr.socle.kernel.valeur.Identifiant;
import fr.socle.kernel.valeur.Montant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * L'enregistrement d'une pièce : dossier vérifié dans le magasin, numéro retenu, pièce créée, en une
 * seule unité de travail sur un magasin en mémoire.
 */
class EnregistrementPiecesTest {

    static final LocalDate EMISSION = LocalDate.of(2026, 3, 1);

    private final List<EventMessage<?>> publies = new CopyOnWriteArrayList<>();
    private CommandGateway commandes;
    private EmbeddedEventStore magasin;
    private String dossierId;

    @BeforeEach
    void preparer() {
        magasin = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        magasin.subscribe(publies::addAll);
        var dossiers = EventSourcingRepository.builder(Dossier.class)
                .eventStore(magasin)
                .build();
        var numeros = EventSourcingRepository.builder(ReservationNumeroPiece.class)
                .eventStore(magasin)
                .build();
        var pieces =
                EventSourcingRepository.builder(Piece.class).eventStore(magasin).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Dossier>builder()
                .aggregateType(Dossier.class)
                .repository(dossiers)
                .build()
                .subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new EnregistrementPieces(dossiers, numeros, pieces)).subscribe(bus);
        commandes = DefaultCommandGateway.builder().commandBus(bus).build();
        dossierId = Identifiant.nouveau();
        dossierExistant(dossierId);
    }

    /** Un dossier tel que sa création l'a laissé dans le magasin. */
    private void dossierExistant(String id) {
        magasin.publish(new GenericDomainEventMessage<>("Dossier", id, 0, new DossierCréé(id, JEANNE)));
    }

    static Montant montant(String valeur) {
        return new Montant(new BigDecimal(valeur));
    }

    private EnregistrerPiece piece(String dossier, String numero, LocalDate echeance, String montant, String solde) {
        return new EnregistrerPiece(
                Identifiant.nouveau(),
                dossier,
                new NumeroPiece(numero),
                EMISSION,
                echeance,
                montant(montant),
                solde == null ? null : montant(solde));
    }

    private <T> List<T> evenements(Class<T> type) {
        return publies.stream()
                .map(EventMessage::getPayload)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private ErreurClassee refus(Object commande) {
        int avant = publies.size();
        Throwable erreur = catchThrowable(() -> commandes.sendAndWait(commande));
        assertThat(publies).as("un refus n'écrit rien").hasSize(avant);
        return Classifieur.classer(erreur).orElseThrow(() -> new AssertionError("refus attendu", erreur));
    }

    @Test
    void une_piece_nait_ncT_avec_son_solde_et_retient_son_numero() {
        EnregistrerPiece commande = piece(dossierId, " F-2026-001 ", EMISSION.plusDays(30), "1250.00", null);
        commandes.sendAndWait(commande);
        assertThat(evenements(PièceEnregistrée.class))
                .containsExactly(new PièceEnregistrée(
                        commande.pieceId(),
                        dossierId,
                        new NumeroPiece("F-2026-001"),
                        EMISSION,
                        EMISSION.plusDays(30),
                        montant("1250.00"),
                        montant("1250.00")));
        assertThat(evenements(NuméroPièceRéservé.class))
                .singleElement()
                .satisfies(r -> assertThat(r.pieceId()).isEqualTo(commande.pieceId()))
                .satisfies(r -> assertThat(r.reservationId()).isEqualTo("numero-piece:" + dossierId + ":F-2026-001"));
    }

    @Test
    void un_solde_initial_partiel_est_garde_et_un_solde_nul_ferme_aussitot() {
        commandes.sendAndWait(piece(dossierId, "A-1", EMISSION, "100.00", "40.00"));
        assertThat(evenements(PièceEnregistrée.class).get(0).solde()).isEqualTo(montant("40.00"));
        assertThat(evenements(PièceSoldée.class)).isEmpty();
        EnregistrerPiece reglee = piece(dossierId, "A-2", EMISSION, "100.00", "0");
        commandes.sendAndWait(reglee);
        assertThat(evenements(PièceSoldée.class)).containsExactly(new PièceSoldée(reglee.pieceId(), EMISSION));
    }

    @Test
    void un_numero_est_unique_dans_son_dossier_sans_distinction_de_casse() {
        commandes.sendAndWait(piece(dossierId, "F-001", EMISSION, "10.00", null));
        ErreurClassee doublon = refus(piece(dossierId, "f-001", EMISSION, "20.00", null));
        assertThat(doublon.classification()).isEqualTo(Classification.BAD_REQUEST);
        assertThat(doublon.champ()).isEqualTo("numero");
        assertThat(doublon.regle()).isEqualTo("NUMERO_DEJA_UTILISE");

        String autre = Identifiant.nouveau();
        dossierExistant(autre);
        commandes.sendAndWait(piece(autre, "F-001", EMISSION, "10.00", null));
        assertThat(evenements(PièceEnregistrée.class)).hasSize(2);
    }

    @Test
    void le_dossier_doit_exister_dans_le_magasin() {
        ErreurClassee inconnu = refus(piece(Identifiant.nouveau(), "F-1", EMISSION, "10.00", null));
        assertThat(inconnu.classification()).isEqualTo(Classification.NOT_FOUND);
        assertThat(inconnu.champ()).isEqualTo("dossierId");

        EnregistrerPiece premiere = piece(dossierId, "F-1", EMISSION, "10.00", null);
        commandes.sendAndWait(premiere);
        ErreurClassee pasUnDossier = refus(piece(premiere.pieceId(), "F-2", EMISSION, "10.00", null));
        assertThat(pasUnDossier.classification())
                .as("l'identifiant d'une pièce n'est pas celui d'un dossier")
                .isEqualTo(Classification.NOT_FOUND);
    }

    @Test
    void dates_montant_et_solde_sont_verifies() {
        assertThat(refus(piece(dossierId, "X", EMISSION.minusDays(1), "10.00", null)))
                .extracting(ErreurClassee::champ, ErreurClassee::regle)
                .containsExactly("dateEcheance", "ECHEANCE_AVANT_EMISSION");
        assertThat(refus(piece(dossierId, "X", EMISSION, "0.00", null)))
                .extracting(ErreurClassee::champ, ErreurClassee::regle)
                .containsExactly("montant", "MONTANT_NON_POSITIF");
        assertThat(refus(piece(dossierId, "X", EMISSION, "10.00", "10.01")))
                .extracting(ErreurClassee::champ, ErreurClassee::regle)
                .containsExactly("solde", "SOLDE_SUPERIEUR_AU_MONTANT");
        assertThat(refus(piece(dossierId, "X", EMISSION, "10.00", "-1.00")))
                .extracting(ErreurClassee::champ, ErreurClassee::regle)
                .containsExactly("solde", "SOLDE_NEGATIF");
        assertThat(refus(new EnregistrerPiece(
                        Identifiant.nouveau(), dossierId, new NumeroPiece("X"), null, EMISSION, montant("1.00"), null)))
                .extracting(ErreurClassee::champ)
                .isEqualTo("dateEmission");
        assertThat(evenements(NuméroPièceRéservé.class))
                .as("un refus ne retient pas le numéro")
                .isEmpty();
        commandes.sendAndWait(piece(dossierId, "X", EMISSION, "10.00", null));
    }
}
