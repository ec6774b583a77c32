-- Orders a shop takes on the phone: marked as such, with who took them, and residents found again
-- by their phone number (digits only, however it was typed).
ALTER TABLE customer_order ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'WEB';
ALTER TABLE customer_order ADD COLUMN placed_by VARCHAR(190);
ALTER TABLE customer_order ADD COLUMN customer_phone_digits VARCHAR(40) NOT NULL DEFAULT '';
UPDATE customer_order SET customer_phone_digits =
    REPLACE(REPLACE(REPLACE(REPLACE(customer_phone, ' ', ''), '-', ''), '+', ''), '.', '');
CREATE INDEX ix_customer_order_phone ON customer_order (tenant_id, customer_phone_digits, placed_at);
