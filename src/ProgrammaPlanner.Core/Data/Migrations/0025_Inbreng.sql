-- "Wat is er met uw inbreng gedaan": a public page per session, reached by an unguessable token (made when first needed),
-- and bijdragen the facilitator keeps off that page (e.g. because they name a person), with the reason.
ALTER TABLE bijeenkomst ADD COLUMN inbreng_token TEXT NULL;
CREATE UNIQUE INDEX ux_bijeenkomst_inbreng_token ON bijeenkomst(inbreng_token) WHERE inbreng_token IS NOT NULL;
ALTER TABLE bijdrage ADD COLUMN verborgen_reden TEXT NULL;
