package se.egalleria.ordering.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.egalleria.account.application.OrderingFor;
import se.egalleria.ordering.domain.CustomerOrder;
import se.egalleria.ordering.domain.OrderNumber;
import se.egalleria.shared.persistence.TenantEntityManager;

/**
 * The contact details to order for a resident with: those of the resident's latest order (name,
 * e-mail, phone, address, village), or only the name and e-mail of their account when they never
 * ordered. A relative or home-care worker ordering for them then does not type them again, and the
 * delivery (and so the subsidy's household) is the resident's.
 */
@Stateless
public class ResidentContacts {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private OrderingFor orderingFor;

    /** For a resident the signed-in caller may order for (403 / 404 otherwise). */
    public KnownCustomer contactFor(long residentAccountId) {
        return of(orderingFor.requireMayOrderFor(residentAccountId));
    }

    /** The latest order's number of each of these accounts that has one (one grouped query). */
    public Map<Long, String> latestOrderNumbers(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = tenantEm.current().createQuery("SELECT o.accountId, MAX(o.id) FROM CustomerOrder o"
                + " WHERE o.accountId IN :ids GROUP BY o.accountId", Object[].class).setParameter("ids", accountIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> OrderNumber.of(((Number) r[1]).longValue())));
    }

    /** For a recipient whose permission the caller (checkout) has already checked. */
    public KnownCustomer of(OrderingFor.Recipient recipient) {
        return tenantEm.current().createQuery("SELECT o FROM CustomerOrder o WHERE o.accountId = :account"
                        + " ORDER BY o.placedAt DESC, o.id DESC", CustomerOrder.class)
                .setParameter("account", recipient.residentAccountId()).setMaxResults(1).getResultStream()
                .findFirst()
                .map(o -> new KnownCustomer(o.customer().name(), blankTo(o.customer().email(),
                        recipient.residentEmail()), o.customer().phone(), o.address().street(),
                        o.address().postalCode(), o.address().villageId()))
                .orElseGet(() -> new KnownCustomer(recipient.residentName(), recipient.residentEmail(), null, null,
                        null, 0));
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
