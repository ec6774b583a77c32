package se.egalleria.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** One product on an order, as it was sold: name, unit price including VAT, the VAT rate and amount. */
@Entity
@Table(name = "order_line")
public class OrderLine extends TenantOwnedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "product_name", nullable = false, length = 120, updatable = false)
    private String productName;

    @Column(name = "ean", length = 14, updatable = false)
    private String ean;

    @Column(name = "unit", nullable = false, length = 10, updatable = false)
    private String unit;

    @Column(name = "storage_class", nullable = false, length = 10, updatable = false)
    private String storage;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price_ore", nullable = false, updatable = false)
    private long unitPriceOre;

    @Column(name = "vat_percent", nullable = false, updatable = false)
    private int vatPercent;

    @Column(name = "line_total_ore", nullable = false, updatable = false)
    private long lineTotalOre;

    @Column(name = "vat_ore", nullable = false, updatable = false)
    private long vatOre;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(CustomerOrder order, int lineNumber, long productId, String productName, String ean, String unit,
              String storage, int quantity, long unitPriceOre, int vatPercent) {
        this.order = order;
        this.lineNumber = lineNumber;
        this.productId = productId;
        this.productName = productName;
        this.ean = ean;
        this.unit = unit;
        this.storage = storage;
        this.quantity = quantity;
        this.unitPriceOre = unitPriceOre;
        this.vatPercent = vatPercent;
        this.lineTotalOre = Math.multiplyExact(unitPriceOre, quantity);
        this.vatOre = vatIncluded(lineTotalOre, vatPercent);
    }

    /** The VAT inside a price that includes it, rounded to the nearest öre (half up). */
    static long vatIncluded(long priceIncludingVat, int percent) {
        long divisor = 100L + percent;
        return (priceIncludingVat * percent * 2 + divisor) / (2 * divisor);
    }

    public int lineNumber() {
        return lineNumber;
    }

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public String ean() {
        return ean;
    }

    public String unit() {
        return unit;
    }

    public String storage() {
        return storage;
    }

    public int quantity() {
        return quantity;
    }

    public long unitPriceOre() {
        return unitPriceOre;
    }

    public int vatPercent() {
        return vatPercent;
    }

    public long lineTotalOre() {
        return lineTotalOre;
    }

    public long vatOre() {
        return vatOre;
    }
}
