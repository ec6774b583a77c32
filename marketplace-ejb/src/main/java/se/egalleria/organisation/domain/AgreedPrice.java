package se.egalleria.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** One product's price (öre including VAT) agreed in a framework agreement. */
@Entity
@Table(name = "agreed_price")
public class AgreedPrice extends TenantOwnedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private FrameworkAgreement agreement;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "price_ore", nullable = false)
    private long priceOre;

    protected AgreedPrice() {
        // for JPA
    }

    AgreedPrice(FrameworkAgreement agreement, long productId, long priceOre) {
        this.agreement = agreement;
        this.productId = productId;
        this.priceOre = priceOre;
    }

    void reprice(long priceOre) {
        this.priceOre = priceOre;
    }

    public long productId() {
        return productId;
    }

    public long priceOre() {
        return priceOre;
    }
}
