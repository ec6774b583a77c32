-- A carrier's delivery run (körning): one trip on one day that carried deliveries, possibly from
-- several shops, to one or more villages. Each delivery belongs to at most one run.
CREATE TABLE delivery_run (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40)  NOT NULL,
    carrier_id  BIGINT       NOT NULL,
    run_date    DATE         NOT NULL,
    vehicle     VARCHAR(60)  NOT NULL,
    km          INT          NOT NULL,
    note        VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(190) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_delivery_run PRIMARY KEY (id),
    CONSTRAINT fk_delivery_run_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id),
    CONSTRAINT ck_delivery_run_km CHECK (km >= 0 AND km <= 5000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_delivery_run_carrier_date ON delivery_run (carrier_id, run_date);

CREATE TABLE delivery_run_order (
    run_id   BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    CONSTRAINT pk_delivery_run_order PRIMARY KEY (run_id, order_id),
    CONSTRAINT uq_delivery_run_order_order UNIQUE (order_id),
    CONSTRAINT fk_delivery_run_order_run FOREIGN KEY (run_id) REFERENCES delivery_run (id),
    CONSTRAINT fk_delivery_run_order_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
