package se.egalleria.catalog.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.egalleria.account.application.Access;
import se.egalleria.account.application.CallerIdentity;
import se.egalleria.audit.AuditLog;
import se.egalleria.catalog.domain.BookingMode;
import se.egalleria.catalog.domain.ServiceBooking;
import se.egalleria.catalog.domain.ServiceListing;
import se.egalleria.catalog.domain.ServiceSlot;
import se.egalleria.shared.ConflictException;
import se.egalleria.shared.InvalidInputException;
import se.egalleria.shared.NotFoundException;
import se.egalleria.shared.Page;
import se.egalleria.shared.PageRequest;
import se.egalleria.shared.persistence.TenantEntityManager;
import se.egalleria.shop.application.ShopDirectory;

/** Service listings (laundry, parcel pickup, the shopping bus), their slots, and booking a seat. */
@Stateless
public class ServiceCatalogue {

    static final int MAX_SEATS_PER_BOOKING = 10;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private Access access;

    @Inject
    private ShopDirectory shops;

    @Inject
    private AuditLog audit;

    /** Visible services, by name; words as in product search. */
    public Page<ServiceSummary> search(String text, Long shopId, PageRequest page) {
        EntityManager em = tenantEm.current();
        WordSearch words = WordSearch.of(text);
        String where = " FROM ServiceListing s WHERE s.visible = TRUE" + (shopId == null ? "" : " AND s.shopId = :shopId")
                + words.conditions("s.name", "s.description");
        long total = shop(words.bind(em.createQuery("SELECT COUNT(s)" + where, Long.class)), shopId).getSingleResult();
        List<ServiceListing> services = shop(words.bind(em.createQuery("SELECT s" + where + " ORDER BY s.name, s.id",
                ServiceListing.class)), shopId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        Map<Long, String> shopNames = services.isEmpty() ? Map.of() : shops.namesById();
        return new Page<>(services.stream().map(s -> summary(s, shopNames.get(s.shopId()))).toList(), page.page(),
                page.size(), total);
    }

    public ServiceSummary get(long serviceId) {
        ServiceListing service = visible(serviceId);
        return summary(service, shops.get(service.shopId()).name());
    }

    public ServiceSummary create(long shopId, ServiceInput input) {
        String shopName = shops.get(shopId).name();
        CallerIdentity caller = access.requireShopManager(shopId);
        ServiceListing service = new ServiceListing(shopId, ServiceRules.check(input));
        EntityManager em = tenantEm.current();
        em.persist(service);
        em.flush();
        audit.record(caller.auditName(), "service.created", "service:" + service.id(), service.name());
        return summary(service, shopName);
    }

    /** Adds a bookable occasion to a service with booking by slots. */
    public SlotSummary addSlot(long serviceId, Instant startsAt, Integer capacity) {
        ServiceListing service = existing(serviceId);
        access.requireShopManager(service.shopId());
        if (service.booking() != BookingMode.SLOTS) {
            throw new InvalidInputException("serviceId", "error.service.notBookable");
        }
        if (startsAt == null) {
            throw new InvalidInputException("startsAt", "error.input.required");
        }
        if (capacity == null || capacity < 1 || capacity > 1000) {
            throw new InvalidInputException("capacity", "error.slot.capacity");
        }
        ServiceSlot slot = new ServiceSlot(serviceId, startsAt, capacity);
        tenantEm.current().persist(slot);
        tenantEm.current().flush();
        return slot(slot);
    }

    public List<SlotSummary> upcomingSlots(long serviceId) {
        visible(serviceId);
        return tenantEm.current().createNamedQuery(ServiceSlot.UPCOMING_OF_SERVICE, ServiceSlot.class)
                .setParameter("serviceId", serviceId).setParameter("from", Instant.now()).setMaxResults(100)
                .getResultStream().map(ServiceCatalogue::slot).toList();
    }

    /**
     * Books seats for the signed-in person. The seats are taken by one conditional UPDATE, so
     * however many book the last seat at once, only as many succeed as there are seats.
     */
    public BookingSummary book(long slotId, Integer seats) {
        CallerIdentity caller = access.requireAccount();
        int wanted = seats == null ? 1 : seats;
        if (wanted < 1 || wanted > MAX_SEATS_PER_BOOKING) {
            throw new InvalidInputException("seats", "error.slot.seats", MAX_SEATS_PER_BOOKING);
        }
        EntityManager em = tenantEm.current();
        ServiceSlot slot = em.find(ServiceSlot.class, slotId);
        if (slot == null) {
            throw new NotFoundException("error.slot.notFound", slotId);
        }
        if (!slot.startsAt().isAfter(Instant.now())) {
            throw new ConflictException("error.slot.past");
        }
        int taken = em.createNamedQuery(ServiceSlot.TAKE_SEATS).setParameter("seats", wanted)
                .setParameter("id", slotId).executeUpdate();
        if (taken == 0) {
            throw new ConflictException("error.slot.full");
        }
        ServiceBooking booking = new ServiceBooking(slotId, caller.id(), wanted);
        em.persist(booking);
        em.flush();
        return new BookingSummary(booking.id(), slotId, slot.serviceId(), slot.startsAt(), wanted);
    }

    private ServiceListing existing(long serviceId) {
        ServiceListing service = tenantEm.current().find(ServiceListing.class, serviceId);
        if (service == null) {
            throw new NotFoundException("error.service.notFound", serviceId);
        }
        return service;
    }

    private ServiceListing visible(long serviceId) {
        ServiceListing service = existing(serviceId);
        if (!service.isVisible()) {
            throw new NotFoundException("error.service.notFound", serviceId);
        }
        return service;
    }

    private static <T> TypedQuery<T> shop(TypedQuery<T> q, Long shopId) {
        return shopId == null ? q : q.setParameter("shopId", shopId);
    }

    private static ServiceSummary summary(ServiceListing s, String shopName) {
        return new ServiceSummary(s.id(), s.shopId(), shopName, s.name(), s.description(), s.kind().name(),
                s.priceOre(), s.vat() == null ? null : s.vat().percent(), s.priceOre() == null, s.booking().name(),
                s.phone(), s.phoneHours(), s.isVisible());
    }

    private static SlotSummary slot(ServiceSlot s) {
        return new SlotSummary(s.id(), s.serviceId(), s.startsAt(), s.capacity(), s.booked(),
                s.capacity() - s.booked());
    }
}
