package se.egalleria.web.faces.shopping;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import se.egalleria.ordering.application.OrderDetail;
import se.egalleria.ordering.application.Orders;
import se.egalleria.ordering.application.ReorderResult;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;
import se.egalleria.web.faces.common.Navigation;

/** One order, opened from the e-mail's link (number and token) or from "my orders"; and "order again". */
@Named
@ViewScoped
public class OrderPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Orders orders;

    @Inject
    private CurrentBasket basket;

    @Inject
    private FormMessages messages;

    @Inject
    private Navigation navigation;

    private String number;
    private String token;
    private transient OrderDetail order;

    public void load() {
        try {
            order = orders.get(number, token);
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    /** Puts the order's products in the basket at today's prices and says what could not be added. */
    public void orderAgain() {
        try {
            ReorderResult result = basket.repeat(orders.linesToRepeat(number, token));
            if (result.notAvailable().isEmpty()) {
                messages.info("order.again.done");
            } else {
                messages.info("order.again.partly", String.join(", ", result.notAvailable()));
            }
            messages.keepForRedirect();
            navigation.redirect("/basket.xhtml");
        } catch (DomainException e) {
            messages.show(e, Map.of());
        }
    }

    public OrderDetail getOrder() {
        if (order == null && number != null) {
            load();
        }
        return order;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
