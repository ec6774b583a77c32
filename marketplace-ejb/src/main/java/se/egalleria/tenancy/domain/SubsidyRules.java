package se.egalleria.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The municipality's home-delivery subsidy rules (they differ: Härjedalen 200 kr per delivery and
 * once a week, Haparanda a 200 kr minimum order and 3 km, …). Zero means "no such rule".
 */
@Embeddable
public class SubsidyRules {

    @Column(name = "subsidy_payment_ore", nullable = false)
    private long paymentPerDeliveryOre;

    @Column(name = "subsidy_minimum_order_ore", nullable = false)
    private long minimumOrderOre;

    @Column(name = "subsidy_minimum_distance_m", nullable = false)
    private int minimumDistanceMeters;

    @Column(name = "subsidy_max_per_week", nullable = false)
    private int maxPerHouseholdPerWeek;

    @Column(name = "subsidy_state_cap_ore", nullable = false)
    private long stateCapPerDeliveryOre;

    @Column(name = "subsidy_price_base_ore", nullable = false)
    private long priceBaseAmountOre;

    protected SubsidyRules() {
        // for JPA
    }

    public SubsidyRules(long paymentPerDeliveryOre, long minimumOrderOre, int minimumDistanceMeters,
                        int maxPerHouseholdPerWeek, long stateCapPerDeliveryOre, long priceBaseAmountOre) {
        if (paymentPerDeliveryOre < 0 || minimumOrderOre < 0 || minimumDistanceMeters < 0
                || maxPerHouseholdPerWeek < 0 || stateCapPerDeliveryOre < 0 || priceBaseAmountOre < 0) {
            throw new IllegalArgumentException("Subsidy rules cannot be negative");
        }
        this.paymentPerDeliveryOre = paymentPerDeliveryOre;
        this.minimumOrderOre = minimumOrderOre;
        this.minimumDistanceMeters = minimumDistanceMeters;
        this.maxPerHouseholdPerWeek = maxPerHouseholdPerWeek;
        this.stateCapPerDeliveryOre = stateCapPerDeliveryOre;
        this.priceBaseAmountOre = priceBaseAmountOre;
    }

    public long paymentPerDeliveryOre() {
        return paymentPerDeliveryOre;
    }

    public long minimumOrderOre() {
        return minimumOrderOre;
    }

    public int minimumDistanceMeters() {
        return minimumDistanceMeters;
    }

    public int maxPerHouseholdPerWeek() {
        return maxPerHouseholdPerWeek;
    }

    public long stateCapPerDeliveryOre() {
        return stateCapPerDeliveryOre;
    }

    public long priceBaseAmountOre() {
        return priceBaseAmountOre;
    }
}
