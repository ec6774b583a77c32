package se.egalleria.web.faces.gallery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import se.egalleria.catalog.application.CategoryNode;
import se.egalleria.catalog.application.CategoryTree;
import se.egalleria.catalog.application.ServiceCatalogue;
import se.egalleria.catalog.application.ServiceSummary;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shop.application.ShopDirectory;
import se.egalleria.shop.application.ShopSummary;

/**
 * A municipality's start page: its shops, a page at a time. Paging is by plain links
 * ({@code ?page=2}), so it works without JavaScript and on slow connections.
 */
@Named
@RequestScoped
public class GalleryStartView {

    static final int SHOPS_PER_PAGE = 12;

    @Inject
    private ShopDirectory shops;

    @Inject
    private HttpServletRequest request;

    static final int SERVICES_SHOWN = 12;

    @Inject
    private ServiceCatalogue services;

    @Inject
    private CategoryTree categoryTree;

    private Page<ShopSummary> page;
    private List<ServiceSummary> serviceList;

    /** The top of the category tree, with the number of products each holds (subcategories included). */
    public List<CategoryNode> getCategories() {
        return categoryTree.tree().stream().filter(c -> c.parentId() == null && c.productCount() > 0).toList();
    }

    /** Services of all shops (laundry, the shopping bus, parcel pickup …), the first few by name. */
    public List<ServiceSummary> getServices() {
        if (serviceList == null) {
            serviceList = services.search(null, null, new PageRequest(0, SERVICES_SHOWN)).items();
        }
        return serviceList;
    }

    public Page<ShopSummary> getShops() {
        if (page == null) {
            page = shops.listOpen(new PageRequest(requestedPage(), SHOPS_PER_PAGE));
        }
        return page;
    }

    /** Page numbers as people count them, from 1. */
    public int getPageNumber() {
        return getShops().page() + 1;
    }

    public int getPageCount() {
        return Math.max(1, getShops().totalPages());
    }

    private int requestedPage() {
        try {
            return Math.max(0, PageRequest.parse(request.getParameter("page"), null).page() - 1);
        } catch (InvalidInputException e) {
            // A mistyped page number in a link is no error worth showing: start from the top.
            return 0;
        }
    }
}
