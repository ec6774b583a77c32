package se.egalleria.web.faces.gallery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.shopping.CurrentBasket;

/** One product as residents see it, with "add to basket" for a chosen quantity. */
@Named
@ViewScoped
public class ProductPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private CurrentBasket basket;

    @Inject
    private FormMessages messages;

    private Long id;
    private int quantity = 1;
    private transient ProductSummary product;

    public void load() {
        try {
            product = catalogue.get(id == null ? 0 : id);
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public void add() {
        try {
            basket.add(id, quantity);
            messages.info("basket.added", product == null ? "" : product.name());
        } catch (DomainException e) {
            messages.show(e, Map.of("quantity", "add:quantity"));
        }
    }

    public ProductSummary getProduct() {
        if (product == null && id != null) {
            load();
        }
        return product;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
