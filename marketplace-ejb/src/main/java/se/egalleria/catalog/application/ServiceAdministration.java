package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.domain.BookingMode;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.catalog.domain.ServiceDetails;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/**
 * Shop staff keep their shop's service listings (the municipality's administrators may help):
 * add, change with optimistic locking, hide and show, remove while no one has a seat booked.
 */
@Stateless
public class ServiceAdministration {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private AuditLog audit;

    /** The shop's services, hidden ones included, by name. */
    public Page<ServiceSummary> listOfShop(long shopId, PageRequest page) {
        String shopName = shops.get(shopId).name();
        access.requireShopManager(shopId);
        EntityManager em = tenantEm.current();
        long total = em.createNamedQuery(ServiceListing.COUNT_OF_SHOP, Long.class).setParameter("shopId", shopId)
                .getSingleResult();
        List<ServiceSummary> services = em.createNamedQuery(ServiceListing.OF_SHOP, ServiceListing.class)
                .setParameter("shopId", shopId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(s -> ServiceMapping.summary(s, shopName)).toList();
        return new Page<>(services, page.page(), page.size(), total);
    }

    /** One service of a shop the caller manages, hidden or not. */
    public ServiceSummary get(long serviceId) {
        ServiceListing service = ServiceMapping.managed(tenantEm.current(), access, serviceId);
        return ServiceMapping.summary(service, shops.get(service.shopId()).name());
    }

    public ServiceSummary create(long shopId, ServiceInput input) {
        String shopName = shops.get(shopId).name();
        CallerIdentity caller = access.requireShopManager(shopId);
        ServiceListing service = new ServiceListing(shopId, ServiceRules.check(input));
        EntityManager em = tenantEm.current();
        em.persist(service);
        em.flush();
        audit.record(caller.auditName(), "service.created", "service:" + service.id(), service.name());
        return ServiceMapping.summary(service, shopName);
    }

    /**
     * Changes a service; the caller sends the version it saw. A service with seats booked ahead
     * keeps its slots: it cannot switch to booking by phone until those bookings have passed.
     */
    public ServiceSummary update(long serviceId, ServiceInput input) {
        EntityManager em = tenantEm.current();
        ServiceListing service = ServiceMapping.managed(em, access, serviceId);
        if (input == null || input.version() == null) {
            throw new InvalidInputException("version", "error.input.required");
        }
        if (input.version() != service.version()) {
            throw new ConflictException("error.service.changedMeanwhile");
        }
        ServiceDetails details = ServiceRules.check(input);
        if (service.booking() == BookingMode.SLOTS && details.booking() != BookingMode.SLOTS
                && !bookedAhead(em.createNamedQuery(ServiceSlot.OF_SERVICE, ServiceSlot.class)
                        .setParameter("serviceId", serviceId).getResultList()).isEmpty()) {
            throw new ConflictException("error.service.bookedAheadBooking");
        }
        service.describe(details);
        em.flush();
        return ServiceMapping.summary(service, shops.get(service.shopId()).name());
    }

    /** Hides the service from residents (its bookings stay), or shows it again. */
    public ServiceSummary setVisible(long serviceId, boolean visible) {
        EntityManager em = tenantEm.current();
        ServiceListing service = ServiceMapping.managed(em, access, serviceId);
        if (visible) {
            service.show();
        } else {
            service.hide();
        }
        em.flush();
        return ServiceMapping.summary(service, shops.get(service.shopId()).name());
    }

    /**
     * Removes the service with its slots and past bookings. Refused while anyone has a seat
     * booked ahead (hiding is the way then); the slots are locked first, so no booking can slip
     * in between the check and the removal.
     */
    public void delete(long serviceId) {
        EntityManager em = tenantEm.current();
        ServiceListing service = ServiceMapping.existing(em, serviceId);
        CallerIdentity caller = access.requireShopManager(service.shopId());
        List<ServiceSlot> slots = em.createNamedQuery(ServiceSlot.OF_SERVICE, ServiceSlot.class)
                .setParameter("serviceId", serviceId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (!bookedAhead(slots).isEmpty()) {
            throw new ConflictException("error.service.bookedAhead");
        }
        if (!slots.isEmpty()) {
            em.createNamedQuery(ServiceBooking.REMOVE_OF_SLOTS)
                    .setParameter("slotIds", slots.stream().map(ServiceSlot::id).toList()).executeUpdate();
            em.createNamedQuery(ServiceSlot.REMOVE_OF_SERVICE).setParameter("serviceId", serviceId).executeUpdate();
        }
        em.remove(service);
        em.flush();
        audit.record(caller.auditName(), "service.deleted", "service:" + serviceId, service.name());
    }

    private static List<ServiceSlot> bookedAhead(List<ServiceSlot> slots) {
        Instant now = Instant.now();
        return slots.stream().filter(s -> s.booked() > 0 && !s.isPast(now)).toList();
    }
}
