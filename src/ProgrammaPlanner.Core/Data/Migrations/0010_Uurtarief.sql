-- The agreed hourly rate (euro's, at most 2 decimals) at which a partner's inzet in natura is valued in the
-- programmaplan's dekking. NULL: no rate agreed; that partner's hours stay hours and are shown as not valued.
ALTER TABLE partner ADD COLUMN uurtarief TEXT NULL;
