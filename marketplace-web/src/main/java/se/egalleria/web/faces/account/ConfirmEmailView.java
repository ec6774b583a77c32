package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import se.egalleria.account.application.Registration;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;

/** The page the confirmation e-mail links to: confirms on opening. */
@Named
@RequestScoped
public class ConfirmEmailView {

    @Inject
    private Registration registration;

    @Inject
    private FormMessages messages;

    private String token;
    private boolean confirmed;

    /** View action (GET with ?token=). */
    public void confirm() {
        try {
            registration.confirmEmail(token);
            confirmed = true;
            messages.info("account.confirm.done");
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
