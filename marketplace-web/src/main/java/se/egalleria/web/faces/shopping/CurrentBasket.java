package se.egalleria.web.faces.shopping;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import se.egalleria.ordering.application.BasketView;
import se.egalleria.ordering.application.Baskets;
import se.egalleria.ordering.application.NewBasket;
import se.egalleria.ordering.application.OrderLineView;
import se.egalleria.ordering.application.ReorderResult;
import se.egalleria.shared.NotFoundException;
import se.egalleria.tenancy.application.TenantContext;

/** The visitor's basket in this gallery: made on the first "add", remembered in the session. */
@Named
@RequestScoped
public class CurrentBasket {

    private static final String BASKET_GONE = "error.basket.notFound";

    @Inject
    private Baskets baskets;

    @Inject
    private BasketSession session;

    @Inject
    private TenantContext tenant;

    @Inject
    private HttpServletRequest request;

    /**
     * For the header: items in the basket, without a database query. A visitor without an HTTP
     * session has none, and looking does not start a session (a crawler's thousands of page views
     * would each keep one for 30 minutes).
     */
    public int getItemCount() {
        if (request.getSession(false) == null) {
            return 0;
        }
        return tenant.current().map(session::itemCount).orElse(0);
    }

    /** The basket, or an empty one when the visitor has none (none is made just for looking). */
    public BasketView view() {
        Optional<String> token = existingToken();
        if (token.isEmpty()) {
            return new BasketView(List.of(), 0, 0, 0);
        }
        try {
            return remember(token.get(), baskets.view(token.get()));
        } catch (NotFoundException e) {
            session.forget(tenant.require());
            return new BasketView(List.of(), 0, 0, 0);
        }
    }

    /** Adds to the visitor's basket; the first product makes the basket (and only if it can be added). */
    public BasketView add(long productId, int quantity) {
        Optional<String> token = existingToken();
        if (token.isEmpty()) {
            return first(productId, quantity);
        }
        try {
            return remember(token.get(), baskets.add(token.get(), productId, quantity));
        } catch (NotFoundException e) {
            if (!BASKET_GONE.equals(e.messageKey())) {
                throw e;
            }
            // An old basket (e.g. after a restart of the session's browser): start a new one.
            session.forget(tenant.require());
            return first(productId, quantity);
        }
    }

    private BasketView first(long productId, int quantity) {
        NewBasket basket = baskets.createWith(productId, quantity);
        return remember(basket.token(), basket.basket());
    }

    public BasketView setQuantity(long productId, int quantity) {
        String token = tokenOrNew();
        return remember(token, baskets.setQuantity(token, productId, quantity));
    }

    public ReorderResult repeat(List<OrderLineView> lines) {
        String token = tokenOrNew();
        ReorderResult result = baskets.repeat(token, lines);
        remember(token, result.basket());
        return result;
    }

    /** The token to place the basket with. */
    public String token() {
        return tokenOrNew();
    }

    /** After checkout the basket is empty. */
    public void placed() {
        session.token(tenant.require()).ifPresent(t -> session.remember(tenant.require(), t, 0));
    }

    /**
     * The visitor's basket token, if any: without an HTTP session there is none, and asking the
     * session-scoped bean would start a session.
     */
    private Optional<String> existingToken() {
        return request.getSession(false) == null ? Optional.empty() : session.token(tenant.require());
    }

    private String tokenOrNew() {
        Optional<String> token = session.token(tenant.require());
        if (token.isPresent()) {
            return token.get();
        }
        NewBasket basket = baskets.create();
        remember(basket.token(), basket.basket());
        return basket.token();
    }

    private BasketView remember(String token, BasketView view) {
        session.remember(tenant.require(), token, view.itemCount());
        return view;
    }
}
