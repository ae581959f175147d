package fr.socle.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Le seul écrivain de SQLite, tenu le moins longtemps possible.
 *
 * <p>SQLite n'admet qu'un écrivain à la fois ; les écrivains de ce processus font donc la queue devant un
 * verrou équitable de la JVM avant d'ouvrir leur transaction (IMMEDIATE : elle prend le verrou d'écriture du
 * fichier dès son début). Sinon chacun attendrait le fichier en sondant (délais croissants de SQLite) en
 * gardant une connexion du pool, jusqu'à l'épuiser. Un seul écrivain à la fois valide aussi les index
 * globaux dans l'ordre : un index plus petit ne devient jamais visible après un plus grand, les processeurs
 * de suivi n'en sautent aucun.
 *
 * <p>Une commande n'a besoin de l'écrivain que pour écrire. Dans une unité de travail, la transaction est
 * donc différée : le chargement de l'agrégat et le traitement de la commande lisent hors transaction (WAL :
 * une lecture ne bloque pas l'écrivain et voit tout ce qui est validé), et l'écrivain n'est pris qu'à la
 * préparation de la validation, juste avant l'ajout des événements, ou plus tôt à la première écriture
 * annoncée ({@link #avantEcriture()}). Deux commandes sur un même agrégat ne s'entrelacent pas pour autant :
 * Axon verrouille l'agrégat du chargement jusqu'à la fin de l'unité de travail, après la validation ; et une
 * écriture concurrente au même numéro de séquence reste refusée par le magasin (conflit).
 *
 * <p>Validation groupée : ce qui coûte, c'est la validation sur disque (un fsync), pas l'ajout. Les unités
 * de travail concurrentes écrivent donc, l'une après l'autre sous l'écrivain, dans une même transaction
 * SQLite, un {@link Lot} sur une connexion partagée, chacune dans son point de sauvegarde (SAVEPOINT) ; puis
 * l'écrivain rendu, chacune attend de le reprendre pour valider le lot, sauf si une autre l'a validé
 * entre-temps avec ses événements. Pendant qu'un fsync dure, les suivantes font la queue et partiront
 * ensemble au prochain. Une commande ne répond qu'une fois validé le lot qui contient ses événements ; un
 * lot dont la validation échoue fait échouer toutes ses commandes, aucune n'a été acquittée. Une unité
 * qui échoue (un conflit de séquence, par exemple) revient à son point de sauvegarde : les autres du lot
 * n'en sont pas touchées.
 *
 * <p>Hors unité de travail (instantanés, initialisation), la transaction commence tout de suite, sur sa
 * propre connexion, après la validation du lot en cours : SQLite n'a qu'un écrivain.
 */
final class EcrivainUnique implements TransactionManager {

    /** La ressource de l'unité de travail qui porte sa transaction différée. */
    private static final String DIFFEREE = EcrivainUnique.class.getName() + ".differee";

    private final ReentrantLock ecrivain = new ReentrantLock(true);
    private final TransactionManager transactions;
    private final DataSource dataSource;
    /** Le lot ouvert, que rejoignent les unités qui écrivent ; tenu sous l'écrivain. */
    private Lot lot;
    /** Les lots validés sur disque depuis le démarrage : autant de fsync. */
    private final AtomicLong lotsValides = new AtomicLong();

    /**
     * @param transactions les transactions des écritures hors unité de travail, et de celles qui rejoignent
     *     une transaction en cours
     * @param dataSource la base des événements, d'où vient la connexion de chaque lot ; les unités du lot la
     *     trouvent à sa place dans le fil (celle de la transaction Spring), comme si elle était la leur
     */
    EcrivainUnique(TransactionManager transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transactions.startTransaction();
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unite = CurrentUnitOfWork.get();
            // Une unité imbriquée dans une unité dont la transaction est différée : elle la rejoint, comme
            // avant, pour que leurs écritures restent atomiques ; cette transaction commence donc maintenant.
            Optional<Differee> englobante = differeeEnAttente(unite);
            if (englobante.isPresent()) {
                englobante.get().commencer();
                return transactions.startTransaction();
            }
            if (unite.phase() == UnitOfWork.Phase.STARTED) {
                Differee differee = new Differee();
                unite.resources().put(DIFFEREE, differee);
                // Inscrit à l'ouverture de l'unité, donc avant le bus d'événements (inscrit au premier
                // événement) : la transaction est ouverte quand les événements s'ajoutent au magasin.
                unite.onPrepareCommit(u -> differee.commencer());
                return differee;
            }
        }
        return new Immediate();
    }

    /**
     * Annonce une écriture dans la base des événements (une clé du coffre, par exemple) : si l'unité de
     * travail courante, ou l'une de celles qui l'englobent, a une transaction différée, elle commence
     * maintenant, pour que l'écriture en fasse partie.
     */
    static void avantEcriture() {
        if (CurrentUnitOfWork.isStarted()) {
            differeeEnAttente(CurrentUnitOfWork.get()).ifPresent(Differee::commencer);
        }
    }

    /** La transaction différée, pas encore commencée, de cette unité ou de l'une qui l'englobe. */
    private static Optional<Differee> differeeEnAttente(UnitOfWork<?> unite) {
        for (UnitOfWork<?> u = unite; u != null; u = u.parent().orElse(null)) {
            if (u.resources().get(DIFFEREE) instanceof Differee d && d.enAttente()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** L'écrivain est-il pris, par un fil quelconque ? */
    boolean ecrivainPris() {
        return ecrivain.isLocked();
    }

    /**
     * Prend l'écrivain, valide le lot en cours, puis ouvre une transaction sur une autre connexion ; si
     * elle ne s'ouvre pas, l'écrivain est rendu.
     */
    private Transaction ouvrir() {
        ecrivain.lock();
        try {
            if (lot != null) {
                valider(lot);
            }
            return transactions.startTransaction();
        } catch (RuntimeException echec) {
            ecrivain.unlock();
            throw echec;
        }
    }

    /** Termine une transaction ouverte par {@link #ouvrir()} et rend l'écrivain. */
    private void terminer(Transaction transaction, boolean valider) {
        try {
            if (valider) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        } finally {
            ecrivain.unlock();
        }
    }

    /** Sous l'écrivain : le lot ouvert, ou un nouveau, sur une connexion du pool en transaction. */
    private Lot lotOuvert() {
        if (lot == null) {
            lot = new Lot(dataSource);
        }
        return lot;
    }

    /**
     * Sous l'écrivain : valide le lot sur disque, ou le note en échec, et rend sa connexion. Il n'accepte
     * plus personne ; les suivants ouvriront le prochain.
     */
    private void valider(Lot l) {
        if (lot == l) {
            lot = null;
        }
        l.valider();
        if (l.echec == null) {
            lotsValides.incrementAndGet();
        }
    }

    /** Les lots validés sur disque depuis le démarrage. */
    long lotsValides() {
        return lotsValides.get();
    }

    /**
     * Une transaction SQLite partagée par des unités de travail concurrentes, sur une connexion à elle.
     * Tenu sous l'écrivain, sauf {@link #termine} et {@link #echec}, lus après l'avoir repris.
     */
    private static final class Lot {
        private final Connection connexion;
        /** Les unités qui y ont écrit et attendent sa validation. */
        private int enAttente;

        private boolean termine;
        private SQLException echec;

        Lot(DataSource dataSource) {
            try {
                connexion = dataSource.getConnection();
            } catch (SQLException e) {
                throw new TransactionSystemException("Pas de connexion à la base des événements", e);
            }
            try {
                // Avec transaction_mode=IMMEDIATE, prend le verrou d'écriture du fichier dès maintenant.
                connexion.setAutoCommit(false);
            } catch (SQLException e) {
                fermer();
                throw new TransactionSystemException("Transaction impossible sur la base des événements", e);
            }
        }

        void valider() {
            try {
                connexion.commit();
            } catch (SQLException e) {
                annulerTout(e);
            } finally {
                if (!termine) {
                    termine = true;
                    fermer();
                }
            }
        }

        /** Tout le lot en échec : sa validation a échoué, ou une unité n'a pu revenir à son point de sauvegarde. */
        void annulerTout(SQLException cause) {
            echec = cause;
            try {
                connexion.rollback();
            } catch (SQLException annulation) {
                cause.addSuppressed(annulation);
            } finally {
                termine = true;
                fermer();
            }
        }

        private void fermer() {
            try {
                connexion.setAutoCommit(true);
            } catch (SQLException ignoree) {
                // la connexion rendue au pool est remise en état par lui
            }
            try {
                connexion.close();
            } catch (SQLException ignoree) {
                // rien de plus à rendre
            }
        }
    }

    /**
     * La connexion du lot vue comme celle d'une transaction Spring en cours : celles qui s'ouvrent dans ce
     * fil la rejoignent, les écritures par JDBC passent par elle. Une par unité : un refus qui marque sa
     * transaction « à annuler » ne touche pas les suivantes.
     */
    private static final class ConnexionDuLot extends ConnectionHolder {
        ConnexionDuLot(Connection connexion) {
            super(connexion);
            setTransactionActive(true);
        }
    }

    /** Une transaction tenue sous l'écrivain, terminée une seule fois : l'écrivain n'est rendu qu'une fois. */
    private abstract class Tenue implements Transaction {
        Transaction ouverte;

        @Override
        public void commit() {
            finir(true);
        }

        @Override
        public void rollback() {
            finir(false);
        }

        void finir(boolean valider) {
            Transaction t = ouverte;
            ouverte = null;
            if (t != null) {
                terminer(t, valider);
            }
        }
    }

    /** Une transaction ouverte dès sa demande, hors unité de travail. */
    private final class Immediate extends Tenue {
        Immediate() {
            ouverte = ouvrir();
        }
    }

    /**
     * La part d'une unité de travail dans un lot, ouverte à sa première écriture. Une unité qui échoue
     * avant d'écrire n'a rien à annuler et n'a jamais pris l'écrivain. Une unité de travail s'exécute sur
     * un seul fil ; de {@link #commencer()} à sa validation ou son annulation, ce fil tient l'écrivain et
     * voit la connexion du lot comme celle de sa transaction Spring, que rejoignent le moteur d'événements
     * et le coffre des clés.
     */
    private final class Differee implements Transaction {
        private Lot sien;
        private Savepoint pointDeSauvegarde;
        private boolean terminee;

        boolean enAttente() {
            return sien == null && !terminee;
        }

        void commencer() {
            if (!enAttente()) {
                return;
            }
            ecrivain.lock();
            try {
                Lot l = lotOuvert();
                try {
                    pointDeSauvegarde = l.connexion.setSavepoint();
                } catch (SQLException e) {
                    valider(l);
                    throw new TransactionSystemException("Point de sauvegarde impossible", e);
                }
                sien = l;
                TransactionSynchronizationManager.bindResource(dataSource, new ConnexionDuLot(l.connexion));
                TransactionSynchronizationManager.initSynchronization();
                TransactionSynchronizationManager.setActualTransactionActive(true);
            } catch (RuntimeException echec) {
                ecrivain.unlock();
                throw echec;
            }
        }

        /** Ses écritures rejoignent le lot ; répond une fois le lot validé sur disque. */
        @Override
        public void commit() {
            Lot l = sien;
            if (terminee || l == null) {
                terminee = true;
                return;
            }
            terminee = true;
            try {
                try {
                    l.connexion.releaseSavepoint(pointDeSauvegarde);
                } catch (SQLException e) {
                    // Ses écritures ne peuvent être ni gardées à coup sûr ni retirées seules : tout le lot échoue.
                    l.annulerTout(e);
                    lot = null;
                    throw new TransactionSystemException("Validation impossible", e);
                }
                l.enAttente++;
            } finally {
                delier();
                ecrivain.unlock();
            }
            // Ceux qui attendaient l'écrivain écrivent dans ce lot avant qu'on le reprenne pour le valider.
            ecrivain.lock();
            try {
                if (!l.termine) {
                    valider(l);
                }
            } finally {
                ecrivain.unlock();
            }
            if (l.echec != null) {
                throw new TransactionSystemException("Validation des événements impossible", l.echec);
            }
        }

        /** Revient au point de sauvegarde : les autres unités du lot gardent leurs écritures. */
        @Override
        public void rollback() {
            Lot l = sien;
            if (terminee || l == null) {
                terminee = true;
                return;
            }
            terminee = true;
            try {
                if (!l.termine) {
                    try {
                        l.connexion.rollback(pointDeSauvegarde);
                        l.connexion.releaseSavepoint(pointDeSauvegarde);
                        if (l.enAttente == 0) {
                            // personne d'autre n'y a écrit : il n'a rien à valider, sa connexion est rendue
                            valider(l);
                        }
                    } catch (SQLException e) {
                        l.annulerTout(e);
                        lot = null;
                    }
                }
            } finally {
                delier();
                ecrivain.unlock();
            }
        }

        private void delier() {
            TransactionSynchronizationManager.unbindResourceIfPossible(dataSource);
            TransactionSynchronizationManager.clear();
        }
    }
}
