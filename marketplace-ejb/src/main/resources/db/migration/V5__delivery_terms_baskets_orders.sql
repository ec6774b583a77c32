-- What a shop offers on delivery, the residents' baskets, and the orders placed from them.

-- Home delivery: on the shop's route days, to the villages it serves, above its minimum order.
ALTER TABLE shop ADD COLUMN home_delivery BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE shop ADD COLUMN route_days VARCHAR(80) NOT NULL DEFAULT '';
ALTER TABLE shop ADD COLUMN minimum_order_ore BIGINT NOT NULL DEFAULT 0;
ALTER TABLE shop ADD COLUMN shop_pickup BOOLEAN NOT NULL DEFAULT TRUE;
-- A service point (servicepunkt) also hands out other shops' orders for pickup.
ALTER TABLE shop ADD COLUMN service_point BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE shop_delivery_village (
    shop_id    BIGINT NOT NULL,
    village_id BIGINT NOT NULL,
    CONSTRAINT pk_shop_delivery_village PRIMARY KEY (shop_id, village_id),
    CONSTRAINT fk_shop_delivery_village_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_shop_delivery_village_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A basket is found by a random token the browser or app holds; only its digest is stored.
CREATE TABLE basket (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id    VARCHAR(40) NOT NULL,
    token_digest CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_basket PRIMARY KEY (id),
    CONSTRAINT uq_basket_token UNIQUE (token_digest),
    CONSTRAINT fk_basket_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE basket_item (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL,
    basket_id  BIGINT      NOT NULL,
    product_id BIGINT      NOT NULL,
    quantity   INT         NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT pk_basket_item PRIMARY KEY (id),
    CONSTRAINT uq_basket_item_product UNIQUE (basket_id, product_id),
    CONSTRAINT fk_basket_item_basket FOREIGN KEY (basket_id) REFERENCES basket (id) ON DELETE CASCADE,
    CONSTRAINT fk_basket_item_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_basket_item_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- One checkout places one order per shop. The idempotency key makes a retried submission
-- return the orders already placed; the follow token lets a guest open them from the e-mail.
CREATE TABLE checkout (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_digest  CHAR(64)     NOT NULL,
    follow_token    VARCHAR(64)  NOT NULL,
    account_id      BIGINT,
    placed_at       DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_checkout PRIMARY KEY (id),
    CONSTRAINT uq_checkout_key UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT fk_checkout_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE customer_order (
    id                    BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id             VARCHAR(40)  NOT NULL,
    checkout_id           BIGINT       NOT NULL,
    shop_id               BIGINT       NOT NULL,
    account_id            BIGINT,
    status                VARCHAR(30)  NOT NULL,
    customer_name         VARCHAR(120) NOT NULL,
    customer_email        VARCHAR(190) NOT NULL,
    customer_phone        VARCHAR(40)  NOT NULL,
    street_address        VARCHAR(200) NOT NULL,
    postal_code           CHAR(5)      NOT NULL,
    village_id            BIGINT       NOT NULL,
    delivery_instructions VARCHAR(500) NOT NULL,
    delivery_method       VARCHAR(30)  NOT NULL,
    delivery_date         DATE,
    pickup_shop_id        BIGINT,
    payment_method        VARCHAR(30)  NOT NULL,
    payment_status        VARCHAR(30)  NOT NULL,
    items_total_ore       BIGINT       NOT NULL,
    delivery_fee_ore      BIGINT       NOT NULL,
    total_ore             BIGINT       NOT NULL,
    locale                VARCHAR(10)  NOT NULL,
    placed_at             DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT pk_customer_order PRIMARY KEY (id),
    CONSTRAINT fk_customer_order_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
    CONSTRAINT fk_customer_order_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_customer_order_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_customer_order_pickup_shop FOREIGN KEY (pickup_shop_id) REFERENCES shop (id),
    CONSTRAINT ck_customer_order_total CHECK (total_ore = items_total_ore + delivery_fee_ore)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- A shop's orders newest first; a resident's orders newest first; the orders of one checkout.
CREATE INDEX ix_customer_order_shop_placed ON customer_order (shop_id, placed_at, id);
CREATE INDEX ix_customer_order_account_placed ON customer_order (account_id, placed_at, id);
CREATE INDEX ix_customer_order_checkout ON customer_order (checkout_id);

-- Name, price and VAT as they were when the order was placed: later catalogue changes never alter an order.
CREATE TABLE order_line (
    id             BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id      VARCHAR(40)  NOT NULL,
    order_id       BIGINT       NOT NULL,
    line_number    INT          NOT NULL,
    product_id     BIGINT       NOT NULL,
    product_name   VARCHAR(120) NOT NULL,
    ean            VARCHAR(14),
    unit           VARCHAR(10)  NOT NULL,
    storage_class  VARCHAR(10)  NOT NULL,
    quantity       INT          NOT NULL,
    unit_price_ore BIGINT       NOT NULL,
    vat_percent    INT          NOT NULL,
    line_total_ore BIGINT       NOT NULL,
    vat_ore        BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_order_line PRIMARY KEY (id),
    CONSTRAINT uq_order_line_number UNIQUE (order_id, line_number),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
