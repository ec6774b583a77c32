package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
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
import se.egalleria.tenancy.application.TenantContext;

/**
 * What residents see of the products: visible ones only, searched the Swedish way. Words match
 * anywhere in the name or description ("mjölk" finds "Mellanmjölk"), case-insensitively, with
 * å, ä and ö as letters of their own (the tables' Swedish collation does that); names that start
 * with the first word come first, then names containing it, then description matches. Products of
 * shops that are not open (awaiting approval, suspended) are not shown. The word index
 * ({@link ProductWordIndex}) narrows the candidates first; the LIKE conditions then decide. What a
 * recent search or category list found is kept for a short while ({@link RecentSearches}), as ids
 * in order, and a page reads its products by key, those shown a moment ago from
 * {@link RecentProducts}.
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

    @Inject
    private RecentSearches recentSearches;

    @Inject
    private RecentProducts recentProducts;

    @Inject
    private TenantContext tenantContext;

    public Page<ProductSummary> search(ProductQuery query, PageRequest page) {
        WordSearch words = WordSearch.of(query.text());
        // The open shops' ids as a list, not a subquery: joined from the shops, MariaDB read every
        // product of the municipality's open shops and sorted them for each page (bench/README.md).
        Set<Long> openShops = shops.openIds();
        if (openShops.isEmpty() || query.shopId() != null && !openShops.contains(query.shopId())) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        RecentSearches.Search search = new RecentSearches.Search(words.words(), query.shopId(), query.categoryId(),
                query.sort());
        RecentSearches.Matches matches = recentSearches.matches(tenantContext.require(), search,
                () -> findMatches(query, words, openShops));
        if (!matches.covers(page.offset(), page.size())) {
            EntityManager em = tenantEm.current();
            Matching matching = Matching.of(query, words, openShops, categoryIds(query))
                    .narrowedBy(ProductWordIndex.wordsContaining(em, words));
            return new Page<>(summaries.of(matching.page(em, page)), page.page(), page.size(), matches.total());
        }
        return new Page<>(visibleInOrder(matches.ids(), page, openShops), page.page(), page.size(), matches.total());
    }

    /**
     * The first matching ids in order, in one read; when there are more, a category's count is the
     * category tree's (kept in memory), others are counted.
     */
    private RecentSearches.Matches findMatches(ProductQuery query, WordSearch words, Set<Long> openShops) {
        EntityManager em = tenantEm.current();
        List<List<String>> indexed = ProductWordIndex.wordsContaining(em, words);
        if (indexed.stream().anyMatch(List::isEmpty)) {
            return new RecentSearches.Matches(new long[0], 0);
        }
        Matching matching = Matching.of(query, words, openShops, categoryIds(query)).narrowedBy(indexed);
        long[] ids = matching.ids(em, RecentSearches.MAX_IDS_PER_SEARCH).stream().mapToLong(Long::longValue).toArray();
        long total = ids.length < RecentSearches.MAX_IDS_PER_SEARCH ? ids.length
                : words.isEmpty() && query.shopId() == null && query.categoryId() != null
                ? categories.visibleProducts(query.categoryId())
                : matching.count(em);
        return new RecentSearches.Matches(ids, total);
    }

    /**
     * The page's products by key, in the search's order, still visible and of an open shop: a
     * product hidden since the search was made is left out rather than shown (on another node,
     * once {@link RecentProducts} has forgotten it). Those not shown recently are read in one query.
     */
    private List<ProductSummary> visibleInOrder(long[] ids, PageRequest page, Set<Long> openShops) {
        int from = Math.min(ids.length, page.offset());
        return shown(Arrays.stream(ids, from, Math.min(ids.length, from + page.size())).boxed().toList(), openShops);
    }

    /** The visible products of open shops among the ids, in their order: recently shown ones kept, the rest in one query. */
    private List<ProductSummary> shown(List<Long> ids, Set<Long> openShops) {
        if (ids.isEmpty() || openShops.isEmpty()) {
            return List.of();
        }
        String tenant = tenantContext.require();
        long generation = recentProducts.generation(tenant);
        Map<Long, ProductSummary> found = new HashMap<>(recentProducts.known(tenant, ids));
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            List<ProductSummary> read = summaries.of(tenantEm.current()
                    .createNamedQuery(Product.VISIBLE_BY_IDS, Product.class)
                    .setParameter("ids", unknown).setParameter("openShops", openShops).getResultList());
            recentProducts.keep(tenant, generation, read);
            read.forEach(summary -> found.put(summary.id(), summary));
        }
        return ids.stream().map(found::get)
                .filter(summary -> summary != null && summary.visible() && openShops.contains(summary.shopId()))
                .toList();
    }

    private List<Long> categoryIds(ProductQuery query) {
        return query.categoryId() == null ? List.of() : categories.withDescendants(query.categoryId());
    }

    /** One visible product. */
    public ProductSummary get(long id) {
        return shown(List.of(id), shops.openIds()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.product.notFound", id));
    }

    /**
     * Visible products of open shops among the ids (others are left out), as residents are shown
     * them: those shown a moment ago kept, the rest in one query. For a basket's lines; an order is
     * placed on {@link #visibleByIds} instead.
     */
    public Map<Long, ProductSummary> shownByIds(Collection<Long> ids) {
        return shown(List.copyOf(ids), shops.openIds()).stream()
                .collect(Collectors.toMap(ProductSummary::id, Function.identity(), (a, b) -> a));
    }

    /** Visible products among the given ids (others are left out), exact (three queries however many). */
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
}
