package se.egalleria.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Runs the platform: creates municipalities, invites their administrators. Belongs to no municipality. */
@Entity
@Table(name = "platform_operator")
@NamedQuery(name = PlatformOperator.BY_EMAIL, query = "SELECT o FROM PlatformOperator o WHERE o.email = :email")
public class PlatformOperator {

    public static final String BY_EMAIL = "PlatformOperator.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, length = 190)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Embedded
    private LoginGuard loginGuard = new LoginGuard();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlatformOperator() {
        // for JPA
    }

    public PlatformOperator(String email, String displayName, String passwordHash) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public LoginGuard loginGuard() {
        return loginGuard;
    }
}
