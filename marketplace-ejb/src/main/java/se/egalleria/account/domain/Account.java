package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A person's account in one municipality's gallery. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
// A page session's caller is read again on each request: account and roles in one statement.
@NamedQuery(name = Account.WITH_ROLES, query = "SELECT a, m FROM Account a LEFT JOIN Membership m ON m.accountId = a.id"
        + " WHERE a.id = :id")
public class Account extends TenantOwnedEntity {

    public static final String BY_EMAIL = "Account.byEmail";
    /** Rows of (account, membership or null). */
    public static final String WITH_ROLES = "Account.withRoles";

    @Column(name = "email", nullable = false, length = 190)
    private String email;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AccountStatus status;

    @Embedded
    private LoginGuard loginGuard = new LoginGuard();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Account() {
        // for JPA
    }

    private Account(String email, String displayName, AccountStatus status, String passwordHash) {
        this.email = email;
        this.displayName = displayName;
        this.status = status;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    /** A resident who registered and still has to confirm the e-mail address. */
    public static Account registered(String email, String displayName, String passwordHash) {
        return new Account(email, displayName, AccountStatus.PENDING_VERIFICATION, passwordHash);
    }

    /** Someone invited by the role above; becomes active when the invitation is accepted. */
    public static Account invited(String email) {
        return new Account(email, email, AccountStatus.INVITED, null);
    }

    /** An account that needs no confirmation (demo data). */
    public static Account active(String email, String displayName, String passwordHash) {
        return new Account(email, displayName, AccountStatus.ACTIVE, passwordHash);
    }

    public void confirmEmail() {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void acceptInvitation(String name, String newPasswordHash) {
        this.displayName = name;
        this.passwordHash = newPasswordHash;
        this.status = AccountStatus.ACTIVE;
        loginGuard.succeeded();
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        loginGuard.succeeded();
    }

    /** Deletion at the owner's request: the row stays (orders refer to it), nothing personal does. */
    public void anonymise() {
        this.email = "deleted-" + id() + "@anonymised.invalid";
        this.displayName = "Borttagen användare";
        this.passwordHash = null;
        this.status = AccountStatus.DELETED;
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public AccountStatus status() {
        return status;
    }

    public LoginGuard loginGuard() {
        return loginGuard;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
