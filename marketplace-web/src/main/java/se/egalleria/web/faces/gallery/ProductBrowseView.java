package se.egalleria.web.faces.gallery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.egalleria.catalog.application.CatalogueGeneration;
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
import se.egalleria.tenancy.application.TenantContext;
import se.egalleria.web.faces.common.BrandingView;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.SameOriginPost;
import se.egalleria.web.faces.shopping.CurrentBasket;

/**
 * Residents search and browse the gallery's products: by words, by category, by shop. Plain GET
 * links and forms, so every result page has its own address and works without JavaScript. A
 * search by words also shows the first few matching services (they have no category, so not
 * when browsing one).
 *
 * <p>The page keeps no state (a transient view, request-scoped): looking creates no HTTP session.
 * "Lägg i varukorgen" is a plain POST form back to the same address with the product's id, which
 * {@link #load()} adds before listing (only a visitor who adds gets a session, for the basket).
 */
@Named
@RequestScoped
public class ProductBrowseView {

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

    @Inject
    private HttpServletRequest request;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private CatalogueGeneration generation;

    private List<FilterOption> shopOptions;
    private List<ProductCard> cards;
    private List<CategoryLink> categoryLinks;
    private Long add;
    private Long added;

    private String q;
    private Long category;
    private Long shop;
    private String sort;
    private int page = 1;
    private Page<ProductSummary> result;
    private Page<ServiceSummary> serviceResult;
    private List<CategoryNode> tree;

    public void load() {
        if (add != null && "POST".equals(request.getMethod()) && addToBasket(add)) {
            return; // redirected to the list
        }
        try {
            result = catalogue.search(new ProductQuery(q, shop, category, sortOrder()),
                    new PageRequest(Math.max(0, page - 1), PER_PAGE));
            if (q != null && !q.isBlank() && category == null && page <= 1) {
                serviceResult = services.search(q, shop, new PageRequest(0, SERVICES_SHOWN));
            }
            if (added != null) {
                sayWhatWasAdded();
            }
        } catch (DomainException e) {
            messages.show(e, Map.of("q", "search-q"));
        }
    }

    /**
     * "Lägg i varukorgen" on a result: one unit, and the resident stays on the list. Returns whether
     * it was added (and the list is then reached by a redirect); if not, the page says why.
     */
    private boolean addToBasket(long productId) {
        if (SameOriginPost.isForeign(request)) {
            messages.error("error.request.foreign");
            return false;
        }
        try {
            basket.add(productId, 1);
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return false;
        }
        // Post, then redirect to the list: reloading the page does not add the product again. The
        // list says what was added (by its address, not Faces' flash, whose cookie cannot be cleared
        // once a long page has been sent).
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(listAddress() + "&added=" + productId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }

    /** After the redirect: which product was added, said above the list (when it is in the basket). */
    private void sayWhatWasAdded() {
        if (request.getSession(false) == null || basket.getItemCount() == 0) {
            return; // an old address with "added" in it: nothing was added now
        }
        result.items().stream().filter(product -> product.id() == added).findFirst()
                .ifPresent(product -> messages.info("basket.added", product.name()));
    }

    /** This list's own address (its filters and page), where its forms post. */
    private String listAddress() {
        return branding.link("/products.xhtml") + "?" + getFilterQuery() + "&page=" + page;
    }

    /** The page's products, links and prices written out (the list's rows read only these). */
    public List<ProductCard> getCards() {
        if (cards == null) {
            String gallery = branding.link("");
            String here = listAddress();
            cards = result == null ? List.of()
                    : result.items().stream().map(product -> ProductCard.of(product, gallery, here)).toList();
        }
        return cards;
    }

    /** Key of the rendered result rows (see {@link ListingKeys}). */
    public String getRowsKey() {
        return ListingKeys.rows(commonKey(), listAddress(), getCards());
    }

    /** Key of the rendered shop filter. */
    public String getShopFilterKey() {
        return ListingKeys.shopFilter(commonKey(), shop);
    }

    /** Key of the rendered category list. */
    public String getCategoriesKey() {
        return ListingKeys.categories(commonKey(), branding.link(""));
    }

    private String commonKey() {
        String tenant = tenantContext.require();
        return ListingKeys.common(tenant, FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag(),
                generation.of(tenant));
    }

    /** Whether the resident just put a product in the basket (the page then links to the basket). */
    public boolean isJustAdded() {
        return added != null && basket.getItemCount() > 0;
    }

    public Long getAdded() {
        return added;
    }

    /** The product the resident just put in the basket (the address the add redirects to). */
    public void setAdded(Long added) {
        this.added = added;
    }

    public Long getAdd() {
        return add;
    }

    /** The product to put in the basket: the id a result's form posts. */
    public void setAdd(Long add) {
        this.add = add;
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
