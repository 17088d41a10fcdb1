-- Plan versions and their approval by every partner's board.
-- A version's snapshot is the GetProgrammaplan read model as JSON, frozen at "vastleggen": it never changes.
-- Only the decision state (status, dates) of a version moves on; decisions themselves are insert-only.

CREATE TABLE planversie (
    id               INTEGER PRIMARY KEY,
    programma_id     INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    nummer           INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    snapshot         TEXT    NOT NULL,
    hash             TEXT    NOT NULL,
    toelichting      TEXT    NOT NULL DEFAULT '',
    vastgelegd_op    TEXT    NOT NULL,
    vastgelegd_door  TEXT    NOT NULL,
    besloten_op      TEXT    NULL,
    vervangen_door   INTEGER NULL,
    UNIQUE (programma_id, nummer)
);
-- At most one version per programma waits for decisions.
CREATE UNIQUE INDEX ux_planversie_ter_besluitvorming ON planversie(programma_id) WHERE status = 'ter besluitvorming';

CREATE TRIGGER planversie_onveranderlijk BEFORE UPDATE OF programma_id, nummer, snapshot, hash, toelichting, vastgelegd_op, vastgelegd_door ON planversie
BEGIN
    SELECT RAISE(ABORT, 'Een vastgelegde planversie verandert nooit.');
END;

-- The partners whose board must approve: those in the snapshot. partner_id is no foreign key on purpose:
-- a partner that later leaves the coalition stays in the history of the versions it was part of.
CREATE TABLE planversie_partner (
    planversie_id   INTEGER NOT NULL REFERENCES planversie(id) ON DELETE CASCADE,
    partner_id      INTEGER NOT NULL,
    naam            TEXT    NOT NULL,
    bestuurder_naam TEXT    NOT NULL DEFAULT '',
    volgorde        INTEGER NOT NULL,
    PRIMARY KEY (planversie_id, partner_id)
);

-- One decision per partner per version, never changed afterwards.
CREATE TABLE planversie_besluit (
    id             INTEGER PRIMARY KEY,
    planversie_id  INTEGER NOT NULL,
    partner_id     INTEGER NOT NULL,
    besluit        TEXT    NOT NULL,
    wijze          TEXT    NOT NULL,
    door           TEXT    NOT NULL,
    datum          TEXT    NOT NULL,
    opmerking      TEXT    NOT NULL DEFAULT '',
    vastgelegd_op  TEXT    NOT NULL,
    vastgelegd_door TEXT   NOT NULL,
    UNIQUE (planversie_id, partner_id),
    FOREIGN KEY (planversie_id, partner_id) REFERENCES planversie_partner(planversie_id, partner_id) ON DELETE CASCADE
);

CREATE TRIGGER planversie_besluit_onveranderlijk BEFORE UPDATE ON planversie_besluit
BEGIN
    SELECT RAISE(ABORT, 'Een vastgelegd besluit verandert nooit.');
END;

-- Which partner a user represents in a programma (a bestuurder approves for that partner).
-- gebruiker_id refers to the accounts' user; no foreign key until that table exists in the same migration chain.
CREATE TABLE partner_lid (
    gebruiker_id INTEGER NOT NULL,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    partner_id   INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    PRIMARY KEY (gebruiker_id, programma_id)
);
CREATE INDEX ix_partner_lid_partner ON partner_lid(partner_id);
