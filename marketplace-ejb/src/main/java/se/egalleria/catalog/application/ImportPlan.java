package se.egalleria.catalog.application;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import se.egalleria.catalog.application.csv.CsvProblem;
import se.egalleria.catalog.application.csv.ParsedProducts;
import se.egalleria.catalog.application.csv.ProductRow;
import se.egalleria.catalog.domain.Category;
import se.egalleria.catalog.domain.Product;
import se.egalleria.catalog.domain.ProductDetails;

/**
 * What a product file does to a shop: every row matched (article number, then EAN) or new,
 * categories by name; all problems collected first; applied only when there are none.
 */
final class ImportPlan {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final int FLUSH_EVERY = 500;

    private ImportPlan() {
    }

    /** Checks, and applies when {@code commit} and nothing is wrong; {@code progress} hears rows applied. */
    static ImportReport run(EntityManager em, long shopId, ParsedProducts parsed, boolean commit,
                            IntConsumer progress) {
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
            Product bySku = row.sku() == null ? null : existing.bySku().get(row.sku().toLowerCase(SWEDISH));
            Product byEan = row.ean() == null ? null : existing.byEan().get(row.ean());
            if (bySku != null && byEan != null && bySku != byEan) {
                problems.add(new CsvProblem(row.line(), "ean", "csv.error.identifiersConflict",
                        List.of(row.sku(), row.ean())));
                continue;
            }
            Product match = bySku != null ? bySku : byEan;
            plan.add(new Planned(match, details(row, categoryId, match)));
        }
        int updates = (int) plan.stream().filter(p -> p.existing() != null).count();
        if (!problems.isEmpty() || !commit) {
            problems.sort(Comparator.comparingInt(CsvProblem::line));
            return new ImportReport(parsed.rows().size(), plan.size() - updates, updates, problems, false);
        }
        int done = 0;
        List<Product> unindexed = new ArrayList<>(FLUSH_EVERY);
        for (Planned p : plan) {
            Product product = p.existing();
            if (product != null) {
                product.describe(p.details());
            } else {
                product = new Product(shopId, p.details());
                em.persist(product);
            }
            unindexed.add(product);
            if (++done % FLUSH_EVERY == 0) {
                indexFlushed(em, unindexed);
                progress.accept(done);
            }
        }
        indexFlushed(em, unindexed);
        progress.accept(done);
        return new ImportReport(parsed.rows().size(), plan.size() - updates, updates, List.of(), true);
    }

    /** Writes the products (new ones get their ids), then their words for the search. */
    private static void indexFlushed(EntityManager em, List<Product> products) {
        em.flush();
        ProductWordIndex.reindex(em, products);
        products.clear();
    }

    /**
     * What the row says; an empty article number or EAN cell keeps the one the product already has,
     * since the identifiers are how the shop's next file finds the product again.
     */
    private static ProductDetails details(ProductRow row, Long categoryId, Product existing) {
        String sku = row.sku() == null && existing != null ? existing.sku() : row.sku();
        String ean = row.ean() == null && existing != null ? existing.ean() : row.ean();
        return new ProductDetails(sku, ean, row.name(), row.description(), categoryId, row.priceOre(),
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
