package fr.socle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** L'écrivain SQLite n'est tenu que pour les écritures d'une unité de travail et leur validation. */
class EcrivainUniqueTest {

    /** Un gestionnaire de transactions qui note ce qu'on lui demande. */
    static final class Transactions implements TransactionManager {
        final List<String> journal = new ArrayList<>();
        int ouvertes;

        @Override
        public Transaction startTransaction() {
            int n = ++ouvertes;
            journal.add("début " + n);
            return new Transaction() {
                @Override
                public void commit() {
                    journal.add("validation " + n);
                }

                @Override
                public void rollback() {
                    journal.add("annulation " + n);
                }
            };
        }
    }

    private final Transactions transactions = new Transactions();
    private final EcrivainUnique ecrivain = new EcrivainUnique(transactions);

    private UnitOfWork<?> unite() {
        UnitOfWork<?> unite = DefaultUnitOfWork.startAndGet(new GenericMessage<>("commande"));
        unite.attachTransaction(ecrivain);
        return unite;
    }

    @Test
    void le_traitement_se_fait_sans_l_ecrivain_qui_n_est_pris_que_pour_valider() {
        UnitOfWork<?> unite = unite();
        List<Boolean> prisPendantLaPreparation = new ArrayList<>();
        unite.onPrepareCommit(u -> prisPendantLaPreparation.add(ecrivain.ecrivainPris()));

        assertThat(ecrivain.ecrivainPris()).isFalse();
        assertThat(transactions.journal).isEmpty();
        unite.commit();

        assertThat(prisPendantLaPreparation).containsExactly(true);
        assertThat(transactions.journal).containsExactly("début 1", "validation 1");
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_unite_qui_echoue_avant_d_ecrire_n_ouvre_rien() {
        UnitOfWork<?> unite = unite();
        unite.rollback();

        assertThat(transactions.journal).isEmpty();
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_ecriture_annoncee_pendant_le_traitement_ouvre_la_transaction_tout_de_suite() {
        UnitOfWork<?> unite = unite();
        EcrivainUnique.avantEcriture();

        assertThat(ecrivain.ecrivainPris()).isTrue();
        assertThat(transactions.journal).containsExactly("début 1");
        unite.rollback();

        assertThat(transactions.journal).containsExactly("début 1", "annulation 1");
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_preparation_qui_echoue_annule_la_transaction_et_rend_l_ecrivain() {
        UnitOfWork<?> unite = unite();
        unite.onPrepareCommit(u -> {
            throw new IllegalStateException("ajout refusé");
        });

        assertThatThrownBy(unite::commit).hasMessage("ajout refusé");
        assertThat(transactions.journal).containsExactly("début 1", "annulation 1");
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void une_unite_imbriquee_rejoint_la_transaction_de_celle_qui_l_englobe() {
        UnitOfWork<?> englobante = unite();
        UnitOfWork<?> imbriquee = unite();

        assertThat(ecrivain.ecrivainPris()).isTrue();
        imbriquee.commit();
        assertThat(ecrivain.ecrivainPris()).isTrue();
        englobante.commit();

        assertThat(transactions.journal).containsExactly("début 1", "début 2", "validation 2", "validation 1");
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }

    @Test
    void hors_unite_de_travail_la_transaction_s_ouvre_tout_de_suite() {
        Transaction transaction = ecrivain.startTransaction();

        assertThat(ecrivain.ecrivainPris()).isTrue();
        transaction.commit();
        transaction.rollback();

        assertThat(transactions.journal).containsExactly("début 1", "validation 1");
        assertThat(ecrivain.ecrivainPris()).isFalse();
    }
}
