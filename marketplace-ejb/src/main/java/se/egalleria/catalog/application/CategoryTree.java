package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.domain.Category;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.cache.TenantReferenceCache;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.TenantContext;

/** The municipality's category tree; a starting tree is created for a municipality without one. */
@Stateless
public class CategoryTree {

    /** The starting tree: top-level name → children. */
    static final Map<String, List<String>> DEFAULT_TREE = new java.util.LinkedHashMap<>();

    static {
        DEFAULT_TREE.put("Livsmedel", List.of("Mejeri", "Bröd", "Frukt och grönt", "Kött och fisk", "Frysvaror",
                "Skafferi", "Dryck"));
        DEFAULT_TREE.put("Hushåll", List.of("Städ och tvätt", "Hygien"));
        DEFAULT_TREE.put("Hälsa", List.of());
        DEFAULT_TREE.put("Lokalt hantverk", List.of());
        DEFAULT_TREE.put("Övrigt", List.of());
    }

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ShopDirectory shops;

    @Inject
    private Access access;

    @Inject
    private TenantReferenceCache cache;

    private static final String CACHE_AREA = "categories";
    private static final String TREE_AREA = "category-tree";

    @Inject
    private AuditLog audit;

    @Inject
    private RecentSearches searches;

    @Inject
    private RecentProducts recentProducts;

    @Inject
    private TenantContext tenantContext;

    /**
     * Every category with its count of visible products, its subcategories' included, parents
     * before their children: two queries whatever the size.
     */
    public List<CategoryNode> tree() {
        return cache.get(TREE_AREA, this::loadTree);
    }

    /** Visible products in the category and below it, as {@link #tree()} counts them; 0 for no such category. */
    public long visibleProducts(long categoryId) {
        return tree().stream().filter(node -> node.id() == categoryId).mapToLong(CategoryNode::productCount)
                .findFirst().orElse(0);
    }

    /**
     * Products were added, changed, removed, hidden or moved (or shops opened or closed): the counts
     * of the tree are read again, recent searches found again and products read again.
     */
    public void productsChanged() {
        productsChanged(tenantContext.require());
    }

    /** Categories were renamed, moved or removed: their names and shape are read again. */
    public void categoriesChanged() {
        cache.changed(CACHE_AREA);
        productsChanged();
    }

    /** The same, for work that names its municipality (a background import). */
    public void productsChanged(String tenant) {
        cache.changed(TREE_AREA, tenant);
        searches.changed(tenant);
        recentProducts.changed(tenant);
    }

    private List<CategoryNode> loadTree() {
        EntityManager em = tenantEm.current();
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> openShops = shops.openIds();
        for (Object[] row : openShops.isEmpty() ? List.<Object[]>of() : em.createNamedQuery(
                Product.COUNT_VISIBLE_BY_CATEGORY, Object[].class).setParameter("openShops", openShops).getResultList()) {
            if (row[0] != null) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        List<Category> all = em.createNamedQuery(Category.ALL, Category.class).getResultList();
        Map<Long, List<Category>> children = all.stream().filter(c -> c.parentId() != null)
                .collect(Collectors.groupingBy(Category::parentId));
        List<CategoryNode> ordered = new java.util.ArrayList<>(all.size());
        // Depth first, so that a list shows each category right after its parent.
        all.stream().filter(c -> c.parentId() == null).forEach(root -> addWithChildren(root, children, counts, ordered));
        return List.copyOf(ordered);
    }

    /** Adds the category and its subtree; returns the subtree's product count. */
    private static long addWithChildren(Category category, Map<Long, List<Category>> children, Map<Long, Long> counts,
                                        List<CategoryNode> ordered) {
        int position = ordered.size();
        ordered.add(null);
        long total = counts.getOrDefault(category.id(), 0L);
        for (Category child : children.getOrDefault(category.id(), List.of())) {
            total += addWithChildren(child, children, counts, ordered);
        }
        ordered.set(position, new CategoryNode(category.id(), category.parentId(), category.name(), total));
        return total;
    }

    /** The category and all below it: browsing a category shows its subcategories' products too. */
    public List<Long> withDescendants(long categoryId) {
        Map<Long, List<Long>> children = cached().children();
        List<Long> ids = new java.util.ArrayList<>(List.of(categoryId));
        for (int i = 0; i < ids.size(); i++) {
            ids.addAll(children.getOrDefault(ids.get(i), List.of()));
        }
        return ids;
    }

    /** Category names by id, for lists that show them. */
    public Map<Long, String> names() {
        return cached().names();
    }

    /** Names and children of the municipality's categories: read on every list page, changed rarely. */
    private record Shape(Map<Long, String> names, Map<Long, List<Long>> children) {
    }

    private Shape cached() {
        return cache.get(CACHE_AREA, () -> {
            List<Category> all = tenantEm.current().createNamedQuery(Category.ALL, Category.class).getResultList();
            Map<Long, List<Long>> children = new HashMap<>();
            for (Category c : all) {
                if (c.parentId() != null) {
                    children.computeIfAbsent(c.parentId(), parent -> new java.util.ArrayList<>()).add(c.id());
                }
            }
            Map<Long, List<Long>> frozen = new HashMap<>();
            children.forEach((parent, ids) -> frozen.put(parent, List.copyOf(ids)));
            return new Shape(all.stream().collect(Collectors.toUnmodifiableMap(Category::id, Category::name)),
                    Map.copyOf(frozen));
        });
    }

    /** Category ids by name (first wins), for imports that name categories. */
    public Map<String, Long> idsByName() {
        return tenantEm.current().createNamedQuery(Category.ALL, Category.class).getResultStream()
                .collect(Collectors.toMap(c -> c.name().toLowerCase(java.util.Locale.forLanguageTag("sv")),
                        Category::id, (first, second) -> first));
    }

    /** Adds a category (the municipality's administrators). */
    public CategoryNode add(String name, Long parentId) {
        CallerIdentity caller = access.requireAdministrator();
        String checked = Inputs.required("name", name, 120);
        EntityManager em = tenantEm.current();
        if (parentId != null && em.find(Category.class, parentId) == null) {
            throw new NotFoundException("error.category.notFound", parentId);
        }
        Category category = new Category(parentId, checked, 1000);
        em.persist(category);
        em.flush();
        categoriesChanged();
        audit.record(caller.auditName(), "category.added", "category:" + category.id(), checked);
        return new CategoryNode(category.id(), parentId, checked, 0);
    }

    /** Creates the starting tree in a municipality that has no categories (start-up). */
    public void ensureDefaults(String tenant) {
        EntityManager em = tenantEm.forTenant(tenant);
        if (!em.createNamedQuery(Category.ALL, Category.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        cache.changed(CACHE_AREA, tenant);
        cache.changed(TREE_AREA, tenant);
        int position = 0;
        for (Map.Entry<String, List<String>> top : DEFAULT_TREE.entrySet()) {
            Category parent = new Category(null, top.getKey(), position++);
            em.persist(parent);
            em.flush();
            int childPosition = 0;
            for (String child : top.getValue()) {
                em.persist(new Category(parent.id(), child, childPosition++));
            }
        }
    }
}
