package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import se.egalleria.account.application.Registration;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/** The page the reset e-mail links to: choose a new password. */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    private Registration registration;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private String token;
    private String password;

    public void reset() {
        try {
            registration.resetPassword(token, password);
            messages.info("account.reset.done");
            messages.keepForRedirect();
            navigation.redirect("/account/login.xhtml");
        } catch (DomainException e) {
            messages.show(e, Map.of("password", "reset:password"));
        }
        password = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
