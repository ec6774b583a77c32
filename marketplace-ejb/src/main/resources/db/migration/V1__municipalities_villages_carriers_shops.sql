-- Municipalities (tenants) and what their gallery is built on: villages, carriers and shops.
-- Written once for MariaDB/MySQL and H2 in MySQL mode (see shared/stack-notes.md, "portable").
-- Every tenant-owned table carries tenant_id = municipality.slug (EclipseLink @Multitenant).

CREATE TABLE municipality (
    id                       BIGINT AUTO_INCREMENT NOT NULL,
    slug                     VARCHAR(40)  NOT NULL,
    name                     VARCHAR(120) NOT NULL,
    county                   VARCHAR(120) NOT NULL,
    default_locale           VARCHAR(10)  NOT NULL,
    primary_color            VARCHAR(7)   NOT NULL,
    accent_color             VARCHAR(7)   NOT NULL,
    welcome_text_sv          TEXT         NOT NULL,
    welcome_text_en          TEXT         NOT NULL,
    logo                     LONGBLOB,
    logo_content_type        VARCHAR(60),
    contact_email            VARCHAR(190),
    contact_phone            VARCHAR(40),
    delivery_fee_ore         BIGINT       NOT NULL,
    delivery_eligible_groups VARCHAR(255) NOT NULL,
    active                   BOOLEAN      NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT pk_municipality PRIMARY KEY (id),
    CONSTRAINT uq_municipality_slug UNIQUE (slug),
    CONSTRAINT ck_municipality_fee CHECK (delivery_fee_ore >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Host names are unique across the platform: one host, one gallery.
CREATE TABLE municipality_host (
    host_name       VARCHAR(190) NOT NULL,
    municipality_id BIGINT       NOT NULL,
    CONSTRAINT pk_municipality_host PRIMARY KEY (host_name),
    CONSTRAINT fk_municipality_host_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_municipality_host_municipality ON municipality_host (municipality_id);

CREATE TABLE village (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id  VARCHAR(40)   NOT NULL,
    name       VARCHAR(120)  NOT NULL,
    latitude   DECIMAL(9, 6) NOT NULL,
    longitude  DECIMAL(9, 6) NOT NULL,
    households INT,
    version    BIGINT        NOT NULL,
    CONSTRAINT pk_village PRIMARY KEY (id),
    CONSTRAINT uq_village_tenant_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_village_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE carrier (
    id        BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id VARCHAR(40)  NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(120) NOT NULL,
    mode      VARCHAR(30)  NOT NULL,
    phone     VARCHAR(40),
    version   BIGINT       NOT NULL,
    CONSTRAINT pk_carrier PRIMARY KEY (id),
    CONSTRAINT uq_carrier_tenant_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_carrier_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE shop (
    id            BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id     VARCHAR(40)  NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    village_id    BIGINT       NOT NULL,
    description   TEXT         NOT NULL,
    opening_hours VARCHAR(500) NOT NULL,
    phone         VARCHAR(40)  NOT NULL,
    email         VARCHAR(190) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_shop PRIMARY KEY (id),
    CONSTRAINT uq_shop_tenant_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_shop_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug),
    CONSTRAINT fk_shop_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The shop list is read per tenant, sorted by name, one page at a time.
CREATE INDEX ix_shop_tenant_name ON shop (tenant_id, name, id);
CREATE INDEX ix_shop_village ON shop (village_id);
