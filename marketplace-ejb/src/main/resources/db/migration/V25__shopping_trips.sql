-- Shopping trips (issue 9): bookings of the shopping bus and other organised shopping trips count in
-- the subsidy reports, separately from home deliveries.
-- A shop marks a service of any kind as an organised shopping trip; SHOPPING_BUS always is one.
ALTER TABLE service_listing ADD COLUMN organised_trip BOOLEAN NOT NULL DEFAULT FALSE;
-- The household a trip's booking was made for (street, postal code, village, as the subsidy register
-- keys households); NULL for bookings of other services and where no address was known.
ALTER TABLE service_booking ADD COLUMN household_name VARCHAR(120) NULL;
ALTER TABLE service_booking ADD COLUMN street_address VARCHAR(200) NULL;
ALTER TABLE service_booking ADD COLUMN postal_code VARCHAR(5) NULL;
ALTER TABLE service_booking ADD COLUMN village_id BIGINT NULL;
ALTER TABLE service_booking ADD CONSTRAINT fk_service_booking_village FOREIGN KEY (village_id) REFERENCES village (id);
-- The municipality's rules for trips, beside the home-delivery rules. The defaults pay nothing and
-- limit nothing, so reports stay as they were until the administrator sets them; approval by the
-- register is required until switched off, as it is for home delivery.
ALTER TABLE municipality ADD COLUMN trip_subsidy_ore BIGINT NOT NULL DEFAULT 0;
ALTER TABLE municipality ADD COLUMN trip_requires_approval BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE municipality ADD COLUMN trip_max_per_week INT NOT NULL DEFAULT 0;
-- The monthly report reads the municipality's trips by the time their slots start.
CREATE INDEX ix_service_slot_tenant_start ON service_slot (tenant_id, starts_at, service_id);
