package se.egalleria.web.rest.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;

/** A commit that loses an optimistic-lock race is a conflict to retry, not an incident. */
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
}
