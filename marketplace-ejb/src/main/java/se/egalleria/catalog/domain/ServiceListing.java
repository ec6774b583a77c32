package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** A service a shop offers: laundry, parcel pickup, the Friday shopping bus. A null price means free. */
@Entity
@Table(name = "service_listing")
@NamedQuery(name = ServiceListing.OF_SHOP,
        query = "SELECT s FROM ServiceListing s WHERE s.shopId = :shopId ORDER BY s.name, s.id")
@NamedQuery(name = ServiceListing.COUNT_OF_SHOP, query = "SELECT COUNT(s) FROM ServiceListing s WHERE s.shopId = :shopId")
public class ServiceListing extends TenantOwnedEntity {

    public static final String OF_SHOP = "ServiceListing.ofShop";
    public static final String COUNT_OF_SHOP = "ServiceListing.countOfShop";

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ServiceKind kind;

    @Column(name = "price_ore")
    private Long priceOre;

    @Convert(converter = VatRateConverter.class)
    @Column(name = "vat_percent")
    private VatRate vat;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking", nullable = false, length = 10)
    private BookingMode booking;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "phone_hours", length = 200)
    private String phoneHours;

    @Column(name = "visible", nullable = false)
    private boolean visible;

    @Column(name = "organised_trip", nullable = false)
    private boolean organisedTrip;

    protected ServiceListing() {
        // for JPA
    }

    public ServiceListing(long shopId, ServiceDetails details) {
        this.shopId = shopId;
        describe(details);
    }

    public final void describe(ServiceDetails d) {
        this.name = d.name();
        this.description = d.description();
        this.kind = d.kind();
        this.priceOre = d.priceOre();
        this.vat = d.priceOre() == null ? null : d.vat();
        this.booking = d.booking();
        this.phone = d.phone();
        this.phoneHours = d.phoneHours();
        this.visible = d.visible();
        this.organisedTrip = d.organisedTrip();
    }

    /** Residents see it again (and can book its slots). */
    public void show() {
        this.visible = true;
    }

    /** Residents no longer see or book it; existing bookings stay. */
    public void hide() {
        this.visible = false;
    }

    public long shopId() {
        return shopId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public ServiceKind kind() {
        return kind;
    }

    public Long priceOre() {
        return priceOre;
    }

    public VatRate vat() {
        return vat;
    }

    public BookingMode booking() {
        return booking;
    }

    public String phone() {
        return phone;
    }

    public String phoneHours() {
        return phoneHours;
    }

    public boolean isVisible() {
        return visible;
    }

    /** Marked by the shop as an organised shopping trip (a shopping bus is one whether marked or not). */
    public boolean isOrganisedTrip() {
        return organisedTrip;
    }

    /** Whether its bookings are shopping trips for the subsidy reports. */
    public boolean isShoppingTrip() {
        return kind == ServiceKind.SHOPPING_BUS || organisedTrip;
    }

    public long version() {
        return versionNumber();
    }
}
