-- Outgoing e-mail (notifications through a configured SMTP server). A command puts its mails here in its own
-- transaction, so a rolled-back command sends nothing; a background sender delivers them, retrying with a growing pause.
-- A mail server that is down never blocks a save: the mail waits here, with its last error, for the beheerder to see.
CREATE TABLE uitgaande_mail (
    id                 INTEGER PRIMARY KEY,
    aan                TEXT    NOT NULL,
    onderwerp          TEXT    NOT NULL,
    tekst              TEXT    NOT NULL,
    aangemaakt_op      TEXT    NOT NULL,
    pogingen           INTEGER NOT NULL DEFAULT 0,
    volgende_poging_op TEXT    NOT NULL,
    verzonden_op       TEXT    NULL,
    opgegeven          INTEGER NOT NULL DEFAULT 0, -- 1: no more tries after the last one failed, until the beheerder retries
    laatste_fout       TEXT    NULL
);
CREATE INDEX ix_uitgaande_mail_wachtend ON uitgaande_mail(verzonden_op, opgegeven, volgende_poging_op);
