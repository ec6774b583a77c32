package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.catalog.domain.Product;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.tenancy.application.TenantContext;

/**
 * Takes sold units out of stock inside the caller's transaction. The products are locked in id
 * order (SELECT … FOR UPDATE), so two checkouts wanting the last unit queue up instead of both
 * seeing it, and two baskets with the same products in another order cannot deadlock. The
 * table's CHECK (stock >= 0) is the last guard.
 */
@Stateless
public class ProductStock {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private RecentProducts recentProducts;

    /**
     * Reserves the quantities (product id → units) and returns the products as they are sold:
     * name, price and VAT at this moment. Nothing is taken unless everything can be.
     */
    public List<SoldProduct> reserve(Map<Long, Integer> quantities) {
        List<Product> locked = tenantEm.current()
                .createQuery("SELECT p FROM Product p WHERE p.id IN :ids ORDER BY p.id", Product.class)
                .setParameter("ids", quantities.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Long, Product> byId = locked.stream().collect(Collectors.toMap(Product::id, Function.identity()));
        for (Map.Entry<Long, Integer> wanted : quantities.entrySet()) {
            Product product = byId.get(wanted.getKey());
            if (product == null || !product.isVisible()) {
                throw new ConflictException("error.stock.gone", wanted.getKey());
            }
            if (!product.canSupply(wanted.getValue())) {
                throw new ConflictException("error.stock.tooFew", product.name(), product.stock());
            }
        }
        List<SoldProduct> sold = new ArrayList<>(locked.size());
        for (Product product : locked) {
            int quantity = quantities.get(product.id());
            product.take(quantity);
            sold.add(new SoldProduct(product.id(), product.shopId(), product.name(), product.ean(),
                    product.unit().name(), product.storage().name(), product.priceOre(), product.vat().percent(),
                    quantity));
        }
        recentProducts.forget(tenantContext.require(), quantities.keySet());
        return sold;
    }

    /** Puts units back (an order rejected by the shop); products since removed or always available are skipped. */
    public void release(Map<Long, Integer> quantities) {
        List<Product> locked = tenantEm.current()
                .createQuery("SELECT p FROM Product p WHERE p.id IN :ids ORDER BY p.id", Product.class)
                .setParameter("ids", quantities.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Product product : locked) {
            product.putBack(quantities.get(product.id()));
        }
        recentProducts.forget(tenantContext.require(), quantities.keySet());
    }
}
