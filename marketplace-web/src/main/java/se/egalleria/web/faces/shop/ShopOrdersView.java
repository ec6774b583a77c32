package se.egalleria.web.faces.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;

/** The shop's incoming orders, newest first (the full inbox workflow builds on this). */
@Named
@RequestScoped
public class ShopOrdersView {

    static final int PER_PAGE = 25;

    @Inject
    private Orders orders;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    private Long shop;
    private int page = 1;
    private String shopName;
    private Page<OrderSummary> result;

    public void load() {
        if (shop == null) {
            messages.error("shop.noShop");
            return;
        }
        try {
            result = orders.ofShop(shop, new PageRequest(Math.max(0, page - 1), PER_PAGE));
            shopName = shops.get(shop).name();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public boolean isLoaded() {
        return result != null;
    }

    public List<OrderSummary> getItems() {
        return result == null ? List.of() : result.items();
    }

    public int getPageCount() {
        return result == null ? 1 : Math.max(1, result.totalPages());
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
