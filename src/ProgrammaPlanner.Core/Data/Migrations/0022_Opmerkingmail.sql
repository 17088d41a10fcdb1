-- How a member hears of replies in threads they wrote in: at once, in one overview a day, or not at all.
ALTER TABLE gebruiker ADD COLUMN opmerkingmail TEXT NOT NULL DEFAULT 'direct' CHECK (opmerkingmail IN ('direct', 'dagelijks', 'geen'));

-- A mail that gathers items until it is due (the daily overview of replies): a new item is added to the unsent one.
ALTER TABLE uitgaande_mail ADD COLUMN bundel TEXT NULL;
CREATE INDEX ix_uitgaande_mail_bundel ON uitgaande_mail(aan, bundel) WHERE bundel IS NOT NULL AND verzonden_op IS NULL;
