package se.egalleria.web.faces.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects that stay inside the gallery (its host or its /g/{slug} prefix). */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private BrandingView branding;

    public void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(branding.link(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
