package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import se.egalleria.account.application.NewResident;
import se.egalleria.account.application.Registration;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;
import se.egalleria.web.rest.RequestContexts;

/** A resident creates an account; the confirmation link goes to the given address. */
@Named
@RequestScoped
public class RegisterView {

    private static final Map<String, String> INPUTS = Map.of("name", "register:name", "email", "register:email",
            "password", "register:password");

    @Inject
    private Registration registration;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private String name;
    private String email;
    private String password;
    private boolean done;

    public void register() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            registration.register(new NewResident(email, password, name),
                    RequestContexts.links(request, language.getLocale()));
            done = true;
            messages.info("account.register.done", email);
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
        password = null;
    }

    public boolean isDone() {
        return done;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
