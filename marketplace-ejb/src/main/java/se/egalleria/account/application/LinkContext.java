package se.egalleria.account.application;

import java.util.Locale;

/**
 * Where links in e-mails point and which language the mail is in: the gallery's address as the
 * person reached it (e.g. http://arjeplog.localhost:8080 or http://localhost:8080/g/arjeplog).
 */
public record LinkContext(String galleryBaseUrl, Locale locale) {

    public String link(String path, String token) {
        return galleryBaseUrl + path + "?token=" + token;
    }
}
