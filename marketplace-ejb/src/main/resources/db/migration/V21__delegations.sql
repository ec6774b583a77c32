-- A resident lets another person (a relative, a home-care worker) order for them. The resident
-- invites by e-mail; the right is active once that person accepts, and ends when either withdraws.
CREATE TABLE delegation (
    id                  BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id           VARCHAR(40)  NOT NULL,
    resident_account_id BIGINT       NOT NULL,
    delegate_email      VARCHAR(190) NOT NULL,
    delegate_account_id BIGINT,
    status              VARCHAR(12)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    accepted_at         DATETIME(6),
    ended_at            DATETIME(6),
    ended_by            VARCHAR(190),
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_delegation PRIMARY KEY (id),
    CONSTRAINT fk_delegation_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug),
    CONSTRAINT fk_delegation_resident FOREIGN KEY (resident_account_id) REFERENCES account (id),
    CONSTRAINT fk_delegation_delegate FOREIGN KEY (delegate_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_delegation_resident ON delegation (tenant_id, resident_account_id, status);
CREATE INDEX ix_delegation_delegate_email ON delegation (tenant_id, delegate_email, status);
