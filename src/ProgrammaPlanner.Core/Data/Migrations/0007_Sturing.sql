-- The years after vaststelling: what was actually spent, how each project fared per year, and the yearly update
-- round in which every partner reports. A partner's figures stay in the rapportage_* tables until the facilitator
-- accepts them; only then are they copied into realisatie, besteding, project_jaarstatus and mijlpaal, the figures
-- that count in the stand and the voortgangsrapportage.

-- Euros and hours actually spent per partner × project × year: the counterpart of inzet, which is the budget.
CREATE TABLE besteding (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    jaar       INTEGER NOT NULL,
    euro       TEXT    NOT NULL DEFAULT '0',
    uren       TEXT    NOT NULL DEFAULT '0',
    PRIMARY KEY (project_id, partner_id, jaar)
);
CREATE INDEX ix_besteding_partner ON besteding(partner_id);

-- How a project fared in one year: op schema, vertraagd, afgerond or gestopt, with a short toelichting.
CREATE TABLE project_jaarstatus (
    project_id  INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    jaar        INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    toelichting TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, jaar)
);

-- A vertraagde mijlpaal keeps its planned datum and gets the date it is now expected.
ALTER TABLE mijlpaal ADD COLUMN nieuwe_datum TEXT NULL;

-- The facilitator opens one round per programme year; every partner then has one rapportage in it.
CREATE TABLE rapportageronde (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    jaar         INTEGER NOT NULL,
    uiterlijk    TEXT    NOT NULL,
    toelichting  TEXT    NOT NULL DEFAULT '',
    geopend_op   TEXT    NOT NULL,
    geopend_door TEXT    NOT NULL,
    gesloten_op  TEXT    NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, jaar)
);

-- status: open (concept), ingediend, teruggestuurd, geaccepteerd. A partner that leaves takes its reports along;
-- what was accepted already lives on in realisatie and besteding.
CREATE TABLE rapportage (
    id         INTEGER PRIMARY KEY,
    ronde_id   INTEGER NOT NULL REFERENCES rapportageronde(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    status     TEXT    NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (ronde_id, partner_id)
);
CREATE INDEX ix_rapportage_partner ON rapportage(partner_id);

-- The figures of one rapportage, as the partner typed them. wijk_id NULL is the whole programme area.
CREATE TABLE rapportage_realisatie (
    rapportage_id   INTEGER NOT NULL REFERENCES rapportage(id) ON DELETE CASCADE,
    doelstelling_id INTEGER NOT NULL REFERENCES doelstelling(id) ON DELETE CASCADE,
    wijk_id         INTEGER NULL REFERENCES wijk(id) ON DELETE CASCADE,
    waarde          TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_rapportage_realisatie ON rapportage_realisatie(rapportage_id, doelstelling_id, COALESCE(wijk_id, 0));

CREATE TABLE rapportage_besteding (
    rapportage_id INTEGER NOT NULL REFERENCES rapportage(id) ON DELETE CASCADE,
    project_id    INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    euro          TEXT    NOT NULL DEFAULT '0',
    uren          TEXT    NOT NULL DEFAULT '0',
    PRIMARY KEY (rapportage_id, project_id)
);

CREATE TABLE rapportage_projectstatus (
    rapportage_id INTEGER NOT NULL REFERENCES rapportage(id) ON DELETE CASCADE,
    project_id    INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    status        TEXT    NOT NULL,
    toelichting   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (rapportage_id, project_id)
);

CREATE TABLE rapportage_mijlpaal (
    rapportage_id INTEGER NOT NULL REFERENCES rapportage(id) ON DELETE CASCADE,
    mijlpaal_id   INTEGER NOT NULL REFERENCES mijlpaal(id) ON DELETE CASCADE,
    status        TEXT    NOT NULL,
    nieuwe_datum  TEXT    NULL,
    PRIMARY KEY (rapportage_id, mijlpaal_id)
);

-- Every step of a rapportage (ingediend, teruggestuurd with its reden, geaccepteerd), insert-only.
CREATE TABLE rapportage_stap (
    id            INTEGER PRIMARY KEY,
    rapportage_id INTEGER NOT NULL REFERENCES rapportage(id) ON DELETE CASCADE,
    stap          TEXT    NOT NULL,
    reden         TEXT    NOT NULL DEFAULT '',
    door          TEXT    NOT NULL,
    op            TEXT    NOT NULL
);
CREATE INDEX ix_rapportage_stap ON rapportage_stap(rapportage_id, id);

CREATE TRIGGER rapportage_stap_onveranderlijk BEFORE UPDATE ON rapportage_stap
BEGIN
    SELECT RAISE(ABORT, 'Een stap van een rapportage verandert nooit.');
END;
