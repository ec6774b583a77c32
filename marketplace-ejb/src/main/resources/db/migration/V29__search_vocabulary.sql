-- The distinct words of each municipality's products. The search looked them up with
-- SELECT DISTINCT over product_word, which read every (word, product) pair of the municipality
-- (500,000 at the benchmark's `large`, a quarter of a second per search word); this holds each
-- word once.
CREATE TABLE product_vocabulary (
    tenant_id VARCHAR(40)  NOT NULL,
    word      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_product_vocabulary PRIMARY KEY (tenant_id, word)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

INSERT INTO product_vocabulary (tenant_id, word) SELECT DISTINCT tenant_id, word FROM product_word;
