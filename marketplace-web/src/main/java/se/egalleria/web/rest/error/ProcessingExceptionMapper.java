package se.egalleria.web.rest.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import se.egalleria.web.i18n.Messages;

/** A request body that is not the JSON the endpoint reads: the caller's mistake, a 400. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        Locale locale = ProblemLocale.of(headers);
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(400, "bad-request", Messages.get(locale, "problem.title.bad-request", List.of()),
                        Messages.get(locale, "problem.detail.bad-json", List.of())))
                .build();
    }
}
