package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Net content of a package (500 g, 1 500 ml): Swedish price marking asks for the comparison
 * price (jämförpris) per kg or per litre.
 */
@Embeddable
public class NetQuantity {

    @Column(name = "net_quantity")
    private Integer amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "net_quantity_unit", length = 2)
    private MeasureUnit unit;

    protected NetQuantity() {
        // for JPA
    }

    public NetQuantity(int amount, MeasureUnit unit) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A net quantity is positive");
        }
        this.amount = amount;
        this.unit = unit;
    }

    public Integer amount() {
        return amount;
    }

    public MeasureUnit unit() {
        return unit;
    }

    public boolean isPresent() {
        return amount != null && unit != null;
    }

    /** Price per kilogram or litre, in öre, rounded to whole öre. */
    public long comparisonPriceOre(long priceOre) {
        return Math.round(priceOre * 1000.0 / amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetQuantity that && java.util.Objects.equals(amount, that.amount) && unit == that.unit;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(amount, unit);
    }

    @Override
    public String toString() {
        return amount + " " + (unit == MeasureUnit.G ? "g" : "ml");
    }
}
