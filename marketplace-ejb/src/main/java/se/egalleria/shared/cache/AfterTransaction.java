package se.egalleria.shared.cache;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a cache's "forget" again when the current transaction ends: a reader between the change and
 * the commit could otherwise load and keep the state from before the commit.
 */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /** Runs {@code action} when the active transaction completes; nothing when there is none. */
    public static void again(TransactionSynchronizationRegistry transactions, Runnable action) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
