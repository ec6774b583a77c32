package se.egalleria.web.faces.account;

import se.egalleria.web.security.SignOut;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import se.egalleria.web.faces.common.Navigation;

/** Sign out: the session ends, and with it the page sign-in. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    private Navigation navigation;

    public void signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        SignOut.of(request);
        navigation.redirect("/");
    }
}
