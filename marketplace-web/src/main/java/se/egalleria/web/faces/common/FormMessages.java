package se.egalleria.web.faces.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.web.i18n.Messages;

/** Puts texts from the bundles on a form: on the field a problem belongs to, or above the form. */
@Named
@RequestScoped
public class FormMessages {

    @Inject
    private LanguageView language;

    public String text(String key, Object... arguments) {
        return Messages.get(language.getLocale(), key, List.of(arguments));
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** An error on one input, e.g. a checkbox that must be ticked. */
    public void errorOn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * A service's refusal: an invalid field gets its message on that field's input (named in
     * {@code inputs}, field → client id), anything else above the form.
     */
    public void show(DomainException problem, Map<String, String> inputs) {
        String message = text(problem.messageKey(), problem.arguments().toArray());
        String clientId = problem instanceof InvalidInputException invalid ? inputs.get(invalid.field()) : null;
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** Messages survive the redirect that follows a successful form. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
