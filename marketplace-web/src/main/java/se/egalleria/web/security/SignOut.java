package se.egalleria.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out of the pages: the container forgets the caller and the session ends (see cleanSubject). */
public final class SignOut {

    private SignOut() {
    }

    public static void of(HttpServletRequest request) throws ServletException {
        // logout() reaches GalleryAuthenticationMechanism.cleanSubject, which invalidates the session.
        request.logout();
    }
}
