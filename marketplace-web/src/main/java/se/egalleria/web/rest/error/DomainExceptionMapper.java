package se.egalleria.web.rest.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.web.i18n.Messages;

/** Expected failures of the application services: 404 for missing things, 400 for bad input. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(DomainException exception) {
        Locale locale = ProblemLocale.of(headers);
        String detail = Messages.get(locale, exception.messageKey(), exception.arguments());
        Problem problem;
        if (exception instanceof NotFoundException) {
            problem = Problem.of(404, "not-found", Messages.get(locale, "problem.title.not-found", List.of()), detail);
        } else if (exception instanceof InvalidInputException invalid) {
            problem = Problem.of(400, "invalid-input", Messages.get(locale, "problem.title.invalid-input", List.of()),
                    detail).withViolations(List.of(new Problem.Violation(invalid.field(), detail)));
        } else {
            problem = Problem.of(409, "conflict", Messages.get(locale, "problem.title.conflict", List.of()), detail);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
