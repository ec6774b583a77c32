package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.egalleria.account.application.Registration;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/** Ask for a password reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    private Registration registration;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String email;

    public void send() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        registration.requestPasswordReset(email, RequestContexts.links(request, language.getLocale()));
        messages.info("account.forgot.sent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
