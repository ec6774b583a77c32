package se.egalleria.web.faces.shopping;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.egalleria.ordering.application.BasketShop;
import se.egalleria.ordering.application.CheckoutRequest;
import se.egalleria.ordering.application.DeliveryOptions;

/** The checkout form's part for one shop: how the resident gets its goods. */
public class ShopChoiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long shopId;
    private final String shopName;
    private final long subtotalOre;
    private final transient DeliveryOptions options;
    private String delivery;
    private String date;
    private Long servicePointId;

    ShopChoiceForm(BasketShop shop) {
        this.shopId = shop.shopId();
        this.shopName = shop.shopName();
        this.subtotalOre = shop.subtotalOre();
        this.options = shop.delivery();
        boolean canDeliver = options.homeDelivery() && !options.belowMinimum() && !options.routeDates().isEmpty();
        this.delivery = canDeliver ? "HOME_DELIVERY" : options.shopPickup() ? "SHOP_PICKUP" : null;
        this.date = options.routeDates().isEmpty() ? null : options.routeDates().get(0).toString();
    }

    CheckoutRequest.ShopChoice toRequest() {
        return new CheckoutRequest.ShopChoice(shopId, delivery,
                "HOME_DELIVERY".equals(delivery) && date != null ? LocalDate.parse(date) : null,
                "SERVICE_POINT_PICKUP".equals(delivery) ? servicePointId : null);
    }

    /** The ways this shop can deliver (home delivery only where it delivers at all). */
    public List<String> getMethods() {
        List<String> methods = new ArrayList<>();
        if (options.homeDelivery()) {
            methods.add("HOME_DELIVERY");
        }
        if (options.shopPickup()) {
            methods.add("SHOP_PICKUP");
        }
        if (!options.servicePoints().isEmpty()) {
            methods.add("SERVICE_POINT_PICKUP");
        }
        return methods;
    }

    public DeliveryOptions getOptions() {
        return options;
    }

    public long getShopId() {
        return shopId;
    }

    public String getShopName() {
        return shopName;
    }

    public long getSubtotalOre() {
        return subtotalOre;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public void setServicePointId(Long servicePointId) {
        this.servicePointId = servicePointId;
    }
}
