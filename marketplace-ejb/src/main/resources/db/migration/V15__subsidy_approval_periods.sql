-- An approval now covers the days from valid_from to valid_until. Withdrawing one ends it instead of
-- deleting it, so the drafts of months it covered keep their lines, and a household can be approved
-- again later: several periods per household, at most one of them open (the register checks that).
ALTER TABLE subsidy_approval ADD COLUMN valid_from DATE;
UPDATE subsidy_approval SET valid_from = CAST(approved_at AS DATE);
ALTER TABLE subsidy_approval ADD COLUMN ended_by VARCHAR(190);
ALTER TABLE subsidy_approval DROP CONSTRAINT uq_subsidy_approval_household;
CREATE INDEX ix_subsidy_approval_household ON subsidy_approval (tenant_id, household);
