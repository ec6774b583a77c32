package se.egalleria.web.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * A commit that loses an optimistic-lock race is a conflict to retry, and a transaction the
 * database rolled back over a lock is a moment's busyness to retry; neither is an incident.
 */
class FallbackExceptionMapperTest {

    @Test
    void anOptimisticLockFailureAtCommitIsAConcurrentChange() {
        EJBTransactionRolledbackException atCommit = new EJBTransactionRolledbackException("commit",
                new RollbackException(new OptimisticLockException("row changed")));
        assertTrue(FallbackExceptionMapper.isConcurrentChange(atCommit));
    }

    @Test
    void anythingElseIsAnIncident() {
        assertFalse(FallbackExceptionMapper.isConcurrentChange(new IllegalStateException("bug",
                new NullPointerException())));
        assertFalse(FallbackExceptionMapper.isConcurrentChange(new RuntimeException()));
    }

    @Test
    void aDeadlockDeepInTheCauseChainIsBusyNotAnIncident() {
        EJBTransactionRolledbackException deadlock = new EJBTransactionRolledbackException("flush",
                new PersistenceException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213)));
        assertTrue(FallbackExceptionMapper.isLockGivenUp(deadlock));
        assertTrue(FallbackExceptionMapper.isLockGivenUp(new PersistenceException(
                new SQLException("Lock wait timeout exceeded", "40001", 1205))));
        assertEquals(503, FallbackExceptionMapper.busy().status());
        assertEquals("https://e-galleria.se/problems/busy", FallbackExceptionMapper.busy().type());
    }

    @Test
    void otherDatabaseErrorsAreIncidents() {
        assertFalse(FallbackExceptionMapper.isLockGivenUp(new PersistenceException(
                new SQLException("Unknown column", "42S22", 1054))));
        assertFalse(FallbackExceptionMapper.isLockGivenUp(new RuntimeException()));
    }
}
