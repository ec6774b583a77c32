package se.egalleria.organisation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * A unit's framework agreement with one shop: its reference, the period it is valid, the monthly
 * limit in öre including VAT, what happens above the limit, and an optional agreed price list
 * (with one, only those products may be ordered, at those prices).
 */
@Entity
@Table(name = "framework_agreement")
@NamedQuery(name = FrameworkAgreement.OF_UNIT, query = "SELECT a FROM FrameworkAgreement a WHERE a.unitId = :unitId"
        + " ORDER BY a.shopId")
@NamedQuery(name = FrameworkAgreement.OF_SHOP, query = "SELECT a FROM FrameworkAgreement a WHERE a.unitId = :unitId"
        + " AND a.shopId = :shopId")
public class FrameworkAgreement extends TenantOwnedEntity {

    public static final String OF_UNIT = "FrameworkAgreement.ofUnit";
    public static final String OF_SHOP = "FrameworkAgreement.ofShop";

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "reference", nullable = false, length = 120)
    private String reference;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "monthly_limit_ore", nullable = false)
    private long monthlyLimitOre;

    @Enumerated(EnumType.STRING)
    @Column(name = "above_limit", nullable = false, length = 20)
    private AboveLimit aboveLimit;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("productId")
    private List<AgreedPrice> prices = new ArrayList<>();

    protected FrameworkAgreement() {
        // for JPA
    }

    public FrameworkAgreement(long unitId, long shopId, Terms terms) {
        this.unitId = unitId;
        this.shopId = shopId;
        change(terms);
    }

    /** What the administrator agrees with the shop; prices: product id → öre incl. VAT. */
    public record Terms(String reference, LocalDate validFrom, LocalDate validTo, long monthlyLimitOre,
                        AboveLimit aboveLimit, Map<Long, Long> prices) {
    }

    /**
     * New terms. Prices are changed in place (kept, repriced, removed, added) rather than replaced,
     * so a product kept on the list never clashes with its own unique key on the way.
     */
    public final void change(Terms terms) {
        this.reference = terms.reference();
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
        this.monthlyLimitOre = terms.monthlyLimitOre();
        this.aboveLimit = terms.aboveLimit();
        Map<Long, AgreedPrice> current = prices.stream()
                .collect(Collectors.toMap(AgreedPrice::productId, Function.identity()));
        prices.removeIf(p -> !terms.prices().containsKey(p.productId()));
        terms.prices().forEach((productId, priceOre) -> {
            AgreedPrice kept = current.get(productId);
            if (kept != null) {
                kept.reprice(priceOre);
            } else {
                prices.add(new AgreedPrice(this, productId, priceOre));
            }
        });
    }

    /** Whether orders may be placed under it on this (Swedish) day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public long version() {
        return versionNumber();
    }

    public long unitId() {
        return unitId;
    }

    public long shopId() {
        return shopId;
    }

    public String reference() {
        return reference;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long monthlyLimitOre() {
        return monthlyLimitOre;
    }

    public AboveLimit aboveLimit() {
        return aboveLimit;
    }

    public List<AgreedPrice> prices() {
        return List.copyOf(prices);
    }
}
