package se.egalleria.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** Seats a resident booked in a slot. */
@Entity
@Table(name = "service_booking")
public class ServiceBooking extends TenantOwnedEntity {

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

    public int seats() {
        return seats;
    }
}
