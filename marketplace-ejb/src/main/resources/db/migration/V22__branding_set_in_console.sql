-- Like V17 for the rules: once the administrator has changed the gallery's name, colours, texts,
-- contact details or logo in the console, the start-up import of tenant-config keeps them.
ALTER TABLE municipality ADD COLUMN branding_changed_at DATETIME(6) NULL;
