package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ServiceAdministration;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/**
 * A shop's services for its staff ({@code ?shop=}): all of them, hidden too, with hide and show.
 * A shop lists a handful of services, so the first hundred are the whole list.
 */
@Named
@ViewScoped
public class ShopServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceAdministration services;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private Long shop;
    private String shopName;
    private transient List<ServiceSummary> list;

    /** View action: checks the shop (and this person's right to it). */
    public void load() {
        if (shop == null) {
            messages.error("shop.noShop");
            return;
        }
        try {
            shopName = shops.get(shop).name();
            list = fetch();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    /** Hides a shown service or shows a hidden one, then the list again. */
    public void toggle(long serviceId, boolean visible) {
        try {
            ServiceSummary changed = services.setVisible(serviceId, !visible);
            messages.info(changed.visible() ? "shop.service.shown" : "shop.service.hidden", changed.name());
            messages.keepForRedirect();
            navigation.redirect("/shop/services.xhtml?shop=" + changed.shopId());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    private List<ServiceSummary> fetch() {
        return services.listOfShop(shop, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    public List<ServiceSummary> getServices() {
        if (list == null && shopName != null) {
            list = fetch();
        }
        return list == null ? List.of() : list;
    }

    public boolean isLoaded() {
        return shopName != null;
    }

    public String getShopName() {
        return shopName;
    }

    public Long getShop() {
        return shop;
    }

    public void setShop(Long shop) {
        this.shop = shop;
    }
}
