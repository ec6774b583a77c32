package se.egalleria.account.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.egalleria.account.domain.Role;
import se.egalleria.shared.mail.OutgoingMail;

/** The texts of the account e-mails, in the language the person used. */
final class AccountMails {

    private static final String BUNDLE = "se.egalleria.account.mails";

    private AccountMails() {
    }

    static OutgoingMail verification(String to, String municipality, String link, Locale locale) {
        return mail(to, "verify", locale, municipality, link, "");
    }

    static OutgoingMail passwordReset(String to, String municipality, String link, Locale locale) {
        return mail(to, "reset", locale, municipality, link, "");
    }

    static OutgoingMail invitation(String to, String municipality, String link, Role role, Locale locale) {
        return mail(to, "invitation", locale, municipality, link, bundle(locale).getString("role." + role.name()));
    }

    static OutgoingMail delegation(String to, String residentName, String municipality, String link, Locale locale) {
        return mail(to, "delegation", locale, municipality, link, residentName);
    }

    static OutgoingMail unitInvitation(String to, String municipality, String link, String unitName, Locale locale) {
        return mail(to, "unitInvitation", locale, municipality, link, unitName);
    }

    static OutgoingMail unitOrderer(String to, String municipality, String link, String unitName, Locale locale) {
        return mail(to, "unitOrderer", locale, municipality, link, unitName);
    }

    private static OutgoingMail mail(String to, String kind, Locale locale, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        return new OutgoingMail(to, MessageFormat.format(bundle.getString(kind + ".subject"), arguments),
                MessageFormat.format(bundle.getString(kind + ".body"), arguments));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv"),
                AccountMails.class.getClassLoader());
    }
}
