-- The county board's form names the shop or carrier by organisation number and the agreement with
-- the municipality the subsidy is paid under.
ALTER TABLE shop ADD COLUMN organisation_number VARCHAR(20);
ALTER TABLE shop ADD COLUMN subsidy_agreement VARCHAR(120);
ALTER TABLE carrier ADD COLUMN organisation_number VARCHAR(20);
ALTER TABLE carrier ADD COLUMN subsidy_agreement VARCHAR(120);
