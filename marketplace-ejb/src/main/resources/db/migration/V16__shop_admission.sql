-- The municipality admits its shops: an invited shop awaits approval, an approved one sells, a
-- suspended one is hidden from residents (its staff still sign in and see its orders). Shops that
-- already exist have been selling, so they start approved.
ALTER TABLE shop ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'APPROVED';
ALTER TABLE shop ADD CONSTRAINT ck_shop_status CHECK (status IN ('AWAITING_APPROVAL', 'APPROVED', 'SUSPENDED'));

-- Residents' shop lists and every catalogue query ask for the open shops of one municipality.
CREATE INDEX ix_shop_tenant_status_name ON shop (tenant_id, status, name, id);
