package fr.socle.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Le magasin d'événements du mode embarqué : le moteur JDBC d'Axon sur un fichier SQLite (WAL,
 * synchronous=FULL, transactions IMMEDIATE). Un événement est sur disque quand la commande répond.
 */
@Configuration
@Profile("!production")
public class MagasinSqlite {

    /** Le compteur des validations sur disque des écritures des commandes. */
    public static final String VALIDATIONS = "socle.magasin.validations";

    @Bean
    public PersistenceExceptionResolver violationsUnicite() {
        return MagasinSqlite::estViolationUnicite;
    }

    /** Deux écritures au même numéro de séquence d'un agrégat : c'est un conflit, pas une panne. */
    static boolean estViolationUnicite(Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLiteException s
                    && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                            || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
                return true;
            }
        }
        return false;
    }

    @Bean
    public EventStorageEngine eventStorageEngine(
            DataSource dataSource,
            TransactionManager transactions,
            @Qualifier("eventSerializer") Serializer evenements,
            @Qualifier("serializer") Serializer serializer,
            PersistenceExceptionResolver violationsUnicite,
            ObjectProvider<EventUpcaster> upcasters,
            org.axonframework.config.Configuration axon)
            throws SQLException {
        EventSchema schema = EventSchema.builder().build();
        JdbcEventStorageEngine moteur = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(lecturesSansVerrou(transactions))
                .eventSerializer(evenements)
                .snapshotSerializer(serializer)
                // Comme le moteur JDBC d'Axon : un instantané d'une autre révision que son agrégat (@Revision)
                // est ignoré, l'agrégat se rejoue depuis ses événements.
                .snapshotFilter(axon.snapshotFilter())
                .persistenceExceptionResolver(violationsUnicite)
                .upcasterChain(new EventUpcasterChain(
                        List.copyOf(upcasters.orderedStream().toList())))
                .schema(schema)
                // Avec SQLite, un max() sur une table vide rend NULL, que le pilote refuse de lire en Long :
                // ces requêtes ne rendent alors aucune ligne, ce qu'Axon traite comme « rien ».
                .createTailToken((c, s) -> c.prepareStatement("SELECT min(" + s.globalIndexColumn() + ") - 1 FROM "
                        + s.domainEventTable() + " HAVING count(*) > 0"))
                .createHeadToken((c, s) -> c.prepareStatement("SELECT max(" + s.globalIndexColumn() + ") FROM "
                        + s.domainEventTable() + " HAVING count(*) > 0"))
                .createTokenAt((c, s, instant) -> {
                    PreparedStatement p = c.prepareStatement("SELECT min(" + s.globalIndexColumn() + ") - 1 FROM "
                            + s.domainEventTable() + " WHERE " + s.timestampColumn() + " >= ? HAVING count(*) > 0");
                    p.setString(1, instant.toString());
                    return p;
                })
                .lastSequenceNumberFor((c, s, id) -> {
                    PreparedStatement p = c.prepareStatement(
                            "SELECT max(" + s.sequenceNumberColumn() + ") FROM " + s.domainEventTable() + " WHERE "
                                    + s.aggregateIdentifierColumn() + " = ? HAVING count(*) > 0");
                    p.setString(1, id);
                    return p;
                })
                .fetchTrackedEvents((c, s, index) -> {
                    PreparedStatement p = c.prepareStatement("SELECT min(" + s.globalIndexColumn() + ") FROM "
                            + s.domainEventTable() + " WHERE " + s.globalIndexColumn() + " > ? HAVING count(*) > 0");
                    p.setLong(1, index);
                    return p;
                })
                .build();
        try (Connection connexion = dataSource.getConnection()) {
            creerTables(connexion, schema);
        }
        return moteur;
    }

    /**
     * Le gestionnaire de transactions d'Axon (commandes, instantanés) : un seul écrivain SQLite à la fois,
     * tenu seulement pour les écritures d'une commande, dont les validations concurrentes se groupent
     * ({@link EcrivainUnique}).
     */
    @Bean
    public TransactionManager axonTransactionManager(
            PlatformTransactionManager transactions, DataSource dataSource, MeterRegistry registre) {
        EcrivainUnique ecrivain = new EcrivainUnique(new SpringTransactionManager(transactions), dataSource);
        // Rapporté aux commandes, dit combien chaque fsync en porte.
        FunctionCounter.builder(VALIDATIONS, ecrivain, EcrivainUnique::lotsValides)
                .description("Transactions des commandes validées sur disque, chacune pour toutes celles de son lot")
                .register(registre);
        return ecrivain;
    }

    /**
     * Les transactions SQLite sont IMMEDIATE : elles prennent le verrou d'écriture dès leur début. Une
     * écriture (commande) a sa transaction, que le moteur rejoint ; une lecture hors de toute
     * transaction (projections, historique) se fait en validation automatique, sans bloquer les écritures.
     */
    static TransactionManager lecturesSansVerrou(TransactionManager transactions) {
        return () -> TransactionSynchronizationManager.isActualTransactionActive()
                ? transactions.startTransaction()
                : NoTransactionManager.INSTANCE.startTransaction();
    }

    /**
     * Axon n'a pas de fabrique de tables pour SQLite : l'index global doit y être un
     * {@code INTEGER PRIMARY KEY AUTOINCREMENT} (croissant, jamais réutilisé).
     */
    static void creerTables(Connection c, EventSchema s) throws SQLException {
        String colonnes = s.aggregateIdentifierColumn() + " VARCHAR(255) NOT NULL, "
                + s.sequenceNumberColumn() + " BIGINT NOT NULL, "
                + s.typeColumn() + " VARCHAR(255), "
                + s.eventIdentifierColumn() + " VARCHAR(255) NOT NULL UNIQUE, "
                + s.metaDataColumn() + " BLOB, "
                + s.payloadColumn() + " BLOB NOT NULL, "
                + s.payloadRevisionColumn() + " VARCHAR(255), "
                + s.payloadTypeColumn() + " VARCHAR(255) NOT NULL, "
                + s.timestampColumn() + " VARCHAR(255) NOT NULL";
        try (var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS " + s.domainEventTable() + " ("
                    + s.globalIndexColumn() + " INTEGER PRIMARY KEY AUTOINCREMENT, " + colonnes + ", "
                    + "UNIQUE (" + s.aggregateIdentifierColumn() + ", " + s.sequenceNumberColumn() + "))");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS " + s.snapshotTable() + " (" + colonnes + ", "
                    + "PRIMARY KEY (" + s.aggregateIdentifierColumn() + ", " + s.sequenceNumberColumn() + "))");
            st.executeUpdate("CREATE INDEX IF NOT EXISTS evenements_par_instant ON " + s.domainEventTable() + " ("
                    + s.timestampColumn() + ")");
            st.executeUpdate("CREATE INDEX IF NOT EXISTS evenements_par_type ON " + s.domainEventTable() + " ("
                    + s.payloadTypeColumn() + ")");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
