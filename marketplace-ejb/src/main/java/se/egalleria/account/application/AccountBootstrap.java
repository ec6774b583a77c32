package se.egalleria.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.egalleria.tenancy.application.MunicipalityDirectory;
import se.egalleria.tenancy.application.MunicipalitySummary;

/**
 * The first people at start: a platform operator from configuration (EGALLERIA_OPERATOR_EMAIL and
 * EGALLERIA_OPERATOR_PASSWORD), and on the embedded demo database only, demo users of every role
 * in every municipality (README lists them). Existing accounts are never touched.
 */
@Singleton
@Startup
@DependsOn("TenantConfigLoader")
public class AccountBootstrap {

    /** The demo users' password; documented in the README, never used outside the embedded demo database. */
    public static final String DEMO_PASSWORD = "Demo-losen-2026";
    public static final String DEMO_OPERATOR = "operator@e-galleria.example";

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "egalleria.operator.email")
    private Optional<String> operatorEmail;

    @Inject
    @ConfigProperty(name = "egalleria.operator.password")
    private Optional<String> operatorPassword;

    @Inject
    @ConfigProperty(name = "egalleria.demo-users", defaultValue = "true")
    private boolean demoUsers;

    @Inject
    private AccountSeeding seeding;

    @Inject
    private MunicipalityDirectory municipalities;

    @PostConstruct
    void bootstrap() {
        if (operatorEmail.isPresent() && operatorPassword.isPresent()) {
            seeding.operator(operatorEmail.get(), "Plattformsoperatör", operatorPassword.get());
        }
        if (demoUsers && onEmbeddedDatabase()) {
            seeding.operator(DEMO_OPERATOR, "Demo-operatör", DEMO_PASSWORD);
            List<MunicipalitySummary> all = municipalities.listActive();
            int created = all.stream().mapToInt(m -> seeding.demoUsers(m.slug(), DEMO_PASSWORD)).sum();
            LOG.info(() -> "Demo users on the embedded database: " + created + " created now (password in README)");
        }
    }

    private static boolean onEmbeddedDatabase() {
        return String.valueOf(System.getProperty("egalleria.datasource")).endsWith("-h2");
    }
}
