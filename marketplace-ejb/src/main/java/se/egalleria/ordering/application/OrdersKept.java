package se.egalleria.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import se.egalleria.account.application.PersonalDataSource;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.shared.persistence.TenantEntityManager;

/** A person's orders with the contact details and address they gave, in the download of their data. */
@ApplicationScoped
class OrdersKept implements PersonalDataSource {

    /** Far more than a household orders; the download stays bounded all the same. */
    private static final int MAX = 10_000;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private OrderViews views;

    @Override
    public String section() {
        return "orders";
    }

    @Override
    public List<OrderDetail> keptAbout(long accountId) {
        return views.details(tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE"
                        + " o.accountId = :account ORDER BY o.placedAt, o.id", CustomerOrder.class)
                .setParameter("account", accountId)
                .setHint(QueryHints.BATCH, "o.lines")
                .setMaxResults(MAX)
                .getResultList());
    }
}
