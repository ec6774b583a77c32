package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.egalleria.account.application.Access;
import se.egalleria.catalog.domain.Product;
import se.egalleria.catalog.domain.ProductImage;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.TenantContext;

/** Products' pictures: shop staff upload and remove them; everyone sees those of visible products. */
@Stateless
public class ProductImages {

    /** Which picture to serve. */
    public enum Size { DISPLAY, THUMBNAIL }

    /** A picture to send, with its version for caching. */
    public record ImageFile(byte[] jpeg, long version) {
    }

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private RecentProducts recentProducts;

    public void store(long productId, byte[] upload) {
        Product product = product(productId);
        access.requireShopManager(product.shopId());
        ImageProcessing.Processed processed = ImageProcessing.process(upload);
        EntityManager em = tenantEm.current();
        ProductImage image = find(em, productId).orElseGet(() -> {
            ProductImage created = new ProductImage(productId);
            em.persist(created);
            return created;
        });
        image.replace(processed.display(), processed.width(), processed.height(), processed.thumbnail());
        recentProducts.forget(tenantContext.require(), List.of(productId));
    }

    public void remove(long productId) {
        Product product = product(productId);
        access.requireShopManager(product.shopId());
        find(tenantEm.current(), productId).ifPresent(tenantEm.current()::remove);
        recentProducts.forget(tenantContext.require(), List.of(productId));
    }

    /** The picture of a visible product (or any product of a shop the caller manages). */
    public Optional<ImageFile> image(long productId, Size size) {
        Product product = tenantEm.current().find(Product.class, productId);
        if (product == null || !product.isVisible() && !managesShop(product.shopId())) {
            return Optional.empty();
        }
        return find(tenantEm.current(), productId).map(i -> new ImageFile(
                size == Size.DISPLAY ? i.display() : i.thumbnail(), i.updatedAt().toEpochMilli()));
    }

    /** Picture versions of the given products that have one: one query for a whole page. */
    public Map<Long, Long> versions(List<Long> productIds) {
        Map<Long, Long> versions = new HashMap<>();
        if (productIds.isEmpty()) {
            return versions;
        }
        for (Object[] row : tenantEm.current().createNamedQuery(ProductImage.PRODUCTS_WITH_IMAGE, Object[].class)
                .setParameter("productIds", productIds).getResultList()) {
            versions.put((Long) row[0], ((java.time.Instant) row[1]).toEpochMilli());
        }
        return versions;
    }

    private boolean managesShop(long shopId) {
        try {
            access.requireShopManager(shopId);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Product product(long productId) {
        Product product = tenantEm.current().find(Product.class, productId);
        if (product == null) {
            throw new NotFoundException("error.product.notFound", productId);
        }
        return product;
    }

    private static Optional<ProductImage> find(EntityManager em, long productId) {
        return em.createNamedQuery(ProductImage.OF_PRODUCT, ProductImage.class).setParameter("productId", productId)
                .getResultStream().findFirst();
    }
}
