package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.ordering.domain.Basket;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Secrets;
import se.egalleria.shared.persistence.TenantEntityManager;

/** The resident's basket: one for the whole gallery, held by a token (a browser session or an app keeps it). */
@Stateless
public class Baskets {

    static final int MAX_QUANTITY = 99;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private BasketViews views;

    @Inject
    private BasketStore store;

    public NewBasket create() {
        String token = Secrets.newToken();
        Basket basket = new Basket(Secrets.digest(token), Instant.now());
        tenantEm.current().persist(basket);
        return new NewBasket(token, views.of(basket));
    }

    /**
     * A new basket holding its first product, made only if that product can be added (the same
     * transaction: a refused first product leaves no empty basket behind).
     */
    public NewBasket createWith(long productId, Integer quantity) {
        String token = Secrets.newToken();
        Basket basket = new Basket(Secrets.digest(token), Instant.now());
        tenantEm.current().persist(basket);
        return new NewBasket(token, addTo(basket, productId, quantity));
    }

    public BasketView view(String token) {
        return views.of(find(token, false));
    }

    /** Adds units of a product to what the basket already holds. */
    public BasketView add(String token, long productId, Integer quantity) {
        return addTo(find(token, true), productId, quantity);
    }

    private BasketView addTo(Basket basket, long productId, Integer quantity) {
        int current = basket.item(productId).map(i -> i.quantity()).orElse(0);
        int wanted = quantity == null ? 1 : quantity;
        if (wanted < 1) {
            throw new InvalidInputException("quantity", "error.basket.addQuantity", MAX_QUANTITY);
        }
        return change(basket, productId, current + wanted);
    }

    /** Sets how many of a product the basket holds; zero takes it out. */
    public BasketView setQuantity(String token, long productId, Integer quantity) {
        if (quantity == null) {
            throw new InvalidInputException("quantity", "error.input.required");
        }
        return change(find(token, true), productId, quantity);
    }

    /**
     * Puts the lines of a past order into the basket at today's prices; what is gone or sold out is
     * named instead, and a line is lowered to what is left in stock.
     */
    public ReorderResult repeat(String token, List<OrderLineView> lines) {
        Basket basket = find(token, true);
        Map<Long, ProductSummary> products = catalogue.visibleByIds(lines.stream().map(OrderLineView::productId)
                .toList());
        List<String> notAvailable = new ArrayList<>();
        Instant now = Instant.now();
        for (OrderLineView line : lines) {
            ProductSummary product = products.get(line.productId());
            int inBasket = basket.item(line.productId()).map(i -> i.quantity()).orElse(0);
            int wanted = Math.min(MAX_QUANTITY, inBasket + line.quantity());
            if (product != null && product.stock() != null) {
                wanted = Math.min(wanted, product.stock());
            }
            if (product == null || wanted <= inBasket || basket.item(line.productId()).isEmpty() && basket.isFull()) {
                notAvailable.add(line.name());
                continue;
            }
            basket.setQuantity(line.productId(), wanted, now);
        }
        return new ReorderResult(views.of(basket), notAvailable);
    }

    private BasketView change(Basket basket, long productId, int quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "error.basket.quantity", MAX_QUANTITY);
        }
        if (quantity > 0) {
            ProductSummary product = catalogue.get(productId);
            if (product.stock() != null && product.stock() < quantity) {
                throw new ConflictException(product.stock() == 0 ? "error.basket.soldOut" : "error.basket.tooFew",
                        product.name(), product.stock());
            }
            if (basket.item(productId).isEmpty() && basket.isFull()) {
                throw new ConflictException("error.basket.full", Basket.MAX_LINES);
            }
        }
        basket.setQuantity(productId, quantity, Instant.now());
        return views.of(basket);
    }

    private Basket find(String token, boolean forChange) {
        return store.find(token, forChange);
    }
}
