-- The statistics dashboard counts a period's orders per month by the time they were placed
-- (SalesCounts: per shop with their lines' sums, and per delivery method), and service bookings per
-- month by the time they were made (BookingCounts). Range scans within the municipality instead of
-- reading all of its orders or bookings; the order's other columns make the per-method count
-- covering, its lines are then reached through uq_order_line_number (order_id, line_number).
CREATE INDEX ix_customer_order_placed ON customer_order (tenant_id, placed_at, status, shop_id, delivery_method);
CREATE INDEX ix_service_booking_created ON service_booking (tenant_id, created_at, slot_id);
