package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import se.egalleria.account.application.Invitations;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/** The page the invitation e-mail links to: choose a name and a password. */
@Named
@RequestScoped
public class AcceptInvitationView {

    @Inject
    private Invitations invitations;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private String token;
    private String name;
    private String password;

    public void accept() {
        try {
            invitations.accept(token, name, password);
            messages.info("account.invitation.done");
            messages.keepForRedirect();
            navigation.redirect("/account/login.xhtml");
        } catch (DomainException e) {
            messages.show(e, Map.of("name", "accept:name", "password", "accept:password"));
        }
        password = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
