package se.egalleria.web.faces.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.catalog.application.ProductAdministration;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;

/** A shop's product list for its staff: every product, hidden too, a page at a time. */
@Named
@RequestScoped
public class ShopProductsView {

    static final int PER_PAGE = 25;

    @Inject
    private ProductAdministration products;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    private Long shop;
    private String q;
    private String visible;
    private int page = 1;
    private Page<ProductSummary> result;
    private String shopName;

    /** View action: loads the page, or says why not (not signed in, not this person's shop). */
    public void load() {
        if (shop == null) {
            messages.error("shop.noShop");
            return;
        }
        try {
            shopName = shops.get(shop).name();
            Boolean visibility = "yes".equals(visible) ? Boolean.TRUE : "no".equals(visible) ? Boolean.FALSE : null;
            result = products.listOfShop(shop, q, visibility, new PageRequest(Math.max(0, page - 1), PER_PAGE));
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public boolean isLoaded() {
        return result != null;
    }

    public List<ProductSummary> getItems() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.totalItems();
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

    /** The filters as a query string for paging links. */
    public String getFilterQuery() {
        return "&q=" + java.net.URLEncoder.encode(q == null ? "" : q, java.nio.charset.StandardCharsets.UTF_8)
                + "&visible=" + (visible == null ? "" : visible);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getVisible() {
        return visible;
    }

    public void setVisible(String visible) {
        this.visible = visible;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
