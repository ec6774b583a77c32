-- The administrator now sets the fee, eligible groups, subsidy rules, villages, carriers and shops'
-- delivery areas in the console. Once set there, tenant-config's values are only starting values:
-- the start-up import keeps what the console wrote. These columns say when the console first (or,
-- for the rules, last) wrote them; NULL = never.
ALTER TABLE municipality ADD COLUMN delivery_rules_changed_at DATETIME(6) NULL;
ALTER TABLE municipality ADD COLUMN villages_changed_at DATETIME(6) NULL;
ALTER TABLE municipality ADD COLUMN carriers_changed_at DATETIME(6) NULL;
ALTER TABLE shop ADD COLUMN delivery_area_changed_at DATETIME(6) NULL;
