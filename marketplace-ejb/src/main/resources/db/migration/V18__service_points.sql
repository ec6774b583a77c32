-- Service points (servicepunkter): the criteria each municipality sets, how many a shop must meet,
-- and per shop which criteria it meets, its contract period and yearly compensation. Whether a shop
-- IS a service point stays in shop.service_point (checkout's pickup choice reads it); designation
-- sets it. A municipality without rows here gets Örnsköldsvik's five criteria, 3 of 5, on first use.
CREATE TABLE service_point_policy (
    id                BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id         VARCHAR(40) NOT NULL,
    criteria_required INT         NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT pk_service_point_policy PRIMARY KEY (id),
    CONSTRAINT uq_service_point_policy_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_service_point_policy_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE service_point_criterion (
    id        BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id VARCHAR(40)  NOT NULL,
    name      VARCHAR(120) NOT NULL,
    sort_order INT         NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT pk_service_point_criterion PRIMARY KEY (id),
    CONSTRAINT uq_service_point_criterion_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_service_point_criterion_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_service_point_criterion_order ON service_point_criterion (tenant_id, sort_order);

CREATE TABLE service_point_assessment (
    id               BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id        VARCHAR(40) NOT NULL,
    shop_id          BIGINT      NOT NULL,
    contract_from    DATE,
    contract_to      DATE,
    compensation_ore BIGINT      NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_service_point_assessment PRIMARY KEY (id),
    CONSTRAINT uq_service_point_assessment_shop UNIQUE (tenant_id, shop_id),
    CONSTRAINT fk_service_point_assessment_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
    CONSTRAINT fk_service_point_assessment_municipality FOREIGN KEY (tenant_id) REFERENCES municipality (slug),
    CONSTRAINT ck_service_point_assessment_ore CHECK (compensation_ore >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- The criteria a shop meets (ids of service_point_criterion; a removed criterion's rows go with it).
CREATE TABLE service_point_assessment_criterion (
    assessment_id BIGINT NOT NULL,
    criterion_id  BIGINT NOT NULL,
    CONSTRAINT pk_service_point_assessment_criterion PRIMARY KEY (assessment_id, criterion_id),
    CONSTRAINT fk_sp_assessment_criterion_assessment FOREIGN KEY (assessment_id)
        REFERENCES service_point_assessment (id),
    CONSTRAINT fk_sp_assessment_criterion_criterion FOREIGN KEY (criterion_id)
        REFERENCES service_point_criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE INDEX ix_sp_assessment_criterion_criterion ON service_point_assessment_criterion (criterion_id);
