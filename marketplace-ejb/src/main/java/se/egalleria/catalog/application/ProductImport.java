package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.application.csv.ParsedProducts;
import se.egalleria.catalog.application.csv.ProductCsv;
import se.egalleria.catalog.application.csv.ProductRow;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.TenantContext;

/**
 * A shop's product file in and out. An import either applies every row or, when any row has a
 * problem, none: the shop gets the whole list of problems (line and column) to fix at once.
 * Re-importing updates products by article number, then EAN, instead of duplicating them.
 */
@Stateless
public class ProductImport {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CategoryTree categories;

    @Inject
    private AuditLog audit;

    @Inject
    private ImportJobs jobs;

    @Inject
    private ImportRunner runner;

    /** Checks the file and, if {@code commit} and it has no problems, applies it, in this request. */
    public ImportReport importFile(long shopId, InputStream file, boolean commit) {
        shops.get(shopId);
        CallerIdentity caller = access.requireShopManager(shopId);
        ImportReport report = ImportPlan.run(tenantEm.current(), shopId, ProductCsv.read(file), commit, done -> { });
        if (report.committed()) {
            categories.productsChanged();
            audit.record(caller.auditName(), "products.imported", "shop:" + shopId,
                    report.created() + " created, " + report.updated() + " updated");
        }
        return report;
    }

    /**
     * Checks the file now; if it has no problems, applies it in the background and returns the
     * job whose progress a page can show. With problems, the report and no job.
     */
    public ImportStart startImport(long shopId, byte[] file) {
        shops.get(shopId);
        CallerIdentity caller = access.requireShopManager(shopId);
        ParsedProducts parsed = ProductCsv.read(new ByteArrayInputStream(file));
        ImportReport check = ImportPlan.run(tenantEm.current(), shopId, parsed, false, done -> { });
        if (check.hasProblems()) {
            return new ImportStart(check, null);
        }
        String tenant = tenantContext.require();
        ImportJob job = jobs.start(tenant, caller.principalName(), shopId, check.created() + check.updated());
        runner.run(job.id(), tenant, shopId, file, caller.auditName());
        return new ImportStart(check, job.id());
    }

    /** How a background import is going; only for the person who started it. */
    public Optional<ImportProgress> progress(String jobId) {
        CallerIdentity caller = access.requireAccount();
        return jobs.find(jobId).filter(job -> job.owner().equals(caller.principalName())
                && job.tenant().equals(tenantContext.require())).map(ImportJob::progress);
    }

    /**
     * Start-up: a shop's products from tenant-config/, only when the shop has none yet (so what the
     * shop changes later is kept). A file with problems stops the start, naming file and lines.
     */
    public int seedIfEmpty(String tenant, long shopId, String fileName, byte[] file) {
        EntityManager em = tenantEm.forTenant(tenant);
        if (!em.createNamedQuery(Product.OF_SHOP, Product.class).setParameter("shopId", shopId).setMaxResults(1)
                .getResultList().isEmpty()) {
            return 0;
        }
        ImportReport report = ImportPlan.run(em, shopId, ProductCsv.read(new ByteArrayInputStream(file)), true,
                done -> { });
        if (report.hasProblems()) {
            throw new IllegalStateException(fileName + " has problems: " + report.problems());
        }
        categories.productsChanged(tenant);
        return report.created();
    }

    /** The shop's products as a file the import reads back (UTF-8 with BOM, semicolons, for Excel). */
    public void exportFile(long shopId, OutputStream out) {
        shops.get(shopId);
        access.requireShopManager(shopId);
        Map<Long, String> categoryNames = categories.names();
        List<ProductRow> rows = tenantEm.current().createNamedQuery(Product.OF_SHOP, Product.class)
                .setParameter("shopId", shopId).getResultStream()
                .map(p -> new ProductRow(0, p.sku(), p.ean(), p.name(), p.description(),
                        p.categoryId() == null ? "" : categoryNames.getOrDefault(p.categoryId(), ""), p.priceOre(),
                        p.vat(), p.unit(), p.netQuantity(), p.stock(), p.storage(), p.isVisible()))
                .toList();
        ProductCsv.write(rows, out);
    }
}
