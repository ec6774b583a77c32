-- The catalogue: the municipality's category tree, shops' products, service listings with
-- bookable slots. Search is LIKE on utf8mb4_swedish_ci (case-insensitive, ä is not a): see
-- docs/architecture.md, "Catalogue and search", for the scale notes.

CREATE TABLE category (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id  VARCHAR(40)  NOT NULL,
    parent_id  BIGINT,
    name       VARCHAR(120) NOT NULL,
    position   INT          NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_category PRIMARY KEY (id),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id),
    CONSTRAINT fk_category_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_category_tenant_parent ON category (tenant_id, parent_id, position);

CREATE TABLE product (
    id                 BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id          VARCHAR(40)  NOT NULL,
    shop_id            BIGINT       NOT NULL,
    sku                VARCHAR(40),
    ean                VARCHAR(14),
    name               VARCHAR(120) NOT NULL,
    description        TEXT         NOT NULL,
    category_id        BIGINT,
    price_ore          BIGINT       NOT NULL,
    vat_percent        INT          NOT NULL,
    unit               VARCHAR(10)  NOT NULL,
    net_quantity       INT,
    net_quantity_unit  VARCHAR(2),
    stock              INT,
    storage_class      VARCHAR(10)  NOT NULL,
    visible            BOOLEAN      NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT uq_product_shop_sku UNIQUE (shop_id, sku),
    CONSTRAINT uq_product_shop_ean UNIQUE (shop_id, ean),
    CONSTRAINT fk_product_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT ck_product_price CHECK (price_ore >= 0),
    CONSTRAINT ck_product_stock CHECK (stock IS NULL OR stock >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Residents browse visible products of one municipality by name, by category, by shop;
-- shop staff list their own shop's products.
CREATE INDEX ix_product_tenant_visible_name ON product (tenant_id, visible, name, id);
CREATE INDEX ix_product_tenant_category ON product (tenant_id, category_id, visible);
CREATE INDEX ix_product_shop_name ON product (shop_id, name, id);

CREATE TABLE service_listing (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id    VARCHAR(40)  NOT NULL,
    shop_id      BIGINT       NOT NULL,
    name         VARCHAR(120) NOT NULL,
    description  TEXT         NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    price_ore    BIGINT,
    vat_percent  INT,
    booking      VARCHAR(10)  NOT NULL,
    phone        VARCHAR(40),
    phone_hours  VARCHAR(200),
    visible      BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT pk_service_listing PRIMARY KEY (id),
    CONSTRAINT fk_service_listing_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT ck_service_listing_price CHECK (price_ore IS NULL OR price_ore >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_service_listing_tenant_name ON service_listing (tenant_id, visible, name, id);
CREATE INDEX ix_service_listing_shop ON service_listing (shop_id);

-- A bookable occasion of a service; booked never exceeds capacity (checked in the same UPDATE
-- that books, and by the constraint as a last line).
CREATE TABLE service_slot (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    service_id  BIGINT      NOT NULL,
    starts_at   DATETIME(6) NOT NULL,
    capacity    INT         NOT NULL,
    booked      INT         NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_service_slot PRIMARY KEY (id),
    CONSTRAINT fk_service_slot_service FOREIGN KEY (service_id) REFERENCES service_listing (id),
    CONSTRAINT ck_service_slot_capacity CHECK (booked >= 0 AND booked <= capacity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_service_slot_service_time ON service_slot (service_id, starts_at);

CREATE TABLE service_booking (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    slot_id     BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    seats       INT         NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_service_booking PRIMARY KEY (id),
    CONSTRAINT fk_service_booking_slot FOREIGN KEY (slot_id) REFERENCES service_slot (id),
    CONSTRAINT fk_service_booking_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_service_booking_slot ON service_booking (slot_id);
CREATE INDEX ix_service_booking_account ON service_booking (account_id);
