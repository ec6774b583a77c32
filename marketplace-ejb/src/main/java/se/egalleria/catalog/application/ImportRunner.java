package se.egalleria.catalog.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.application.csv.ProductCsv;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * Applies a checked product file in the background, in one transaction (all or nothing),
 * reporting progress to its job. Runs without the request: it names its tenant.
 */
@Stateless
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ImportJobs jobs;

    @Inject
    private AuditLog audit;

    @Inject
    private CategoryTree categories;

    @Asynchronous
    public void run(String jobId, String tenant, long shopId, byte[] file, String actor) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        try {
            ImportReport report = ImportPlan.run(tenantEm.forTenant(tenant), shopId,
                    ProductCsv.read(new ByteArrayInputStream(file)), true, job::applied);
            categories.productsChanged(tenant);
            audit.recordIn(tenant, actor, "products.imported", "shop:" + shopId,
                    report.created() + " created, " + report.updated() + " updated");
            job.finished(report);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + jobId + " failed", e);
            job.failed();
            throw e;
        }
    }
}
