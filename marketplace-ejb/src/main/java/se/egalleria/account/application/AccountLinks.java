package se.egalleria.account.application;

/** The pages e-mailed links open; the web module serves them. */
public final class AccountLinks {

    public static final String CONFIRM_EMAIL = "/account/confirm-email.xhtml";
    public static final String RESET_PASSWORD = "/account/reset-password.xhtml";
    public static final String ACCEPT_INVITATION = "/account/accept-invitation.xhtml";

    private AccountLinks() {
    }
}
