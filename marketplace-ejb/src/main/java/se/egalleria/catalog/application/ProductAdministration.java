package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.domain.Category;
import se.egalleria.catalog.domain.Product;
import se.egalleria.catalog.domain.ProductDetails;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/** Shop staff keep their own shop's products (the municipality's administrators may help). */
@Stateless
public class ProductAdministration {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private ProductSummaries summaries;

    @Inject
    private AuditLog audit;

    @Inject
    private CategoryTree categories;

    /** The shop's products, hidden ones included, for its staff; filtered by words and visibility. */
    public Page<ProductSummary> listOfShop(long shopId, String text, Boolean visible, PageRequest page) {
        shops.get(shopId);
        access.requireShopManager(shopId);
        EntityManager em = tenantEm.current();
        WordSearch words = WordSearch.of(text);
        String where = " FROM Product p WHERE p.shopId = :shopId" + (visible == null ? "" : " AND p.visible = :visible")
                + words.conditions("p.name", "p.sku", "p.ean");
        TypedQuery<Long> count = words.bind(em.createQuery("SELECT COUNT(p)" + where, Long.class));
        TypedQuery<Product> list = words.bind(em.createQuery("SELECT p" + where + " ORDER BY p.name, p.id",
                Product.class));
        for (TypedQuery<?> q : List.of(count, list)) {
            q.setParameter("shopId", shopId);
            if (visible != null) {
                q.setParameter("visible", visible);
            }
        }
        long total = count.getSingleResult();
        List<Product> products = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(summaries.of(products), page.page(), page.size(), total);
    }

    /** One product of a shop the caller manages, hidden or not. */
    public ProductSummary get(long productId) {
        Product product = managed(productId);
        return summaries.of(product);
    }

    public ProductSummary create(long shopId, ProductInput input) {
        shops.get(shopId);
        CallerIdentity caller = access.requireShopManager(shopId);
        ProductDetails details = ProductRules.check(input);
        EntityManager em = tenantEm.current();
        checkCategory(em, details.categoryId());
        checkUnique(em, shopId, details, null);
        Product product = new Product(shopId, details);
        em.persist(product);
        em.flush();
        ProductWordIndex.reindex(em, List.of(product));
        categories.productsChanged();
        audit.record(caller.auditName(), "product.created", "product:" + product.id(), details.name());
        return summaries.of(product);
    }

    /** Changes a product; the caller sends the version it saw, so two people cannot overwrite each other. */
    public ProductSummary update(long productId, ProductInput input) {
        Product product = managed(productId);
        if (input == null || input.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        if (input.version() != product.version()) {
            throw new ConflictException("error.product.changedMeanwhile");
        }
        ProductDetails details = ProductRules.check(input);
        EntityManager em = tenantEm.current();
        checkCategory(em, details.categoryId());
        checkUnique(em, product.shopId(), details, productId);
        product.describe(details);
        em.flush();
        ProductWordIndex.reindex(em, List.of(product));
        categories.productsChanged();
        return summaries.of(product);
    }

    public void delete(long productId) {
        Product product = managed(productId);
        CallerIdentity caller = access.requireShopManager(product.shopId());
        tenantEm.current().remove(product);
        categories.productsChanged();
        audit.record(caller.auditName(), "product.deleted", "product:" + productId, product.name());
    }

    /** The product, if the caller manages its shop; another municipality's product is simply not found. */
    private Product managed(long productId) {
        Product product = tenantEm.current().find(Product.class, productId);
        if (product == null) {
            throw new NotFoundException("error.product.notFound", productId);
        }
        access.requireShopManager(product.shopId());
        return product;
    }

    private static void checkCategory(EntityManager em, Long categoryId) {
        if (categoryId != null && em.find(Category.class, categoryId) == null) {
            throw new InvalidInputException("categoryId", "error.category.notFound", categoryId);
        }
    }

    private static void checkUnique(EntityManager em, long shopId, ProductDetails details, Long except) {
        for (String field : List.of("sku", "ean")) {
            String value = "sku".equals(field) ? details.sku() : details.ean();
            if (value == null) {
                continue;
            }
            List<Long> clashes = em.createQuery("SELECT p.id FROM Product p WHERE p.shopId = :shopId AND p." + field
                    + " = :value", Long.class).setParameter("shopId", shopId).setParameter("value", value)
                    .getResultList();
            if (clashes.stream().anyMatch(id -> !id.equals(except))) {
                throw new InvalidInputException(field, "error.product.duplicate." + field, value);
            }
        }
    }
}
