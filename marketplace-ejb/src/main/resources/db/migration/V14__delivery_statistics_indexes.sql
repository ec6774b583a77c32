-- The municipality's delivery statistics count a period's delivered home deliveries and picked-up
-- pickup orders per month: range scans on (status, time) within the municipality, instead of
-- reading every order of the tenant.
CREATE INDEX ix_customer_order_delivered ON customer_order (tenant_id, status, delivered_at);
CREATE INDEX ix_customer_order_status_changed ON customer_order (tenant_id, status, status_changed_at);
