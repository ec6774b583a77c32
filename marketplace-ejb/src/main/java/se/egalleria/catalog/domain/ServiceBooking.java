package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
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
public class ServiceBooking extends TenantOwnedEntity {

    public static final String REMOVE = "ServiceBooking.remove";
    public static final String REMOVE_OF_SLOTS = "ServiceBooking.removeOfSlots";
    public static final String UPCOMING_OF_ACCOUNT = "ServiceBooking.upcomingOfAccount";

    @Column(name = "slot_id", nullable = false, updatable = false)
    private long slotId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "seats", nullable = false, updatable = false)
    private int seats;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ServiceBooking() {
        // for JPA
    }

    public ServiceBooking(long slotId, long accountId, int seats) {
        this.slotId = slotId;
        this.accountId = accountId;
        this.seats = seats;
        this.createdAt = Instant.now();
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
