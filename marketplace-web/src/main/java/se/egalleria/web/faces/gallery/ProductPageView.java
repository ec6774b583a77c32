package se.egalleria.web.faces.gallery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import se.egalleria.catalog.application.ProductCatalogue;
import se.egalleria.catalog.application.ProductSummary;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.BrandingView;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.SameOriginPost;
import se.egalleria.web.faces.shopping.CurrentBasket;

/**
 * One product as residents see it, with "add to basket" for a chosen quantity.
 *
 * <p>The page keeps no state (a transient view, request-scoped), as the product list: looking
 * creates no HTTP session, and product pages are what search engines and shared links open most.
 * The form is a plain POST back to the page's address, added in {@link #load()}, then redirected
 * to the page again (only a visitor who adds gets a session, for the basket).
 */
@Named
@RequestScoped
public class ProductPageView {

    static final String QUANTITY_INPUT = "add:quantity";
    /** The most units of a product a basket holds (the basket's own rule, said on the form). */
    static final int MAX_UNITS = 99;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private CurrentBasket basket;

    @Inject
    private FormMessages messages;

    @Inject
    private BrandingView branding;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private boolean added;
    private ProductSummary product;

    public void load() {
        try {
            product = catalogue.get(id == null ? 0 : id);
        } catch (DomainException e) {
            messages.show(e, Map.of());
            return;
        }
        if ("POST".equals(request.getMethod())) {
            addToBasket();
        } else if (added && request.getSession(false) != null && basket.getItemCount() > 0) {
            messages.info("basket.added", product.name());
        }
    }

    private void addToBasket() {
        if (SameOriginPost.isForeign(request)) {
            messages.error("error.request.foreign");
            return;
        }
        Integer units = units();
        if (units == null || units < 1 || units > MAX_UNITS) {
            messages.errorOn(QUANTITY_INPUT, "error.basket.addQuantity", MAX_UNITS);
            return;
        }
        try {
            basket.add(id, units);
        } catch (DomainException e) {
            messages.show(e, Map.of("quantity", QUANTITY_INPUT));
            return;
        }
        // Post, then redirect: reloading the page does not add the product again.
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(getAddress() + "&added=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The units asked for: one when the form sends no quantity, null when it is not a number. */
    private Integer units() {
        String typed = request.getParameter("quantity");
        if (typed == null) {
            return 1;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page's own address, where its form posts. */
    public String getAddress() {
        return branding.link("/product-page.xhtml") + "?id=" + id;
    }

    /** What the quantity field says is wrong with it, or null. */
    public String getQuantityError() {
        return FacesContext.getCurrentInstance().getMessageList(QUANTITY_INPUT).stream().findFirst()
                .map(FacesMessage::getSummary).orElse(null);
    }

    public ProductSummary getProduct() {
        return product;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** As typed, so that a mistyped quantity is shown again beside its message. */
    public String getQuantity() {
        String typed = request.getParameter("quantity");
        return typed == null ? "1" : typed;
    }

    public boolean isAdded() {
        return added;
    }

    public void setAdded(boolean added) {
        this.added = added;
    }
}
