-- The shop's and the carrier's workflow on an order: who carries it, where it stands, and the
-- history of every step (who, when, why).
ALTER TABLE customer_order ADD COLUMN carrier_id BIGINT;
ALTER TABLE customer_order ADD COLUMN status_changed_at DATETIME(6);
UPDATE customer_order SET status_changed_at = placed_at;
-- The reason of a rejection or a failed delivery, or the carrier's note on a delivery: the resident sees it.
ALTER TABLE customer_order ADD COLUMN status_note VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE customer_order ADD COLUMN delivered_at DATETIME(6);
ALTER TABLE customer_order ADD COLUMN recipient_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id);

-- The shop's inbox filters by status and route day; a carrier lists its orders by day.
CREATE INDEX ix_customer_order_shop_status ON customer_order (shop_id, status, delivery_date);
CREATE INDEX ix_customer_order_carrier_date ON customer_order (carrier_id, delivery_date);

CREATE TABLE order_event (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40)  NOT NULL,
    order_id    BIGINT       NOT NULL,
    status      VARCHAR(30)  NOT NULL,
    actor       VARCHAR(190) NOT NULL,
    note        VARCHAR(500) NOT NULL,
    happened_at DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_order_event PRIMARY KEY (id),
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_order_event_order ON order_event (order_id, happened_at);
