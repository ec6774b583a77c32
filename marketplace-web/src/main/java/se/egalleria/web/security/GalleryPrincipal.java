package se.egalleria.web.security;

import jakarta.security.enterprise.CallerPrincipal;
import se.egalleria.account.application.CallerIdentity;

/** The caller principal the identity store hands to the authentication mechanism. */
public class GalleryPrincipal extends CallerPrincipal {

    private final transient CallerIdentity identity;

    public GalleryPrincipal(CallerIdentity identity) {
        super(identity.principalName());
        this.identity = identity;
    }

    public CallerIdentity identity() {
        return identity;
    }
}
