package se.egalleria.shop.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A local shop in the gallery. Refers to its village by id (the village belongs to tenancy). */
@Entity
@Table(name = "shop")
@NamedQuery(name = Shop.BY_CODE, query = "SELECT s FROM Shop s WHERE s.code = :code")
@NamedQuery(name = Shop.COUNT_ALL, query = "SELECT COUNT(s) FROM Shop s")
@NamedQuery(name = Shop.COUNT_OPEN, query = "SELECT COUNT(s) FROM Shop s WHERE s.status = "
        + "se.egalleria.shop.domain.ShopStatus.APPROVED")
public class Shop extends TenantOwnedEntity {

    public static final String BY_CODE = "Shop.byCode";
    public static final String COUNT_ALL = "Shop.countAll";
    public static final String COUNT_OPEN = "Shop.countOpen";

    /**
     * JPQL for the ids of the shops residents may see and buy from, for other areas' queries
     * ("p.shopId IN (" + OPEN_IDS + ")"): one place decides what an open shop is.
     */
    public static final String OPEN_IDS = "SELECT open.id FROM Shop open WHERE open.status = "
            + "se.egalleria.shop.domain.ShopStatus.APPROVED";

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "opening_hours", nullable = false, length = 500)
    private String openingHours;

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;

    @Column(name = "email", nullable = false, length = 190)
    private String email;

    @Column(name = "home_delivery", nullable = false)
    private boolean homeDelivery;

    @ElementCollection
    @CollectionTable(name = "shop_delivery_village", joinColumns = @JoinColumn(name = "shop_id"))
    @Column(name = "village_id", nullable = false)
    private Set<Long> deliveryVillageIds = new HashSet<>();

    @Convert(converter = RouteDaysConverter.class)
    @Column(name = "route_days", nullable = false, length = 80)
    private Set<DayOfWeek> routeDays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "minimum_order_ore", nullable = false)
    private long minimumOrderOre;

    @Column(name = "shop_pickup", nullable = false)
    private boolean shopPickup = true;

    @Column(name = "service_point", nullable = false)
    private boolean servicePoint;

    @Column(name = "delivery_area_changed_at")
    private java.time.Instant deliveryAreaChangedAt;

    @Column(name = "organisation_number", length = 20)
    private String organisationNumber;

    @Column(name = "subsidy_agreement", length = 120)
    private String subsidyAgreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ShopStatus status = ShopStatus.APPROVED;

    protected Shop() {
        // for JPA
    }

    public Shop(String code, String name, long villageId) {
        this.code = code;
        this.name = name;
        this.villageId = villageId;
        this.description = "";
        this.openingHours = "";
        this.phone = "";
        this.email = "";
    }

    /** A shop the municipality invites: it opens to residents when approved. */
    public static Shop awaitingApproval(String code, String name, long villageId) {
        Shop shop = new Shop(code, name, villageId);
        shop.status = ShopStatus.AWAITING_APPROVAL;
        return shop;
    }

    /** Opens an invited shop to residents. */
    public void approve() {
        requireStatus(ShopStatus.AWAITING_APPROVAL);
        status = ShopStatus.APPROVED;
    }

    /** Takes an approved shop out of the gallery (its orders and staff remain). */
    public void suspend() {
        requireStatus(ShopStatus.APPROVED);
        status = ShopStatus.SUSPENDED;
    }

    /** Brings a suspended shop back. */
    public void reactivate() {
        requireStatus(ShopStatus.SUSPENDED);
        status = ShopStatus.APPROVED;
    }

    /** Whether {@link #approve}, {@link #suspend} or {@link #reactivate} may be applied now. */
    public boolean isStatus(ShopStatus expected) {
        return status == expected;
    }

    private void requireStatus(ShopStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Shop " + code + " is " + status + ", not " + expected);
        }
    }

    public ShopStatus status() {
        return status;
    }

    /** Whether residents see the shop and can buy from it. */
    public boolean isOpen() {
        return status == ShopStatus.APPROVED;
    }

    public void presentAs(String description, String openingHours) {
        this.description = description;
        this.openingHours = openingHours;
    }

    public void reachableAt(String phone, String email) {
        this.phone = phone;
        this.email = email;
    }

    /** Home delivery to these villages on these weekdays, for orders of at least the minimum (öre, VAT included). */
    public void deliverTo(Set<Long> villageIds, Set<DayOfWeek> days, long minimumOrderOre) {
        if (minimumOrderOre < 0) {
            throw new IllegalArgumentException("A minimum order cannot be negative");
        }
        this.homeDelivery = !villageIds.isEmpty() && !days.isEmpty();
        this.deliveryVillageIds = new HashSet<>(villageIds);
        this.routeDays = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        this.minimumOrderOre = minimumOrderOre;
    }

    public long version() {
        return versionNumber();
    }

    /** The municipality's administrator sets where and when the shop delivers (tenant-config no longer does). */
    public void deliveryAreaSetInConsole(Set<Long> villageIds, Set<DayOfWeek> days, long minimumOrderOre,
                                         java.time.Instant now) {
        deliverTo(villageIds, days, minimumOrderOre);
        this.deliveryAreaChangedAt = now;
    }

    /** Whether the administrator has set the delivery area, so start-up must leave it as it is. */
    public boolean deliveryAreaSetInConsole() {
        return deliveryAreaChangedAt != null;
    }

    public void offerPickup(boolean atShop, boolean asServicePoint) {
        this.shopPickup = atShop;
        this.servicePoint = asServicePoint;
    }

    /** Organisation number and the home-delivery agreement with the municipality (for the subsidy reports). */
    public void contract(String organisationNumber, String subsidyAgreement) {
        this.organisationNumber = organisationNumber;
        this.subsidyAgreement = subsidyAgreement;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public String subsidyAgreement() {
        return subsidyAgreement;
    }

    public boolean offersHomeDelivery() {
        return homeDelivery;
    }

    public Set<Long> deliveryVillageIds() {
        return Set.copyOf(deliveryVillageIds);
    }

    public Set<DayOfWeek> routeDays() {
        return routeDays.isEmpty() ? Set.of() : EnumSet.copyOf(routeDays);
    }

    public long minimumOrderOre() {
        return minimumOrderOre;
    }

    public boolean offersShopPickup() {
        return shopPickup;
    }

    public boolean isServicePoint() {
        return servicePoint;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long villageId() {
        return villageId;
    }
}
