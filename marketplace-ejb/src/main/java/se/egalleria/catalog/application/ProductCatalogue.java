package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.domain.Shop;

/**
 * What residents see of the products: visible ones only, searched the Swedish way. Words match
 * anywhere in the name or description ("mjölk" finds "Mellanmjölk"), case-insensitively, with
 * å, ä and ö as letters of their own (the tables' Swedish collation does that); names that start
 * with the first word come first, then names containing it, then description matches. Products of
 * shops that are not open (awaiting approval, suspended) are not shown. The word index
 * ({@link ProductWordIndex}) narrows the candidates first; the LIKE conditions then decide.
 */
@Stateless
public class ProductCatalogue {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ProductSummaries summaries;

    @Inject
    private CategoryTree categories;

    @Inject
    private ShopDirectory shops;

    public Page<ProductSummary> search(ProductQuery query, PageRequest page) {
        EntityManager em = tenantEm.current();
        WordSearch words = WordSearch.of(query.text());
        List<List<String>> indexed = ProductWordIndex.wordsContaining(em, words);
        if (indexed.stream().anyMatch(List::isEmpty)) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        // The open shops' ids as a list, not a subquery: joined from the shops, MariaDB read every
        // product of the municipality's open shops and sorted them for each page (bench/README.md).
        Set<Long> openShops = shops.openIds();
        if (openShops.isEmpty() || query.shopId() != null && !openShops.contains(query.shopId())) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " FROM Product p WHERE p.visible = TRUE"
                + (query.shopId() == null ? " AND p.shopId IN :openShops" : " AND p.shopId = :shopId")
                + (query.categoryId() == null ? "" : " AND p.categoryId IN :categoryIds")
                + indexConditions(indexed)
                + words.conditions("p.name", "p.description");
        String order = switch (query.sort()) {
            case PRICE_ASCENDING -> " ORDER BY p.priceOre, p.name, p.id";
            case PRICE_DESCENDING -> " ORDER BY p.priceOre DESC, p.name, p.id";
            case NAME -> " ORDER BY p.name, p.id";
            case RELEVANCE -> words.isEmpty() ? " ORDER BY p.name, p.id"
                    : " ORDER BY " + words.relevance("p.name") + ", p.name, p.id";
        };
        List<Long> categoryIds = query.categoryId() == null ? List.of() : categories.withDescendants(query.categoryId());
        // Browsing a category is the commonest list: its count is the category tree's (kept in memory),
        // instead of counting up to the whole catalogue of a parent category on every page.
        long total = words.isEmpty() && query.shopId() == null && query.categoryId() != null
                ? categories.visibleProducts(query.categoryId())
                : filters(words.bind(em.createQuery("SELECT COUNT(p)" + where, Long.class)), query, categoryIds,
                        indexed, openShops).getSingleResult();
        if (total <= page.offset()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        TypedQuery<Product> list = filters(words.bind(em.createQuery("SELECT p" + where + order, Product.class)), query,
                categoryIds, indexed, openShops);
        if (!words.isEmpty() && query.sort() == ProductQuery.Sort.RELEVANCE) {
            words.bindRelevance(list);
        }
        List<Product> products = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(summaries.of(products), page.page(), page.size(), total);
    }

    /** One visible product. */
    public ProductSummary get(long id) {
        Product product = tenantEm.current().find(Product.class, id);
        if (product == null || !product.isVisible() || !shops.openIds().contains(product.shopId())) {
            throw new NotFoundException("error.product.notFound", id);
        }
        return summaries.of(product);
    }


    /** Visible products among the given ids (others are left out), for baskets: three queries however many. */
    public Map<Long, ProductSummary> visibleByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Product> products = tenantEm.current()
                .createQuery("SELECT p FROM Product p WHERE p.id IN :ids AND p.visible = TRUE AND p.shopId IN ("
                        + Shop.OPEN_IDS + ")", Product.class)
                .setParameter("ids", ids).getResultList();
        return summaries.of(products).stream().collect(Collectors.toMap(ProductSummary::id, Function.identity()));
    }

    /** Visible products per open shop, for browsing by shop (one grouped query). */
    public Map<Long, Long> visibleCountsByShop() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : tenantEm.current().createNamedQuery(Product.COUNT_VISIBLE_BY_SHOP, Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Per search word that the index narrows: the product must have one of the words containing it. */
    private static String indexConditions(List<List<String>> indexed) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < indexed.size(); i++) {
            if (indexed.get(i) != null) {
                where.append(" AND p.id IN (SELECT w").append(i).append(".productId FROM ProductWord w").append(i)
                        .append(" WHERE w").append(i).append(".word IN :v").append(i).append(')');
            }
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> filters(TypedQuery<T> q, ProductQuery query, List<Long> categoryIds,
                                             List<List<String>> indexed, Set<Long> openShops) {
        for (int i = 0; i < indexed.size(); i++) {
            if (indexed.get(i) != null) {
                q.setParameter("v" + i, indexed.get(i));
            }
        }
        if (query.shopId() != null) {
            q.setParameter("shopId", query.shopId());
        } else {
            q.setParameter("openShops", openShops);
        }
        if (query.categoryId() != null) {
            q.setParameter("categoryIds", categoryIds);
        }
        return q;
    }


}
