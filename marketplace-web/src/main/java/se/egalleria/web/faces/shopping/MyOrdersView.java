package se.egalleria.web.faces.shopping;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.egalleria.ordering.application.OrderSummary;
import se.egalleria.ordering.application.Orders;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;

/** The signed-in resident's orders, newest first. */
@Named
@RequestScoped
public class MyOrdersView {

    static final int PER_PAGE = 20;

    @Inject
    private Orders orders;

    private int page = 1;
    private Page<OrderSummary> result;

    public void load() {
        result = orders.mine(new PageRequest(Math.max(0, page - 1), PER_PAGE));
    }

    public List<OrderSummary> getItems() {
        return result == null ? List.of() : result.items();
    }

    public int getPageCount() {
        return result == null ? 1 : Math.max(1, result.totalPages());
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
