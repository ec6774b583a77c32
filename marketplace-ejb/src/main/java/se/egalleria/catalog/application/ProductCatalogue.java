package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * What residents see of the products: visible ones only, searched the Swedish way. Words match
 * anywhere in the name or description ("mjölk" finds "Mellanmjölk"), case-insensitively, with
 * å, ä and ö as letters of their own (the tables' Swedish collation does that); names that start
 * with the first word come first, then names containing it, then description matches.
 */
@Stateless
public class ProductCatalogue {

    static final int MAX_WORDS = 5;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ProductSummaries summaries;

    public Page<ProductSummary> search(ProductQuery query, PageRequest page) {
        EntityManager em = tenantEm.current();
        List<String> words = words(query.text());
        StringBuilder where = new StringBuilder(" FROM Product p WHERE p.visible = TRUE");
        if (query.shopId() != null) {
            where.append(" AND p.shopId = :shopId");
        }
        if (query.categoryId() != null) {
            where.append(" AND p.categoryId = :categoryId");
        }
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND (p.name LIKE :w").append(i).append(" ESCAPE '!' OR p.description LIKE :w").append(i)
                    .append(" ESCAPE '!')");
        }
        String order = words.isEmpty() ? " ORDER BY p.name, p.id"
                : " ORDER BY CASE WHEN p.name LIKE :prefix ESCAPE '!' THEN 0 WHEN p.name LIKE :w0 ESCAPE '!' THEN 1"
                        + " ELSE 2 END, p.name, p.id";
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(p)" + where, Long.class), query, words, false);
        long total = count.getSingleResult();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        List<Product> products = bind(em.createQuery("SELECT p" + where + order, Product.class), query, words,
                !words.isEmpty())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(summaries.of(products), page.page(), page.size(), total);
    }

    /** One visible product. */
    public ProductSummary get(long id) {
        Product product = tenantEm.current().find(Product.class, id);
        if (product == null || !product.isVisible()) {
            throw new NotFoundException("error.product.notFound", id);
        }
        return summaries.of(product);
    }


    /** Visible products per shop, for browsing by shop (one grouped query). */
    public java.util.Map<Long, Long> visibleCountsByShop() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : tenantEm.current().createNamedQuery(Product.COUNT_VISIBLE_BY_SHOP, Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, ProductQuery query, List<String> words, boolean ranked) {
        if (query.shopId() != null) {
            q.setParameter("shopId", query.shopId());
        }
        if (query.categoryId() != null) {
            q.setParameter("categoryId", query.categoryId());
        }
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + escape(words.get(i)) + "%");
        }
        if (ranked) {
            q.setParameter("prefix", escape(words.get(0)) + "%");
        }
        return q;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > 200) {
            throw new InvalidInputException("q", "error.input.tooLong", 200);
        }
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
    }

    /** LIKE wildcards typed by a person are searched for, not obeyed. */
    static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
