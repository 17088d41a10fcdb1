-- Failed sign-ins are counted per client address and e-mail address (and per client address over all accounts,
-- e-mail '*'), no longer per account: someone guessing from elsewhere can no longer lock the real user out.
-- A row holds an IP address with an e-mail address, so it is forgotten a day after its last failure.
CREATE TABLE aanmeldpoging (
    adres         TEXT    NOT NULL,
    email         TEXT    NOT NULL,
    mislukt       INTEGER NOT NULL,
    laatste_op    TEXT    NOT NULL,
    wacht_tot     TEXT    NULL,
    PRIMARY KEY (adres, email)
);
CREATE INDEX ix_aanmeldpoging_email ON aanmeldpoging(email);

-- The account-wide lockout is gone (five guesses every 15 minutes kept any account locked for good).
ALTER TABLE gebruiker DROP COLUMN mislukte_pogingen;
ALTER TABLE gebruiker DROP COLUMN geblokkeerd_tot;
