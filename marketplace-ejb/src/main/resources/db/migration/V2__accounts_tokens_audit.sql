-- Who may do what: accounts of a municipality with their roles, platform operators, API tokens,
-- one-time e-mail tokens (verification, password reset, invitation) and the audit log.

CREATE TABLE account (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    email           VARCHAR(190) NOT NULL,
    password_hash   VARCHAR(400),
    display_name    VARCHAR(120) NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    failed_logins   INT          NOT NULL,
    locked_until    DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_tenant_email UNIQUE (tenant_id, email),
    CONSTRAINT fk_account_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A role of an account; shop staff and carriers name the shop or carrier they act for.
CREATE TABLE membership (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(30) NOT NULL,
    shop_id     BIGINT,
    carrier_id  BIGINT,
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_membership_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_membership_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_membership_account ON membership (account_id);

-- Platform operators belong to no municipality.
CREATE TABLE platform_operator (
    id             BIGINT AUTO_INCREMENT NOT NULL,
    email          VARCHAR(190) NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    failed_logins  INT          NOT NULL,
    locked_until   DATETIME(6),
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_platform_operator PRIMARY KEY (id),
    CONSTRAINT uq_platform_operator_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Bearer tokens for the API. Only a SHA-256 of the token is stored.
CREATE TABLE access_token (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    tenant_id    VARCHAR(40),
    account_id   BIGINT,
    operator_id  BIGINT,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT pk_access_token PRIMARY KEY (id),
    CONSTRAINT uq_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_access_token_operator FOREIGN KEY (operator_id) REFERENCES platform_operator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_access_token_account ON access_token (account_id);

-- Links sent by e-mail: verify the address, reset the password, accept an invitation.
CREATE TABLE one_time_token (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(30) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_one_time_token PRIMARY KEY (id),
    CONSTRAINT uq_one_time_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_one_time_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_one_time_token_account ON one_time_token (account_id);

-- Who did which administrative action, when, in which municipality (NULL: the platform).
CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id    VARCHAR(40),
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(190) NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    target       VARCHAR(190) NOT NULL,
    detail       VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_audit_event_tenant_time ON audit_event (tenant_id, occurred_at);
