package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.domain.Category;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * The administrator renames, moves and removes categories of the gallery (adding is
 * {@link CategoryTree#add}). A move never makes a category its own ancestor; a category with
 * subcategories or products cannot be removed (the database's foreign keys decide for products,
 * so one added meanwhile by a shop cannot slip through). Every change drops the cached tree.
 */
@Stateless
public class CategoryAdministration {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private CategoryTree tree;

    @Inject
    private AuditLog audit;

    /** Every category in tree order (parents before their children), with depth and version. */
    public List<CategoryDetails> list() {
        access.requireAdministrator();
        Map<Long, Category> byId = new HashMap<>();
        tenantEm.current().createNamedQuery(Category.ALL, Category.class).getResultStream()
                .forEach(c -> byId.put(c.id(), c));
        Map<Long, Integer> depths = new HashMap<>();
        List<CategoryDetails> ordered = new ArrayList<>();
        for (CategoryNode node : tree.tree()) {
            Category c = byId.get(node.id());
            if (c == null) {
                continue; // removed since the cached tree was read
            }
            int depth = node.parentId() == null ? 0 : depths.getOrDefault(node.parentId(), 0) + 1;
            depths.put(node.id(), depth);
            ordered.add(new CategoryDetails(c.id(), c.parentId(), c.name(), depth, node.productCount(), c.version()));
        }
        return ordered;
    }

    public CategoryDetails change(long id, CategoryChange change) {
        EntityManager em = tenantEm.current();
        Category category = find(id);
        CallerIdentity caller = access.requireAdministrator();
        CategoryChange c = change == null ? new CategoryChange(null, null, null) : change;
        String name = Inputs.required("name", c.name(), 120);
        if (c.parentId() != null) {
            requireNoCycle(id, c.parentId());
        }
        if (c.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        if (c.version() != category.version()) {
            throw new ConflictException("error.category.changedMeanwhile", category.name());
        }
        String before = category.name() + " (under " + category.parentId() + ")";
        category.rename(name);
        category.moveUnder(c.parentId());
        em.flush();
        tree.categoriesChanged();
        audit.record(caller.auditName(), "category.changed", "category:" + id,
                before + " → " + name + " (under " + c.parentId() + ")");
        return list().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public void remove(long id) {
        EntityManager em = tenantEm.current();
        Category category = find(id);
        CallerIdentity caller = access.requireAdministrator();
        boolean hasChildren = em.createNamedQuery(Category.ALL, Category.class).getResultStream()
                .anyMatch(other -> Long.valueOf(id).equals(other.parentId()));
        if (hasChildren) {
            throw new ConflictException("error.category.hasChildren", category.name());
        }
        em.remove(category);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The product foreign key: products (visible or hidden) are in the category.
            throw new ConflictException("error.category.inUse", category.name());
        }
        tree.categoriesChanged();
        audit.record(caller.auditName(), "category.removed", "category:" + id, category.name());
    }

    /** The new parent must exist here and must not be the category itself or lie below it. */
    private void requireNoCycle(long id, long parentId) {
        Map<Long, Long> parents = new HashMap<>();
        tenantEm.current().createNamedQuery(Category.ALL, Category.class).getResultStream()
                .forEach(c -> parents.put(c.id(), c.parentId()));
        if (!parents.containsKey(parentId)) {
            throw new InvalidInputException("parentId", "error.category.unknownParent");
        }
        int steps = 0;
        for (Long at = parentId; at != null && steps <= parents.size(); at = parents.get(at), steps++) {
            if (at == id) {
                throw new InvalidInputException("parentId", "error.category.cycle");
            }
        }
    }

    private Category find(long id) {
        Category category = tenantEm.current().find(Category.class, id);
        if (category == null) {
            throw new NotFoundException("error.category.notFound", id);
        }
        return category;
    }
}
