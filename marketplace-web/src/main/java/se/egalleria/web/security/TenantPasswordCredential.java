package se.egalleria.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** An e-mail and password for one municipality's gallery; no tenant means the platform (operators). */
public class TenantPasswordCredential extends UsernamePasswordCredential {

    private final String tenant;

    public TenantPasswordCredential(String tenant, String email, String password) {
        super(email, password == null ? "" : password);
        this.tenant = tenant;
    }

    public String tenant() {
        return tenant;
    }
}
