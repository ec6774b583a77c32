package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ServiceAdministration;
import se.egalleria.catalog.application.ServiceInput;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.catalog.application.csv.PriceText;
import se.egalleria.shared.DomainException;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/**
 * A service's form for shop staff: new ({@code ?shop=}) or existing ({@code ?id=}). An empty price
 * means free; what is typed stays on the form when something is wrong. Its slots are on the same
 * page ({@link ServiceSlotsView}), as is removing the service.
 */
@Named
@ViewScoped
public class ServiceFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("name", "service:name"),
            Map.entry("description", "service:description"), Map.entry("kind", "service:kind"),
            Map.entry("priceOre", "service:price"), Map.entry("vatPercent", "service:vat"),
            Map.entry("booking", "service:booking"), Map.entry("phone", "service:phone"),
            Map.entry("phoneHours", "service:phoneHours"));

    /** The kinds of service, in the order the menu offers them. */
    private static final List<String> KINDS = List.of("SHOPPING_BUS", "LAUNDRY", "CLEANING", "PARCEL_PICKUP",
            "PHARMACY_PICKUP", "TRANSPORT", "OTHER");

    @Inject
    private ServiceAdministration services;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private Long shop;
    private Long id;
    private Long version;
    private String name;
    private String description;
    private String kind = "OTHER";
    private String price;
    private Integer vatPercent = 25;
    private String booking = "PHONE";
    private String phone;
    private String phoneHours;
    private boolean visible = true;
    private boolean organisedTrip;
    private String shopName;
    private boolean bookableBySlots;
    private boolean confirmDeletion;

    /** View action on first display: fills the form from the service being changed. */
    public void load() {
        try {
            if (id != null) {
                ServiceSummary s = services.get(id);
                shop = s.shopId();
                version = s.version();
                name = s.name();
                description = s.description();
                kind = s.kind();
                price = s.priceOre() == null ? null : PriceText.format(s.priceOre());
                vatPercent = s.vatPercent() == null ? 25 : s.vatPercent();
                booking = s.booking();
                phone = s.phone();
                phoneHours = s.phoneHours();
                visible = s.visible();
                organisedTrip = s.organisedTrip();
                bookableBySlots = "SLOTS".equals(s.booking());
            }
            if (shop != null) {
                shopName = shops.get(shop).name();
            }
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public void save() {
        try {
            ServiceInput input = new ServiceInput(name, description, kind, PriceText.toOre("priceOre", price),
                    vatPercent, booking, phone, phoneHours, visible, version, organisedTrip);
            ServiceSummary saved = id == null ? services.create(shop, input) : services.update(id, input);
            messages.info("shop.service.saved", saved.name());
            messages.keepForRedirect();
            navigation.redirect("/shop/services.xhtml?shop=" + saved.shopId());
        } catch (DomainException e) {
            messages.show(e, INPUTS);
        }
    }

    /** Removes the service after the person ticked the confirmation. */
    public void delete() {
        if (!confirmDeletion) {
            messages.errorOn("remove:confirm", "account.delete.confirmFirst");
            return;
        }
        try {
            ServiceSummary service = services.get(id);
            services.delete(id);
            messages.info("shop.service.deleted", service.name());
            messages.keepForRedirect();
            navigation.redirect("/shop/services.xhtml?shop=" + service.shopId());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Whether the stored service is booked in slots (the slots part of the page is shown then). */
    public boolean isBookableBySlots() {
        return bookableBySlots;
    }

    public String getShopName() {
        return shopName;
    }

    public boolean isConfirmDeletion() {
        return confirmDeletion;
    }

    public void setConfirmDeletion(boolean confirmDeletion) {
        this.confirmDeletion = confirmDeletion;
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public Integer getVatPercent() {
        return vatPercent;
    }

    public void setVatPercent(Integer vatPercent) {
        this.vatPercent = vatPercent;
    }

    public String getBooking() {
        return booking;
    }

    public void setBooking(String booking) {
        this.booking = booking;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhoneHours() {
        return phoneHours;
    }

    public void setPhoneHours(String phoneHours) {
        this.phoneHours = phoneHours;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    public boolean isOrganisedTrip() {
        return organisedTrip;
    }

    public void setOrganisedTrip(boolean organisedTrip) {
        this.organisedTrip = organisedTrip;
    }
}
