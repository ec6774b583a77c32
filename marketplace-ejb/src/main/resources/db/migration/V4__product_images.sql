-- One picture per product, kept in the database so that every server node serves the same:
-- a display size (at most 1200 px) and a thumbnail (at most 300 px), both re-encoded as JPEG,
-- which also drops whatever the camera wrote into the file (e.g. GPS position).
CREATE TABLE product_image (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    product_id  BIGINT      NOT NULL,
    display     LONGBLOB    NOT NULL,
    thumbnail   LONGBLOB    NOT NULL,
    width       INT         NOT NULL,
    height      INT         NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_product_image PRIMARY KEY (id),
    CONSTRAINT uq_product_image_product UNIQUE (product_id),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
