-- Versions of the voortgangsrapportage of one programme year and their approval by every partner's board: the
-- same shape as planversie (0003). A version's snapshot is the GetVoortgangsrapportage read model as JSON, frozen at
-- "vastleggen": it never changes. Only the decision state moves on; decisions themselves are insert-only.

CREATE TABLE voortgangsversie (
    id               INTEGER PRIMARY KEY,
    programma_id     INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    jaar             INTEGER NOT NULL,
    nummer           INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    snapshot         TEXT    NOT NULL,
    hash             TEXT    NOT NULL,
    toelichting      TEXT    NOT NULL DEFAULT '',
    vastgelegd_op    TEXT    NOT NULL,
    vastgelegd_door  TEXT    NOT NULL,
    besloten_op      TEXT    NULL,
    vervangen_door   INTEGER NULL,
    UNIQUE (programma_id, jaar, nummer)
);
-- At most one version of a year's report waits for decisions.
CREATE UNIQUE INDEX ux_voortgangsversie_ter_besluitvorming ON voortgangsversie(programma_id, jaar) WHERE status = 'ter besluitvorming';

CREATE TRIGGER voortgangsversie_onveranderlijk
BEFORE UPDATE OF programma_id, jaar, nummer, snapshot, hash, toelichting, vastgelegd_op, vastgelegd_door ON voortgangsversie
BEGIN
    SELECT RAISE(ABORT, 'Een vastgelegde voortgangsrapportage verandert nooit.');
END;

-- The partners whose board must approve: those of the programme at vastleggen (no foreign key, as in planversie_partner).
CREATE TABLE voortgangsversie_partner (
    voortgangsversie_id INTEGER NOT NULL REFERENCES voortgangsversie(id) ON DELETE CASCADE,
    partner_id          INTEGER NOT NULL,
    naam                TEXT    NOT NULL,
    bestuurder_naam     TEXT    NOT NULL DEFAULT '',
    volgorde            INTEGER NOT NULL,
    PRIMARY KEY (voortgangsversie_id, partner_id)
);

CREATE TABLE voortgangsversie_besluit (
    id                  INTEGER PRIMARY KEY,
    voortgangsversie_id INTEGER NOT NULL,
    partner_id          INTEGER NOT NULL,
    besluit             TEXT    NOT NULL,
    wijze               TEXT    NOT NULL,
    door                TEXT    NOT NULL,
    datum               TEXT    NOT NULL,
    opmerking           TEXT    NOT NULL DEFAULT '',
    vastgelegd_op       TEXT    NOT NULL,
    vastgelegd_door     TEXT    NOT NULL,
    UNIQUE (voortgangsversie_id, partner_id),
    FOREIGN KEY (voortgangsversie_id, partner_id) REFERENCES voortgangsversie_partner(voortgangsversie_id, partner_id) ON DELETE CASCADE
);

CREATE TRIGGER voortgangsversie_besluit_onveranderlijk BEFORE UPDATE ON voortgangsversie_besluit
BEGIN
    SELECT RAISE(ABORT, 'Een vastgelegd besluit verandert nooit.');
END;
