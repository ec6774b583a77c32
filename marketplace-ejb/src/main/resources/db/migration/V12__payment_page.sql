-- Card or Swish providers may send the resident to their own page to pay; the order keeps that
-- address so the confirmation, the order page and a retried checkout show the same one.
ALTER TABLE customer_order ADD COLUMN payment_url VARCHAR(500);
