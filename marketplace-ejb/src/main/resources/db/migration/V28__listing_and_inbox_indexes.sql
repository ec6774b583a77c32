-- Residents' product lists (ProductCatalogue.search) read in index order and stop after the page:
-- by category, or for a parent category or the whole gallery by name, with the category and shop
-- in the index so that rows not shown are never read.
CREATE INDEX ix_product_listing_category ON product (tenant_id, visible, category_id, name, id, shop_id);
CREATE INDEX ix_product_listing_name ON product (tenant_id, visible, name, id, category_id, shop_id);
DROP INDEX ix_product_tenant_visible_name ON product;
DROP INDEX ix_product_tenant_category ON product;

-- The shop's inbox reads new orders and the others apart, each in index order (see InboxQuery),
-- instead of sorting all of the shop's orders for every page.
CREATE INDEX ix_customer_order_inbox_status ON customer_order (shop_id, status, delivery_date, placed_at DESC, id DESC);
CREATE INDEX ix_customer_order_inbox_day ON customer_order (shop_id, delivery_date, placed_at DESC, id DESC);
DROP INDEX ix_customer_order_shop_status ON customer_order;
