package se.egalleria.web.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.ForbiddenException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotAuthenticatedException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.TooManyAttemptsException;
import se.egalleria.web.i18n.Messages;

/** Expected failures of the application services, each family with its status and problem type. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(DomainException exception) {
        Locale locale = ProblemLocale.of(headers);
        String detail = Messages.get(locale, exception.messageKey(), exception.arguments());
        Response.ResponseBuilder response;
        if (exception instanceof NotFoundException) {
            response = problem(locale, 404, "not-found", detail);
        } else if (exception instanceof InvalidInputException invalid) {
            response = Response.status(400).type(Problem.MEDIA_TYPE).entity(problemOf(locale, 400, "invalid-input", detail)
                    .withViolations(List.of(new Problem.Violation(invalid.field(), detail))));
        } else if (exception instanceof NotAuthenticatedException) {
            response = problem(locale, 401, "not-authenticated", detail).header("WWW-Authenticate", "Bearer");
        } else if (exception instanceof ForbiddenException) {
            response = problem(locale, 403, "forbidden", detail);
        } else if (exception instanceof TooManyAttemptsException tooMany) {
            response = problem(locale, 429, "too-many-attempts", detail)
                    .header("Retry-After", Math.max(1, tooMany.retryAfter().toSeconds()));
        } else if (exception instanceof ConflictException conflict) {
            response = problem(locale, 409, conflict.problemType(), detail);
        } else {
            response = problem(locale, 409, "conflict", detail);
        }
        return response.build();
    }

    private static Response.ResponseBuilder problem(Locale locale, int status, String type, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problemOf(locale, status, type, detail));
    }

    private static Problem problemOf(Locale locale, int status, String type, String detail) {
        return Problem.of(status, type, Messages.get(locale, "problem.title." + type, List.of()), detail);
    }
}
