package se.egalleria.web.faces.shopping;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import se.egalleria.ordering.application.BasketLine;
import se.egalleria.ordering.application.BasketView;
import se.egalleria.shared.DomainException;
import se.egalleria.web.faces.common.FormMessages;

/** The basket page: lines grouped by shop with subtotals and what each shop offers for delivery. */
@Named
@ViewScoped
public class BasketPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentBasket basket;

    @Inject
    private FormMessages messages;

    private BasketView view;

    public void load() {
        view = basket.view();
        if (view.removedUnavailable() > 0) {
            messages.info("basket.removedUnavailable", view.removedUnavailable());
        }
    }

    public void increase(BasketLine line) {
        change(line, line.quantity() + 1);
    }

    public void decrease(BasketLine line) {
        change(line, line.quantity() - 1);
    }

    public void remove(BasketLine line) {
        change(line, 0);
    }

    private void change(BasketLine line, int quantity) {
        try {
            view = basket.setQuantity(line.productId(), quantity);
        } catch (DomainException e) {
            messages.show(e, Map.of());
            view = basket.view();
        }
    }

    public BasketView getBasket() {
        return view;
    }
}
