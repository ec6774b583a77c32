package se.egalleria.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import se.egalleria.shared.persistence.TenantOwnedEntity;

/** One step in an order's history: who moved it to which status, when, and why. */
@Entity
@Table(name = "order_event")
@NamedQuery(name = OrderEvent.OF_ORDER,
        query = "SELECT e FROM OrderEvent e WHERE e.orderId = :orderId ORDER BY e.happenedAt, e.id")
public class OrderEvent extends TenantOwnedEntity {

    public static final String OF_ORDER = "OrderEvent.ofOrder";

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30, updatable = false)
    private OrderStatus status;

    @Column(name = "actor", nullable = false, length = 190, updatable = false)
    private String actor;

    @Column(name = "note", nullable = false, length = 500, updatable = false)
    private String note;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    /** On a handover only: the carrier that got the order this time (the order's carrier may change later). */
    @Column(name = "carrier_id", updatable = false)
    private Long carrierId;

    protected OrderEvent() {
        // for JPA
    }

    public OrderEvent(long orderId, OrderStatus status, String actor, String note, Instant happenedAt) {
        this.orderId = orderId;
        this.status = status;
        this.actor = actor;
        this.note = note;
        this.happenedAt = happenedAt;
    }

    /**
     * The order was handed to a carrier: one delivery attempt, which that carrier's delivery run
     * records, whoever carries the order after a failed attempt.
     */
    public static OrderEvent handover(long orderId, long carrierId, String actor, String note, Instant happenedAt) {
        OrderEvent event = new OrderEvent(orderId, OrderStatus.HANDED_TO_CARRIER, actor, note, happenedAt);
        event.carrierId = carrierId;
        return event;
    }

    public Long carrierId() {
        return carrierId;
    }

    public long orderId() {
        return orderId;
    }

    public OrderStatus status() {
        return status;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant happenedAt() {
        return happenedAt;
    }
}
