package se.egalleria.web.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.egalleria.web.i18n.Messages;

/**
 * Anything unexpected: logged with an incident id that the answer carries, so support can find
 * it; the exception's own text never reaches the caller. One exception is not unexpected: two
 * people changing the same row at the very same moment, which the optimistic lock finds only when
 * the transaction commits (after the services' own version checks); that is a 409 to retry. Nor
 * is the database giving up on a lock (a deadlock, or a wait too long) under load: the transaction
 * was rolled back whole, so it is a 503 to send again in a moment.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (isConcurrentChange(exception)) {
            Problem problem = Problem.of(409, "conflict",
                    Messages.get(Messages.SWEDISH, "problem.title.conflict", List.of()),
                    Messages.get(Messages.SWEDISH, "error.changedMeanwhile", List.of()));
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        if (isLockGivenUp(exception)) {
            LOG.log(Level.WARNING, "A transaction gave up on a database lock and was rolled back: {0}",
                    exception.toString());
            return Response.status(503).header("Retry-After", 1).type(Problem.MEDIA_TYPE).entity(busy()).build();
        }
        String incidentId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incidentId, exception);
        Problem problem = Problem.of(500, "internal-error",
                Messages.get(Messages.SWEDISH, "problem.title.internal-error", List.of()),
                Messages.get(Messages.SWEDISH, "problem.detail.internal-error", List.of()))
                .withIncidentId(incidentId);
        return Response.serverError().type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Problem busy() {
        return Problem.of(503, "busy", Messages.get(Messages.SWEDISH, "problem.title.busy", List.of()),
                Messages.get(Messages.SWEDISH, "problem.detail.busy", List.of()));
    }

    /**
     * Whether the database rolled the transaction back rather than wait for a lock: SQLSTATE class
     * 40 (MariaDB and MySQL: deadlock 1213, lock wait timeout 1205 with innodb_rollback_on_timeout).
     */
    static boolean isLockGivenUp(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an optimistic lock failed somewhere in the cause chain (JPA's or EclipseLink's own). */
    static boolean isConcurrentChange(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
