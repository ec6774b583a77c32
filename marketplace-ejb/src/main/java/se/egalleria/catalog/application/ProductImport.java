package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.application.csv.CsvProblem;
import se.egalleria.catalog.application.csv.ParsedProducts;
import se.egalleria.catalog.application.csv.ProductCsv;
import se.egalleria.catalog.application.csv.ProductRow;
import se.egalleria.catalog.domain.Category;
import se.egalleria.catalog.domain.Product;
import se.egalleria.catalog.domain.ProductDetails;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/**
 * A shop's product file in and out. An import either applies every row or, when any row has a
 * problem, none: the shop gets the whole list of problems (line and column) to fix at once.
 * Re-importing updates products by article number, then EAN, instead of duplicating them.
 */
@Stateless
public class ProductImport {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final int FLUSH_EVERY = 500;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CategoryTree categories;

    @Inject
    private AuditLog audit;

    /** Checks the file and, if {@code commit} and it has no problems, applies it. */
    public ImportReport importFile(long shopId, InputStream file, boolean commit) {
        shops.get(shopId);
        CallerIdentity caller = access.requireShopManager(shopId);
        ImportReport report = run(tenantEm.current(), shopId, ProductCsv.read(file), commit);
        if (report.committed()) {
            audit.record(caller.auditName(), "products.imported", "shop:" + shopId,
                    report.created() + " created, " + report.updated() + " updated");
        }
        return report;
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
        ImportReport report = run(em, shopId, ProductCsv.read(new java.io.ByteArrayInputStream(file)), true);
        if (report.hasProblems()) {
            throw new IllegalStateException(fileName + " has problems: " + report.problems());
        }
        return report.created();
    }

    private ImportReport run(EntityManager em, long shopId, ParsedProducts parsed, boolean commit) {
        List<CsvProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Long> categoryIds = new HashMap<>();
        for (Category c : em.createNamedQuery(Category.ALL, Category.class).getResultList()) {
            categoryIds.putIfAbsent(c.name().toLowerCase(SWEDISH), c.id());
        }
        Existing existing = Existing.of(em.createNamedQuery(Product.OF_SHOP, Product.class)
                .setParameter("shopId", shopId).getResultList());

        List<Planned> plan = new ArrayList<>(parsed.rows().size());
        for (ProductRow row : parsed.rows()) {
            Long categoryId = null;
            if (!row.category().isEmpty()) {
                categoryId = categoryIds.get(row.category().toLowerCase(SWEDISH));
                if (categoryId == null) {
                    problems.add(new CsvProblem(row.line(), "kategori", "csv.error.category.unknown",
                            List.of(row.category())));
                    continue;
                }
            }
            Product bySku = row.sku() == null ? null : existing.bySku.get(row.sku().toLowerCase(SWEDISH));
            Product byEan = row.ean() == null ? null : existing.byEan.get(row.ean());
            if (bySku != null && byEan != null && bySku != byEan) {
                problems.add(new CsvProblem(row.line(), "ean", "csv.error.identifiersConflict",
                        List.of(row.sku(), row.ean())));
                continue;
            }
            plan.add(new Planned(bySku != null ? bySku : byEan, details(row, categoryId)));
        }
        int updates = (int) plan.stream().filter(p -> p.existing() != null).count();
        if (!problems.isEmpty() || !commit) {
            problems.sort(java.util.Comparator.comparingInt(CsvProblem::line));
            return new ImportReport(parsed.rows().size(), plan.size() - updates, updates, problems, false);
        }
        int done = 0;
        for (Planned p : plan) {
            if (p.existing() != null) {
                p.existing().describe(p.details());
            } else {
                em.persist(new Product(shopId, p.details()));
            }
            if (++done % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        return new ImportReport(parsed.rows().size(), plan.size() - updates, updates, List.of(), true);
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

    private static ProductDetails details(ProductRow row, Long categoryId) {
        return new ProductDetails(row.sku(), row.ean(), row.name(), row.description(), categoryId, row.priceOre(),
                row.vat(), row.unit(), row.netQuantity(), row.stock(), row.storage(), row.visible());
    }

    /** A product to change (or create, when {@code existing} is null). */
    private record Planned(Product existing, ProductDetails details) {
    }

    /** The shop's products by article number (case-insensitive, like the database) and by EAN. */
    private record Existing(Map<String, Product> bySku, Map<String, Product> byEan) {

        static Existing of(List<Product> products) {
            Map<String, Product> bySku = new HashMap<>();
            Map<String, Product> byEan = new HashMap<>();
            for (Product p : products) {
                if (p.sku() != null) {
                    bySku.put(p.sku().toLowerCase(SWEDISH), p);
                }
                if (p.ean() != null) {
                    byEan.put(p.ean(), p);
                }
            }
            return new Existing(bySku, byEan);
        }
    }
}
