package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** One bookable occasion of a service (Friday 10:00, 8 seats). */
@Entity
@Table(name = "service_slot")
@NamedQuery(name = ServiceSlot.UPCOMING_OF_SERVICE,
        query = "SELECT s FROM ServiceSlot s WHERE s.serviceId = :serviceId AND s.startsAt >= :from ORDER BY s.startsAt")
// Books only while seats remain, in one statement: two people taking the last seat at the same
// moment cannot both succeed, whatever the isolation level.
@NamedQuery(name = ServiceSlot.TAKE_SEATS,
        query = "UPDATE ServiceSlot s SET s.booked = s.booked + :seats WHERE s.id = :id AND s.booked + :seats <= s.capacity")
// Gives seats back (a cancelled booking); never below zero.
@NamedQuery(name = ServiceSlot.FREE_SEATS,
        query = "UPDATE ServiceSlot s SET s.booked = s.booked - :seats WHERE s.id = :id AND s.booked >= :seats")
// Changes the seats in the same way as booking takes them: a booking that lands at the same
// moment either counts against the new capacity or waits for it, never overshoots it.
@NamedQuery(name = ServiceSlot.CHANGE_CAPACITY,
        query = "UPDATE ServiceSlot s SET s.capacity = :capacity WHERE s.id = :id AND s.booked <= :capacity")
@NamedQuery(name = ServiceSlot.REMOVE_UNBOOKED, query = "DELETE FROM ServiceSlot s WHERE s.id = :id AND s.booked = 0")
@NamedQuery(name = ServiceSlot.OF_SERVICE, query = "SELECT s FROM ServiceSlot s WHERE s.serviceId = :serviceId")
@NamedQuery(name = ServiceSlot.REMOVE_OF_SERVICE, query = "DELETE FROM ServiceSlot s WHERE s.serviceId = :serviceId")
public class ServiceSlot extends TenantOwnedEntity {

    public static final String UPCOMING_OF_SERVICE = "ServiceSlot.upcomingOfService";
    public static final String TAKE_SEATS = "ServiceSlot.takeSeats";
    public static final String FREE_SEATS = "ServiceSlot.freeSeats";
    public static final String CHANGE_CAPACITY = "ServiceSlot.changeCapacity";
    public static final String REMOVE_UNBOOKED = "ServiceSlot.removeUnbooked";
    public static final String OF_SERVICE = "ServiceSlot.ofService";
    public static final String REMOVE_OF_SERVICE = "ServiceSlot.removeOfService";

    /** The most seats one occasion can have. */
    public static final int MAX_CAPACITY = 1000;

    @Column(name = "service_id", nullable = false, updatable = false)
    private long serviceId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "booked", nullable = false)
    private int booked;

    protected ServiceSlot() {
        // for JPA
    }

    public ServiceSlot(long serviceId, Instant startsAt, int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("A slot has 1 to " + MAX_CAPACITY + " seats");
        }
        this.serviceId = serviceId;
        this.startsAt = startsAt;
        this.capacity = capacity;
    }

    public long serviceId() {
        return serviceId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int capacity() {
        return capacity;
    }

    public int booked() {
        return booked;
    }

    public boolean isPast(Instant now) {
        return !startsAt.isAfter(now);
    }
}
