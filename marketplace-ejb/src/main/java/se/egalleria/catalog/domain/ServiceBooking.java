package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** Seats a resident booked in a slot. */
@Entity
@Table(name = "service_booking")
// Removing by id and counting the rows lets two cancellations of one booking free its seats once.
@NamedQuery(name = ServiceBooking.REMOVE, query = "DELETE FROM ServiceBooking b WHERE b.id = :id")
// By the slots' ids: a subquery here makes EclipseLink's MySQL platform write DELETE ... USING, which H2 lacks.
@NamedQuery(name = ServiceBooking.REMOVE_OF_SLOTS, query = "DELETE FROM ServiceBooking b WHERE b.slotId IN :slotIds")
@NamedQuery(name = ServiceBooking.UPCOMING_OF_ACCOUNT, query = "SELECT b, s, l FROM ServiceBooking b, ServiceSlot s,"
        + " ServiceListing l WHERE s.id = b.slotId AND l.id = s.serviceId AND b.accountId = :accountId"
        + " AND s.startsAt > :from ORDER BY s.startsAt, b.id")
// Bookings of shopping trips (the shopping bus, services marked as organised trips) whose occasion
// starts in a period, for the subsidy reports; served by ix_service_slot_tenant_start.
@NamedQuery(name = ServiceBooking.TRIPS_STARTING, query = "SELECT b, s, l FROM ServiceBooking b, ServiceSlot s,"
        + " ServiceListing l WHERE s.id = b.slotId AND l.id = s.serviceId AND s.startsAt >= :from"
        + " AND s.startsAt < :to AND (l.kind = :bus OR l.organisedTrip = TRUE) ORDER BY s.startsAt, b.id")
@NamedQuery(name = ServiceBooking.TRIPS_OF_ACCOUNT, query = "SELECT b FROM ServiceBooking b WHERE"
        + " b.accountId = :accountId AND b.household.villageId IS NOT NULL")
public class ServiceBooking extends TenantOwnedEntity {

    public static final String REMOVE = "ServiceBooking.remove";
    public static final String REMOVE_OF_SLOTS = "ServiceBooking.removeOfSlots";
    public static final String UPCOMING_OF_ACCOUNT = "ServiceBooking.upcomingOfAccount";
    public static final String TRIPS_STARTING = "ServiceBooking.tripsStarting";
    public static final String TRIPS_OF_ACCOUNT = "ServiceBooking.tripsOfAccount";

    @Column(name = "slot_id", nullable = false, updatable = false)
    private long slotId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "seats", nullable = false, updatable = false)
    private int seats;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Only for shopping trips, and only when an address was known. */
    @Embedded
    private TripHousehold household;

    protected ServiceBooking() {
        // for JPA
    }

    public ServiceBooking(long slotId, long accountId, int seats) {
        this(slotId, accountId, seats, null);
    }

    /** A booking of a shopping trip, for the household it carries (null: no address known). */
    public ServiceBooking(long slotId, long accountId, int seats, TripHousehold household) {
        this.slotId = slotId;
        this.accountId = accountId;
        this.seats = seats;
        this.household = household;
        this.createdAt = Instant.now();
    }

    /** The household of a shopping trip's booking, while an address is known. */
    public Optional<TripHousehold> household() {
        return Optional.ofNullable(household).filter(h -> h.villageId() != null);
    }

    /** Its account was deleted: the household's name and address go, the village stays. */
    public void forgetHousehold() {
        if (household != null) {
            household.anonymise();
        }
    }

    public long slotId() {
        return slotId;
    }

    public long accountId() {
        return accountId;
    }

    public int seats() {
        return seats;
    }
}
