package se.egalleria.delivery.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/**
 * A carrier's delivery run (körning): date, vehicle or mode, kilometres driven, and the deliveries
 * it carried (the orders, and each order's handover to this carrier); the villages visited are those
 * of its deliveries.
 */
@Entity
@Table(name = "delivery_run")
public class DeliveryRun extends TenantOwnedEntity {

    @Column(name = "carrier_id", nullable = false, updatable = false)
    private long carrierId;

    @Column(name = "run_date", nullable = false)
    private LocalDate date;

    @Column(name = "vehicle", nullable = false, length = 60)
    private String vehicle;

    @Column(name = "km", nullable = false)
    private int km;

    @Column(name = "note", nullable = false, length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 190, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "delivery_run_order", joinColumns = @JoinColumn(name = "run_id"))
    @Column(name = "order_id", nullable = false)
    private Set<Long> orderIds = new HashSet<>();

    /**
     * The handovers (delivery attempts) it carried, one per order: what the run is evidence of, even
     * after a failed delivery has gone to another carrier. A handover is in one run only.
     */
    @ElementCollection
    @CollectionTable(name = "delivery_run_handover", joinColumns = @JoinColumn(name = "run_id"))
    @Column(name = "handover_id", nullable = false)
    private Set<Long> handoverIds = new HashSet<>();

    protected DeliveryRun() {
        // for JPA
    }

    /** {@code carried}: order id → the id of its handover to this carrier that the run carried. */
    public DeliveryRun(long carrierId, LocalDate date, String vehicle, int km, String note, Map<Long, Long> carried,
                       String recordedBy, Instant recordedAt) {
        if (carried.isEmpty()) {
            throw new IllegalArgumentException("A run carries at least one delivery");
        }
        this.carrierId = carrierId;
        this.date = date;
        this.vehicle = vehicle;
        this.km = km;
        this.note = note;
        this.orderIds = new HashSet<>(carried.keySet());
        this.handoverIds = new HashSet<>(carried.values());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long carrierId() {
        return carrierId;
    }

    public LocalDate date() {
        return date;
    }

    public String vehicle() {
        return vehicle;
    }

    public int km() {
        return km;
    }

    public String note() {
        return note;
    }

    public Set<Long> orderIds() {
        return Set.copyOf(orderIds);
    }

    public Set<Long> handoverIds() {
        return Set.copyOf(handoverIds);
    }
}
