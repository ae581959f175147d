package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * L'écrivain SQLite n'est tenu que pour les écritures d'une unité de travail, et les validations
 * concurrentes se groupent : sur un vrai fichier SQLite, ouvert comme le moteur l'ouvre.
 */
class EcrivainUniqueTest {

    @TempDir
    Path repertoire;

    private HikariDataSource base;
    private JdbcTemplate jdbc;
    private EcrivainUnique ecrivain;

    @BeforeEach
    void ouvrir() throws Exception {
        base = new HikariDataSource();
        base.setJdbcUrl("jdbc:sqlite:" + repertoire.resolve("evenements.db")
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&transaction_mode=IMMEDIATE");
        // Peu de connexions : une connexion de lot qui ne serait pas rendue bloquerait vite les suivants.
        base.setMaximumPoolSize(4);
        try (Connection c = base.getConnection()) {
            MagasinSqlite.creerTables(c, EventSchema.builder().build());
        }
        jdbc = new JdbcTemplate(base);
        ecrivain = new EcrivainUnique(new SpringTransactionManager(new DataSourceTransactionManager(base)), base);
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    private UnitOfWork<?> unite() {
        UnitOfWork<?> unite = DefaultUnitOfWork.startAndGet(new GenericMessage<>("commande"));
        unite.attachTransaction(ecrivain);
        return unite;
    }

    /** Écrit un événement, comme le moteur d'Axon, par la connexion de la transaction du fil. */
    private void ajouter(String agregat, long sequence) {
        jdbc.update(
                "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, payload,"
                        + " payloadType, timeStamp) VALUES (?, ?, 'Dossier', ?, x'00', 'Evenement', '2026-01-01')",
                agregat,
                sequence,
                UUID.randomUUID().toString());
    }

    /** Lu par une autre connexion : seulement ce qui est validé. */
    private long evenements(String agregat) {
        try (HikariDataSource lecteur = new HikariDataSource()) {
            lecteur.setJdbcUrl(base.getJdbcUrl());
            return new JdbcTemplate(lecteur)
                    .queryForObject(
                            "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, agregat);
        }
    }

    /** Une unité qui ajoute {@code sequences} événements à {@code agregat} à la préparation de sa validation. */
    private void valider(String agregat, long... sequences) {
        UnitOfWork<?> unite = unite();
        unite.onPrepareCommit(u -> {
            for (long s : sequences) {
                ajouter(agregat, s);
            }
        });
        unite.commit();
    }

    @Test
    void le_traitement_se_fait_sans_l_ecrivain_qui_n_est_pris_que_pour_valider() {
        UnitOfWork<?> unite = unite();
        List<Boolean> prisPendantLaPreparation = new ArrayList<>();
        unite.onPrepareCommit(u -> {
            prisPendantLaPreparation.add(ecrivain.ecrivainPris());
            ajouter("a", 0);
        });

        assertThat(ecrivain.ecrivainPris()).isFalse();
        unite.commit();

        assertThat(prisPendantLaPreparation).containsExactly(true);
        assertThat(evenements("a")).isEqualTo(1);
        assertThat(ecrivain.lotsValides()).isEqualTo(1);
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_unite_qui_echoue_avant_d_ecrire_n_ouvre_rien() {
        unite().rollback();

        assertThat(ecrivain.lotsValides()).isZero();
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_ecriture_annoncee_pendant_le_traitement_ouvre_la_transaction_tout_de_suite_et_s_annule_avec_elle() {
        UnitOfWork<?> unite = unite();
        EcrivainUnique.avantEcriture();

        assertThat(ecrivain.ecrivainPris()).isTrue();
        ajouter("a", 0);
        unite.rollback();

        assertThat(evenements("a")).isZero();
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_preparation_qui_echoue_annule_ses_ecritures_et_rend_l_ecrivain_et_la_connexion() {
        // Plus d'échecs que de connexions dans le pool : chacun rend la sienne.
        for (int i = 0; i < 10; i++) {
            UnitOfWork<?> unite = unite();
            unite.onPrepareCommit(u -> {
                ajouter("a", 0);
                throw new IllegalStateException("ajout refusé");
            });

            assertThatThrownBy(unite::commit).hasMessage("ajout refusé");
        }
        assertThat(evenements("a")).isZero();
        assertThat(ecrivain.ecrivainPris()).isFalse();
        valider("b", 0);
        assertThat(evenements("b")).isEqualTo(1);
    }

    @Test
    void une_unite_imbriquee_rejoint_la_transaction_de_celle_qui_l_englobe() {
        UnitOfWork<?> englobante = unite();
        englobante.onPrepareCommit(u -> ajouter("a", 1));
        UnitOfWork<?> imbriquee = unite();
        ajouter("a", 0);

        assertThat(ecrivain.ecrivainPris()).isTrue();
        imbriquee.commit();
        assertThat(evenements("a")).isZero();
        englobante.commit();

        assertThat(evenements("a")).isEqualTo(2);
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void hors_unite_de_travail_la_transaction_s_ouvre_tout_de_suite() {
        Transaction transaction = ecrivain.startTransaction();

        assertThat(ecrivain.ecrivainPris()).isTrue();
        ajouter("a", 0);
        transaction.commit();
        transaction.rollback();

        assertThat(evenements("a")).isEqualTo(1);
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void des_unites_concurrentes_partagent_leurs_validations_et_chacune_est_sur_disque_quand_elle_repond()
            throws Exception {
        int fils = 16;
        int parFil = 20;
        ExecutorService executeur = Executors.newFixedThreadPool(fils);
        List<Future<List<String>>> envois = new ArrayList<>();
        for (int f = 0; f < fils; f++) {
            envois.add(executeur.submit(() -> {
                List<String> acquittes = new ArrayList<>();
                for (int i = 0; i < parFil; i++) {
                    String agregat = UUID.randomUUID().toString();
                    valider(agregat, 0, 1, 2);
                    // Acquittée : ses trois événements se lisent déjà d'une autre connexion.
                    assertThat(jdbc.queryForObject(
                                    "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                                    Long.class,
                                    agregat))
                            .isEqualTo(3);
                    acquittes.add(agregat);
                }
                return acquittes;
            }));
        }
        for (Future<List<String>> envoi : envois) {
            assertThat(envoi.get(2, TimeUnit.MINUTES)).hasSize(parFil);
        }
        executeur.shutdown();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class))
                .isEqualTo(fils * parFil * 3L);
        assertThat(ecrivain.lotsValides()).isLessThan(fils * parFil);
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void un_conflit_de_sequence_dans_un_lot_ne_fait_echouer_que_la_commande_fautive() throws Exception {
        ExecutorService executeur = Executors.newFixedThreadPool(3);
        List<Thread> enAttente = new ArrayList<>();
        // L'écrivain est pris : les trois unités font la queue et écriront dans le même lot.
        Transaction tenue = ecrivain.startTransaction();
        List<Future<?>> envois = new ArrayList<>();
        for (String[] envoi : new String[][] {{"x", "0"}, {"x", "0"}, {"y", "0"}}) {
            envois.add(executeur.submit(() -> {
                synchronized (enAttente) {
                    enAttente.add(Thread.currentThread());
                }
                valider(envoi[0], Long.parseLong(envoi[1]));
                return null;
            }));
        }
        attendreBloques(enAttente, 3);
        long lotsAvant = ecrivain.lotsValides();
        tenue.commit();

        List<Throwable> echecs = new ArrayList<>();
        for (Future<?> envoi : envois) {
            try {
                envoi.get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException e) {
                echecs.add(e.getCause());
            }
        }
        executeur.shutdown();

        assertThat(echecs).hasSize(1);
        assertThat(MagasinSqlite.estViolationUnicite((Exception) echecs.get(0)))
                .as("un conflit, pas une panne : %s", echecs.get(0))
                .isTrue();
        assertThat(evenements("x")).isEqualTo(1);
        assertThat(evenements("y")).isEqualTo(1);
        assertThat(ecrivain.lotsValides() - lotsAvant).isEqualTo(1);
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    private static void attendreBloques(List<Thread> fils, int nombre) throws InterruptedException {
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < fin) {
            synchronized (fils) {
                if (fils.size() == nombre && fils.stream().allMatch(f -> f.getState() == Thread.State.WAITING)) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("les unités n'attendent pas l'écrivain");
    }
}
