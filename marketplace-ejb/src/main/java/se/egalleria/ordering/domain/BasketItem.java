package se.egalleria.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** So many of one product in a basket. Refers to the product by id: the catalogue owns products. */
@Entity
@Table(name = "basket_item")
public class BasketItem extends TenantOwnedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "basket_id", nullable = false, updatable = false)
    private Basket basket;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected BasketItem() {
        // for JPA
    }

    BasketItem(Basket basket, long productId, int quantity, Instant addedAt) {
        this.basket = basket;
        this.productId = productId;
        this.quantity = quantity;
        this.addedAt = addedAt;
    }

    void changeQuantity(int quantity) {
        this.quantity = quantity;
    }

    public long productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }

    Instant addedAt() {
        return addedAt;
    }
}
