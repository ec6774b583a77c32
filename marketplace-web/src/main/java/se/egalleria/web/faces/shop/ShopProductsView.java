package se.egalleria.web.faces.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.egalleria.catalog.application.ProductAdministration;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/**
 * A shop's product list for its staff: every product, hidden too, a page at a time. The filters
 * are in the address ({@code ?shop=&q=&visible=&page=}, so a list can be bookmarked); the table's
 * paginator asks the service for one page at a time.
 */
@Named
@ViewScoped
public class ShopProductsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_PAGE = 25;

    @Inject
    private ProductAdministration products;

    @Inject
    private ShopDirectory shops;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private Long shop;
    private String q;
    private String visible;
    private int page = 1;
    private long total = -1;
    private String shopName;
    private final Products model = new Products();

    /** View action: checks the shop (and this person's right to it) and counts its products. */
    public void load() {
        if (shop == null) {
            messages.error("shop.noShop");
            return;
        }
        try {
            shopName = shops.get(shop).name();
            total = fetch(new PageRequest(0, 1)).totalItems();
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    /** The filter form's button: the same list with the new filters in the address. */
    public void filter() {
        navigation.redirect("/shop/products.xhtml?shop=" + shop + getFilterQuery());
    }

    private Page<ProductSummary> fetch(PageRequest request) {
        Boolean visibility = "yes".equals(visible) ? Boolean.TRUE : "no".equals(visible) ? Boolean.FALSE : null;
        return products.listOfShop(shop, q, visibility, request);
    }

    /** The table's rows, read from the service one page at a time. */
    private final class Products extends LazyDataModel<ProductSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, fetch(new PageRequest(0, 1)).totalItems());
        }

        @Override
        public List<ProductSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return fetch(new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(ProductSummary product) {
            return String.valueOf(product.id());
        }
    }

    public LazyDataModel<ProductSummary> getModel() {
        return model;
    }

    public boolean isLoaded() {
        return total >= 0;
    }

    public long getTotal() {
        return Math.max(0, total);
    }

    public int getPerPage() {
        return PER_PAGE;
    }

    /** The first row of the page in the address ({@code ?page=}, from 1). */
    public int getFirst() {
        long pages = Math.max(1, (getTotal() + PER_PAGE - 1) / PER_PAGE);
        return (int) ((Math.min(Math.max(1, page), pages) - 1) * PER_PAGE);
    }

    /** "Sida 2 av 5" with the paginator's own placeholders. */
    public String getPageReport() {
        return messages.text("pager.position", "{currentPage}", "{totalPages}");
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

    /** The filters as a query string. */
    public String getFilterQuery() {
        return "&q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8)
                + "&visible=" + URLEncoder.encode(visible == null ? "" : visible, StandardCharsets.UTF_8);
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
