package fr.socle.app;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 * une lecture ne bloque pas l'écrivain et voit tout ce qui est validé), et la transaction ne commence qu'à
 * la préparation de la validation, juste avant l'ajout des événements, ou plus tôt à la première écriture
 * annoncée ({@link #avantEcriture()}). Elle est validée, sur disque, avant que la commande ne réponde, puis
 * le verrou est rendu. Deux commandes sur un même agrégat ne s'entrelacent pas pour autant : Axon verrouille
 * l'agrégat du chargement jusqu'à la fin de l'unité de travail, après la validation ; et une écriture
 * concurrente au même numéro de séquence reste refusée par le magasin (conflit).
 *
 * <p>Hors unité de travail (instantanés, initialisation), la transaction commence tout de suite, comme
 * avant.
 */
final class EcrivainUnique implements TransactionManager {

    /** La ressource de l'unité de travail qui porte sa transaction différée. */
    private static final String DIFFEREE = EcrivainUnique.class.getName() + ".differee";

    private final ReentrantLock ecrivain = new ReentrantLock(true);
    private final TransactionManager transactions;

    EcrivainUnique(TransactionManager transactions) {
        this.transactions = transactions;
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

    /** Prend l'écrivain puis ouvre la transaction ; si elle ne s'ouvre pas, l'écrivain est rendu. */
    private Transaction ouvrir() {
        ecrivain.lock();
        try {
            return transactions.startTransaction();
        } catch (RuntimeException echec) {
            ecrivain.unlock();
            throw echec;
        }
    }

    /** Termine une transaction ouverte par {@link #ouvrir()} et rend l'écrivain, une seule fois. */
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
     * La transaction d'une unité de travail, ouverte à sa première écriture. Une unité qui échoue avant
     * d'écrire n'a rien à annuler et n'a jamais pris l'écrivain. Une unité de travail s'exécute sur un seul fil.
     */
    private final class Differee extends Tenue {
        private boolean terminee;

        boolean enAttente() {
            return ouverte == null && !terminee;
        }

        void commencer() {
            if (enAttente()) {
                ouverte = ouvrir();
            }
        }

        @Override
        void finir(boolean valider) {
            terminee = true;
            super.finir(valider);
        }
    }
}
