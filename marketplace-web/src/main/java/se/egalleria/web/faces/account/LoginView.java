package se.egalleria.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;
import se.egalleria.web.security.LoginThrottle;
import se.egalleria.web.security.SignInAttempt;
import se.egalleria.web.security.TenantPasswordCredential;

/** Sign in with e-mail and password (residents, staff, administrators; operators on the platform's host). */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private String email;
    private String password;

    public void signIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!throttle.tryAcquire(request.getRemoteAddr())) {
            messages.error("error.auth.throttled");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new TenantPasswordCredential(tenantContext.current().orElse(null), email, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            navigation.redirect("/account/index.xhtml");
        } else if (attempt.wasLocked()) {
            messages.error("error.auth.locked", attempt.lockedMinutes());
        } else {
            messages.error("error.auth.invalidCredentials");
        }
        password = null;
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
