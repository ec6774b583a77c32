package se.egalleria.web.faces.shopping;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.egalleria.ordering.application.CheckoutResult;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;

/** "Tack för din beställning": the orders one checkout placed, each with its number. */
@Named
@RequestScoped
public class ConfirmationView {

    @Inject
    private Orders orders;

    @Inject
    private FormMessages messages;

    private Long checkout;
    private String token;
    private CheckoutResult result;

    public void load() {
        try {
            result = orders.checkout(checkout == null ? 0 : checkout, token);
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public boolean isFound() {
        return result != null;
    }

    public List<OrderDetail> getOrders() {
        return result == null ? List.of() : result.orders();
    }

    public long getTotalOre() {
        return result == null ? 0 : result.totalOre();
    }

    public Long getCheckout() {
        return checkout;
    }

    public void setCheckout(Long checkout) {
        this.checkout = checkout;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
