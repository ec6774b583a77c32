package se.egalleria.web.faces.gallery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.egalleria.catalog.application.CategoryNode;
import se.egalleria.catalog.application.CategoryTree;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductQuery;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.web.faces.common.BrandingView;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.shopping.CurrentBasket;

/**
 * Residents search and browse the gallery's products: by words, by category, by shop. Plain GET
 * links and forms, so every result page has its own address and works without JavaScript. A
 * search by words also shows the first few matching services (they have no category, so not
 * when browsing one).
 */
@Named
@ViewScoped
public class ProductBrowseView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PER_PAGE = 24;
    static final int SERVICES_SHOWN = 5;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private ServiceCatalogue services;

    @Inject
    private CategoryTree categories;

    @Inject
    private FormMessages messages;

    @Inject
    private CurrentBasket basket;

    @Inject
    private ShopDirectory shops;

    @Inject
    private BrandingView branding;

    private transient List<FilterOption> shopOptions;
    private transient List<ProductCard> cards;
    private transient List<CategoryLink> categoryLinks;

    private String q;
    private Long category;
    private Long shop;
    private String sort;
    private int page = 1;
    private Page<ProductSummary> result;
    private Page<ServiceSummary> serviceResult;
    private List<CategoryNode> tree;

    public void load() {
        try {
            result = catalogue.search(new ProductQuery(q, shop, category, sortOrder()),
                    new PageRequest(Math.max(0, page - 1), PER_PAGE));
            if (q != null && !q.isBlank() && category == null && page <= 1) {
                serviceResult = services.search(q, shop, new PageRequest(0, SERVICES_SHOWN));
            }
        } catch (DomainException e) {
            messages.show(e, Map.of("q", "search-q"));
        }
    }

    /** "Lägg i varukorgen" on a result: one unit, and the page stays where the resident was. */
    public void add(ProductSummary product) {
        try {
            basket.add(product.id(), 1);
            messages.info("basket.added", product.name());
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    /** The page's products, links and prices written out (the list's rows read only these). */
    public List<ProductCard> getCards() {
        if (cards == null) {
            String gallery = branding.link("");
            cards = result == null ? List.of()
                    : result.items().stream().map(product -> ProductCard.of(product, gallery)).toList();
        }
        return cards;
    }

    /** Services matching the words (the first few), shown above the products. */
    public List<ServiceSummary> getServices() {
        return serviceResult == null ? List.of() : serviceResult.items();
    }

    public long getServiceTotal() {
        return serviceResult == null ? 0 : serviceResult.totalItems();
    }

    public long getTotal() {
        return result == null ? 0 : result.totalItems();
    }

    public int getPageCount() {
        return result == null ? 1 : Math.max(1, result.totalPages());
    }

    /** Top-level categories and their children, with counts, for browsing. */
    public List<CategoryLink> getCategoryLinks() {
        if (categoryLinks == null) {
            String gallery = branding.link("");
            categoryLinks = tree().stream().map(node -> CategoryLink.of(node, gallery)).toList();
        }
        return categoryLinks;
    }

    public String getCategoryName() {
        return category == null ? null : tree().stream().filter(c -> c.id() == category)
                .map(CategoryNode::name).findFirst().orElse(null);
    }

    private List<CategoryNode> tree() {
        if (tree == null) {
            tree = categories.tree();
        }
        return tree;
    }

    /** The current filters as a query string, for paging links. */
    public String getFilterQuery() {
        return "q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8)
                + (category == null ? "" : "&category=" + category) + (shop == null ? "" : "&shop=" + shop)
                + (sort == null ? "" : "&sort=" + sortOrder().name());
    }

    /** A sort order from the address; anything unknown sorts the default way (no error for a link). */
    private ProductQuery.Sort sortOrder() {
        for (ProductQuery.Sort s : ProductQuery.Sort.values()) {
            if (s.name().equalsIgnoreCase(sort)) {
                return s;
            }
        }
        return ProductQuery.Sort.RELEVANCE;
    }

    public List<FilterOption> getSortOrders() {
        ProductQuery.Sort chosen = sortOrder();
        return Arrays.stream(ProductQuery.Sort.values()).map(s -> new FilterOption(s.name(),
                messages.text("browse.sort." + s.name()), s == chosen)).toList();
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /** The open shops by name (Swedish order), for the shop filter. */
    public List<FilterOption> getShops() {
        if (shopOptions == null) {
            Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
            shopOptions = shops.openNamesById().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(swedish))
                    .map(s -> new FilterOption(s.getKey().toString(), s.getValue(), s.getKey().equals(shop))).toList();
        }
        return shopOptions;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
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
