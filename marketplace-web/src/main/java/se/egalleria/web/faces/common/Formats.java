package se.egalleria.web.faces.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.egalleria.web.i18n.Kronor;

/** Formatting for pages: money as Swedes write it. */
@Named
@ApplicationScoped
public class Formats {

    public String kronor(long ore) {
        return Kronor.format(ore);
    }
}
