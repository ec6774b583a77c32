-- A delivery run records the handover it carried (one delivery attempt), not just the order: after a
-- failed delivery the order can be handed to another carrier, whose run must be able to carry it too,
-- while the first carrier's run still shows what it carried. A handover is the HANDED_TO_CARRIER
-- step in the order's history, now with the carrier it went to.
ALTER TABLE order_event ADD COLUMN carrier_id BIGINT;
ALTER TABLE order_event ADD CONSTRAINT fk_order_event_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id);
CREATE INDEX ix_order_event_carrier ON order_event (carrier_id, status, happened_at);

-- Until now the carrier of a handover was the order's carrier, unless a run of another carrier
-- recorded the order after the handover (it had failed and been given to someone else since).
UPDATE order_event SET carrier_id = (SELECT o.carrier_id FROM customer_order o WHERE o.id = order_event.order_id)
WHERE status = 'HANDED_TO_CARRIER';
UPDATE order_event SET carrier_id = (SELECT r.carrier_id FROM delivery_run r, delivery_run_order ro
                                     WHERE ro.run_id = r.id AND ro.order_id = order_event.order_id)
WHERE status = 'HANDED_TO_CARRIER' AND EXISTS (SELECT 1 FROM delivery_run r, delivery_run_order ro
                                              WHERE ro.run_id = r.id AND ro.order_id = order_event.order_id
                                                AND r.recorded_at >= order_event.happened_at);

CREATE TABLE delivery_run_handover (
    run_id      BIGINT NOT NULL,
    handover_id BIGINT NOT NULL,
    CONSTRAINT pk_delivery_run_handover PRIMARY KEY (run_id, handover_id),
    CONSTRAINT uq_delivery_run_handover_handover UNIQUE (handover_id),
    CONSTRAINT fk_delivery_run_handover_run FOREIGN KEY (run_id) REFERENCES delivery_run (id),
    CONSTRAINT fk_delivery_run_handover_handover FOREIGN KEY (handover_id) REFERENCES order_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Each recorded order's latest handover to the run's carrier before the run was recorded.
INSERT INTO delivery_run_handover (run_id, handover_id)
SELECT ro.run_id, COALESCE(
    (SELECT MAX(e.id) FROM order_event e, delivery_run r
     WHERE r.id = ro.run_id AND e.order_id = ro.order_id AND e.status = 'HANDED_TO_CARRIER'
       AND e.carrier_id = r.carrier_id AND e.happened_at <= r.recorded_at),
    (SELECT MAX(e.id) FROM order_event e WHERE e.order_id = ro.order_id AND e.status = 'HANDED_TO_CARRIER'))
FROM delivery_run_order ro
WHERE EXISTS (SELECT 1 FROM order_event e WHERE e.order_id = ro.order_id AND e.status = 'HANDED_TO_CARRIER');

-- An order may now be in several runs (one per attempt). The foreign key on order_id goes first and
-- comes back on a plain index: H2 would otherwise keep the unique index for the foreign key.
ALTER TABLE delivery_run_order DROP CONSTRAINT fk_delivery_run_order_order;
ALTER TABLE delivery_run_order DROP CONSTRAINT uq_delivery_run_order_order;
CREATE INDEX ix_delivery_run_order_order ON delivery_run_order (order_id);
ALTER TABLE delivery_run_order ADD CONSTRAINT fk_delivery_run_order_order
    FOREIGN KEY (order_id) REFERENCES customer_order (id);
