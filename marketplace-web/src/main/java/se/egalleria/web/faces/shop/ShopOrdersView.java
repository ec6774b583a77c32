package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import se.egalleria.delivery.application.DeliveryNotes;
import se.egalleria.ordering.application.InboxFilter;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.OrderWorkflow;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Inputs;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.tenancy.application.CarrierDirectory;
import se.egalleria.tenancy.application.CarrierSummary;
import se.egalleria.web.faces.common.Downloads;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.LanguageView;

/**
 * The shop's order inbox: new orders first and marked, filters by status, route day and village;
 * for a route day, one carrier for all its deliveries and all its delivery notes in one PDF.
 */
@Named
@ViewScoped
public class ShopOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_PAGE = 25;

    @Inject
    private Orders orders;

    @Inject
    private OrderWorkflow workflow;

    @Inject
    private DeliveryNotes notes;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CarrierDirectory carriers;

    @Inject
    private FormMessages messages;

    @Inject
    private LanguageView language;

    private Long shop;
    private int page = 1;
    private String status;
    private String date;
    private Long village;
    private String routeDay;
    private Long routeDayCarrier;
    private String shopName;
    private transient Page<OrderSummary> result;

    public void load() {
        if (shop == null) {
            messages.error("shop.noShop");
            return;
        }
        try {
            result = orders.inbox(shop, new InboxFilter(status, Inputs.optionalDate("date", date), village),
                    new PageRequest(Math.max(0, page - 1), PER_PAGE));
            shopName = shops.get(shop).name();
        } catch (DomainException e) {
            result = null;
            messages.show(e, Map.of());
        }
    }

    public void chooseRouteDayCarrier() {
        try {
            int assigned = workflow.assignCarrierForRouteDay(shop, Inputs.optionalDate("routeDay", routeDay), routeDayCarrier);
            messages.info("shop.orders.routeDayAssigned", assigned);
        } catch (DomainException e) {
            messages.show(e, Map.of("date", "routeday:day", "routeDay", "routeday:day",
                    "carrierId", "routeday:carrier"));
        }
        load();
    }

    public void printRouteDay() throws IOException {
        byte[] pdf;
        try {
            pdf = notes.forRouteDay(shop, Inputs.optionalDate("routeDay", routeDay), language.getLocale());
        } catch (DomainException e) {
            messages.show(e, Map.of("date", "routeday:day", "routeDay", "routeday:day"));
            return;
        }
        Downloads.send(pdf, "application/pdf", "leveranssedlar-" + routeDay + ".pdf");
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

    public List<String> getStatuses() {
        return List.of("NEW", "ACCEPTED", "PACKED", "HANDED_TO_CARRIER", "DELIVERED", "DELIVERY_FAILED",
                "READY_FOR_PICKUP", "PICKED_UP", "REJECTED");
    }

    public List<CarrierSummary> getCarriers() {
        return carriers.list();
    }

    /** The current filters as a query string, for paging links. */
    public String getFilterQuery() {
        return "shop=" + shop + (status == null || status.isBlank() ? "" : "&status=" + status)
                + (date == null || date.isBlank() ? "" : "&date=" + date) + (village == null ? "" : "&village=" + village);
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public Long getVillage() {
        return village;
    }

    public void setVillage(Long village) {
        this.village = village;
    }

    public String getRouteDay() {
        return routeDay;
    }

    public void setRouteDay(String routeDay) {
        this.routeDay = routeDay;
    }

    public Long getRouteDayCarrier() {
        return routeDayCarrier;
    }

    public void setRouteDayCarrier(Long routeDayCarrier) {
        this.routeDayCarrier = routeDayCarrier;
    }
}
