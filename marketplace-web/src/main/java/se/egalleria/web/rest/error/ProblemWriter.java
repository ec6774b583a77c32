package se.egalleria.web.rest.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import se.egalleria.web.i18n.Messages;

/** Writes a problem+json answer where JAX-RS is not yet involved (the tenant filter). */
public final class ProblemWriter {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
                             String messageKey) throws IOException {
        Locale locale = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        Problem problem = Problem.of(status, type, Messages.get(locale, "problem.title." + type, List.of()),
                Messages.get(locale, messageKey, List.of()));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }
}
