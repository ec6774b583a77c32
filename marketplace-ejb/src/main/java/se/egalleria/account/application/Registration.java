package se.egalleria.account.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.egalleria.account.domain.AccessToken;
import se.egalleria.account.domain.Account;
import se.egalleria.account.domain.Membership;
import se.egalleria.account.domain.TokenPurpose;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.mail.OutgoingMail;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.MunicipalityDirectory;

/** Residents register themselves, confirm their e-mail address, and reset a forgotten password. */
@Stateless
public class Registration {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Passwords passwords;

    @Inject
    private OneTimeTokens tokens;

    @Inject
    private MunicipalityDirectory municipalities;

    @Inject
    private Event<OutgoingMail> mail;

    /** Creates the account (not yet able to sign in) and e-mails the confirmation link. */
    public void register(NewResident resident, LinkContext links) {
        NewResident r = resident == null ? new NewResident(null, null, null) : resident;
        String email = Inputs.email("email", r.email());
        String name = Inputs.required("name", r.name(), 120);
        String hash = passwords.hashNew("password", r.password());
        EntityManager em = tenantEm.current();
        if (em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst().isPresent()) {
            throw new ConflictException("error.account.exists");
        }
        Account account = Account.registered(email, name, hash);
        em.persist(account);
        em.flush();
        em.persist(Membership.resident(account.id()));
        String token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);
        mail.fire(AccountMails.verification(email, municipalities.currentName(),
                links.link(AccountLinks.CONFIRM_EMAIL, token), links.locale()));
    }

    public void confirmEmail(String token) {
        tokens.spend(token, TokenPurpose.VERIFY_EMAIL).confirmEmail();
    }

    /**
     * E-mails a reset link if the address has an account that can sign in. Says nothing either
     * way, so that nobody can find out who has an account.
     */
    public void requestPasswordReset(String email, LinkContext links) {
        String address = Authentication.normaliseEmail(email);
        tenantEm.current().createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().findFirst()
                .filter(Account::canSignIn)
                .ifPresent(account -> mail.fire(AccountMails.passwordReset(address, municipalities.currentName(),
                        links.link(AccountLinks.RESET_PASSWORD, tokens.issue(account, TokenPurpose.RESET_PASSWORD)),
                        links.locale())));
    }

    /** Sets the new password and signs the account out of the API everywhere. */
    public void resetPassword(String token, String newPassword) {
        String hash = passwords.hashNew("password", newPassword);
        Account account = tokens.spend(token, TokenPurpose.RESET_PASSWORD);
        account.changePassword(hash);
        tenantEm.current().createNamedQuery(AccessToken.REVOKE_ALL_OF_ACCOUNT)
                .setParameter("now", java.time.Instant.now()).setParameter("accountId", account.id()).executeUpdate();
    }
}
