-- Home-care staff (role HOME_CARE) order for the residents the municipality assigns to them. An
-- assignment is active until the administrator removes it (ended_at set); a new assignment of the
-- same pair is a new row, so history stays and orders placed meanwhile keep who placed them.
CREATE TABLE home_care_assignment (
    id                  BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id           VARCHAR(40)  NOT NULL,
    worker_account_id   BIGINT       NOT NULL,
    resident_account_id BIGINT       NOT NULL,
    assigned_at         DATETIME(6)  NOT NULL,
    assigned_by         VARCHAR(190) NOT NULL,
    ended_at            DATETIME(6),
    ended_by            VARCHAR(190),
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_home_care_assignment PRIMARY KEY (id),
    CONSTRAINT fk_home_care_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug),
    CONSTRAINT fk_home_care_worker FOREIGN KEY (worker_account_id) REFERENCES account (id),
    CONSTRAINT fk_home_care_resident FOREIGN KEY (resident_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The checkout's permission check (worker, resident, still active) and the worker's own list.
CREATE INDEX ix_home_care_worker ON home_care_assignment (tenant_id, worker_account_id, ended_at);
-- The resident's side (the administrator's list, deleting an account ends its assignments).
CREATE INDEX ix_home_care_resident ON home_care_assignment (tenant_id, resident_account_id, ended_at);
