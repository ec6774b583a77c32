-- The storefront search's index: each distinct whitespace-separated word of a product's name and
-- description (lower-case, at most 100 characters; see catalog.domain.ProductWords). A search word
-- is looked up among the municipality's words that contain it (a short scan of the vocabulary, the
-- key's first two columns), then their products by key, instead of LIKE '%word%' over the text of
-- every product of the municipality. V27 indexes the products that exist already.
CREATE TABLE product_word (
    tenant_id  VARCHAR(40)  NOT NULL,
    word       VARCHAR(100) NOT NULL,
    product_id BIGINT       NOT NULL,
    CONSTRAINT pk_product_word PRIMARY KEY (tenant_id, word, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

-- Replacing a product's words, and removing the product with them.
CREATE INDEX ix_product_word_product ON product_word (product_id);
ALTER TABLE product_word ADD CONSTRAINT fk_product_word_product
    FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE;
