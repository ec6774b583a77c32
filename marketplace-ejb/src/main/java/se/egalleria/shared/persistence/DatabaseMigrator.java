package se.egalleria.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application uses the database. Other startup beans
 * that use the persistence unit declare {@code @DependsOn("DatabaseMigrator")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    /** Set by the server configuration; persistence.xml reads the same property. */
    static final String DATASOURCE_PROPERTY = "egalleria.datasource";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @PostConstruct
    void migrate() {
        String jndiName = System.getProperty(DATASOURCE_PROPERTY);
        if (jndiName == null || jndiName.isBlank()) {
            throw new IllegalStateException(
                    "System property " + DATASOURCE_PROPERTY + " is not set: the server was not"
                            + " configured by marketplace-ear/src/main/wildfly/configure-server.cli");
        }
        // The EJB module's class loader: Flyway's own (in the EAR's lib/) cannot see the scripts.
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(lookup(jndiName))
                .locations("classpath:db/migration")
                .baselineOnMigrate(false)
                .load()
                .migrate();
        LOG.info(() -> "Database " + jndiName + " is at schema version " + currentVersion(result)
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    private static String currentVersion(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    private static DataSource lookup(String jndiName) {
        try {
            return (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource at " + jndiName
                    + ": EGALLERIA_DB must be 'h2' (the default) or 'mysql'", e);
        }
    }
}
