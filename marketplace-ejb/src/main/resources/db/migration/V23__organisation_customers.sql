-- Organisation customers (kompletteringsinköp): a municipality's own units (a school kitchen, an
-- elderly-care home) buy from local shops under a framework agreement per shop, pay by invoice,
-- and stay within a monthly limit. Their orders are marked on customer_order and never count
-- toward the home-delivery subsidy.
CREATE TABLE organisation_unit (
    id                BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id         VARCHAR(40)  NOT NULL,
    name              VARCHAR(120) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    invoice_reference VARCHAR(120) NOT NULL,
    street            VARCHAR(200) NOT NULL,
    postal_code       VARCHAR(10)  NOT NULL,
    village_id        BIGINT       NOT NULL,
    phone             VARCHAR(40)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_organisation_unit PRIMARY KEY (id),
    CONSTRAINT uq_organisation_unit_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_organisation_unit_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug),
    CONSTRAINT fk_organisation_unit_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- One agreement per unit and shop; above_limit is REFUSE or NEEDS_APPROVAL.
CREATE TABLE framework_agreement (
    id                BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id         VARCHAR(40)  NOT NULL,
    unit_id           BIGINT       NOT NULL,
    shop_id           BIGINT       NOT NULL,
    reference         VARCHAR(120) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    monthly_limit_ore BIGINT       NOT NULL,
    above_limit       VARCHAR(20)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_framework_agreement PRIMARY KEY (id),
    CONSTRAINT uq_framework_agreement_unit_shop UNIQUE (tenant_id, unit_id, shop_id),
    CONSTRAINT fk_framework_agreement_unit FOREIGN KEY (unit_id) REFERENCES organisation_unit (id),
    CONSTRAINT fk_framework_agreement_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_framework_agreement_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug),
    CONSTRAINT ck_framework_agreement_limit CHECK (monthly_limit_ore >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The agreed price list: when an agreement has rows here, only these products, at these prices.
CREATE TABLE agreed_price (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id    VARCHAR(40) NOT NULL,
    agreement_id BIGINT      NOT NULL,
    product_id   BIGINT      NOT NULL,
    price_ore    BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_agreed_price PRIMARY KEY (id),
    CONSTRAINT uq_agreed_price_product UNIQUE (agreement_id, product_id),
    CONSTRAINT fk_agreed_price_agreement FOREIGN KEY (agreement_id) REFERENCES framework_agreement (id),
    CONSTRAINT fk_agreed_price_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_agreed_price_ore CHECK (price_ore > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Who in the unit may order: invited by e-mail, an account of the municipality.
CREATE TABLE unit_orderer (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id  VARCHAR(40)  NOT NULL,
    unit_id    BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    email      VARCHAR(190) NOT NULL,
    invited_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_unit_orderer PRIMARY KEY (id),
    CONSTRAINT uq_unit_orderer UNIQUE (tenant_id, unit_id, account_id),
    CONSTRAINT fk_unit_orderer_unit FOREIGN KEY (unit_id) REFERENCES organisation_unit (id),
    CONSTRAINT fk_unit_orderer_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_unit_orderer_account ON unit_orderer (tenant_id, account_id);

-- The unit an order was placed for (its name copied, like everything else on an order).
ALTER TABLE customer_order ADD COLUMN organisation_unit_id BIGINT;
ALTER TABLE customer_order ADD COLUMN organisation_name VARCHAR(120);
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_organisation_unit
    FOREIGN KEY (organisation_unit_id) REFERENCES organisation_unit (id);
-- Spending per unit, shop and month, and the month's invoice summary.
CREATE INDEX ix_customer_order_organisation ON customer_order (tenant_id, organisation_unit_id, shop_id, placed_at);
