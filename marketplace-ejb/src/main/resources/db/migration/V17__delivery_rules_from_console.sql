-- The administrator now sets the fee, eligible groups and subsidy rules in the console. Once set
-- there, tenant-config's homeDelivery values are only starting values: the start-up import keeps
-- what the console wrote (this column says when that last happened; NULL = never).
ALTER TABLE municipality ADD COLUMN delivery_rules_changed_at DATETIME(6) NULL;
