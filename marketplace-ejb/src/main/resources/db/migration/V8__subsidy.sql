-- The home-delivery subsidy: the municipality's rules, the register of approved households, and
-- approved (locked) monthly reports.
ALTER TABLE municipality ADD COLUMN subsidy_payment_ore BIGINT NOT NULL DEFAULT 0;
ALTER TABLE municipality ADD COLUMN subsidy_minimum_order_ore BIGINT NOT NULL DEFAULT 0;
ALTER TABLE municipality ADD COLUMN subsidy_minimum_distance_m INT NOT NULL DEFAULT 0;
ALTER TABLE municipality ADD COLUMN subsidy_max_per_week INT NOT NULL DEFAULT 0;
ALTER TABLE municipality ADD COLUMN subsidy_state_cap_ore BIGINT NOT NULL DEFAULT 10000;
ALTER TABLE municipality ADD COLUMN subsidy_price_base_ore BIGINT NOT NULL DEFAULT 5920000;

-- A household approved for subsidised delivery: only what the decision needs (GDPR).
CREATE TABLE subsidy_approval (
    id            BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id     VARCHAR(40)  NOT NULL,
    household     VARCHAR(300) NOT NULL,
    name          VARCHAR(120) NOT NULL,
    street        VARCHAR(200) NOT NULL,
    postal_code   CHAR(5)      NOT NULL,
    village_id    BIGINT       NOT NULL,
    basis         VARCHAR(20)  NOT NULL,
    approved_by   VARCHAR(190) NOT NULL,
    approved_at   DATETIME(6)  NOT NULL,
    valid_until   DATE,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_subsidy_approval PRIMARY KEY (id),
    CONSTRAINT uq_subsidy_approval_household UNIQUE (tenant_id, household),
    CONSTRAINT fk_subsidy_approval_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- An approved monthly report, stored as it was approved (JSON), so later changes never alter it.
CREATE TABLE subsidy_report (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id    VARCHAR(40) NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    report_month CHAR(7)     NOT NULL,
    content      LONGTEXT    NOT NULL,
    deliveries   INT         NOT NULL,
    households   INT         NOT NULL,
    subsidy_ore  BIGINT      NOT NULL,
    fees_ore     BIGINT      NOT NULL,
    approved_by  VARCHAR(190) NOT NULL,
    approved_at  DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_subsidy_report PRIMARY KEY (id),
    CONSTRAINT uq_subsidy_report UNIQUE (tenant_id, kind, subject_id, report_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_subsidy_report_month ON subsidy_report (tenant_id, report_month);
