package se.egalleria.web.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.egalleria.web.i18n.Messages;

/**
 * Anything unexpected: logged with an incident id that the answer carries, so support can find
 * it; the exception's own text never reaches the caller.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incidentId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incidentId, exception);
        Problem problem = Problem.of(500, "internal-error",
                Messages.get(Messages.SWEDISH, "problem.title.internal-error", List.of()),
                Messages.get(Messages.SWEDISH, "problem.detail.internal-error", List.of()))
                .withIncidentId(incidentId);
        return Response.serverError().type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
