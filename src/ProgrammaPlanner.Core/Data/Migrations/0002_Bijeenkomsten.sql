-- Dialoogtafels and werkbijeenkomsten: live input (bijdragen), dot-votes, besluiten/actiepunten, the trace from a
-- bijdrage to what it became, and the prioritering of projects. Every row carries programma_id so each statement is
-- scoped to one programma directly (and Concurrency.ExplainAsync works on these tables as they are).

CREATE TABLE bijeenkomst (
    id            INTEGER PRIMARY KEY,
    programma_id  INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    soort         TEXT    NOT NULL,
    titel         TEXT    NOT NULL,
    datum         TEXT    NOT NULL,
    begintijd     TEXT    NOT NULL,           -- HH:mm, local time (Europe/Amsterdam)
    eindtijd      TEXT    NOT NULL,
    locatie       TEXT    NOT NULL DEFAULT '',
    vraagstelling TEXT    NOT NULL DEFAULT '',
    agenda        TEXT    NOT NULL DEFAULT '',
    code          TEXT    NULL,               -- the last join code; kept after closing so a late phone hears "gesloten"
    invoer_open   INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_bijeenkomst_programma ON bijeenkomst(programma_id, datum);
-- A code is unique among the sessions that are open for input (partial index: SQLite and PostgreSQL).
CREATE UNIQUE INDEX ux_bijeenkomst_open_code ON bijeenkomst(code) WHERE invoer_open = 1;

CREATE TABLE bijeenkomst_partner (
    bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    partner_id     INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    uitgenodigd    INTEGER NOT NULL DEFAULT 0,
    aanwezig       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bijeenkomst_id, partner_id)
);

-- A participant on a phone: a random key from a cookie, no account.
CREATE TABLE deelnemer (
    id             INTEGER PRIMARY KEY,
    programma_id   INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    sleutel        TEXT    NOT NULL,
    partner_id     INTEGER NOT NULL REFERENCES partner(id),
    naam           TEXT    NOT NULL DEFAULT '',
    UNIQUE (bijeenkomst_id, sleutel)
);

CREATE TABLE bijdrage (
    id                 INTEGER PRIMARY KEY,
    programma_id       INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id     INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    soort              TEXT    NOT NULL,
    tekst              TEXT    NOT NULL,      -- stored as typed; always rendered as text
    partner_id         INTEGER NOT NULL REFERENCES partner(id),
    naam               TEXT    NOT NULL DEFAULT '',
    deelnemer_id       INTEGER NULL REFERENCES deelnemer(id) ON DELETE SET NULL,
    cluster            TEXT    NOT NULL DEFAULT '',
    niet_overgenomen   TEXT    NULL,          -- the reason, when marked "niet overgenomen"
    samengevoegd_in_id INTEGER NULL REFERENCES bijdrage(id),
    ingediend_op       TEXT    NOT NULL,
    idempotentie_sleutel TEXT  NULL UNIQUE,   -- client-generated: a phone that sends twice stores once
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_bijdrage_bijeenkomst ON bijdrage(bijeenkomst_id, id);

-- What a bijdrage became. One table per kind so each link cascades with its element.
CREATE TABLE bijdrage_speerpunt (
    bijdrage_id  INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE,
    speerpunt_id INTEGER NOT NULL REFERENCES speerpunt(id) ON DELETE CASCADE,
    PRIMARY KEY (bijdrage_id, speerpunt_id)
);
CREATE INDEX ix_bijdrage_speerpunt ON bijdrage_speerpunt(speerpunt_id);

CREATE TABLE bijdrage_doelstelling (
    bijdrage_id     INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE,
    doelstelling_id INTEGER NOT NULL REFERENCES doelstelling(id) ON DELETE CASCADE,
    PRIMARY KEY (bijdrage_id, doelstelling_id)
);
CREATE INDEX ix_bijdrage_doelstelling ON bijdrage_doelstelling(doelstelling_id);

CREATE TABLE bijdrage_project (
    bijdrage_id INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE,
    project_id  INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    PRIMARY KEY (bijdrage_id, project_id)
);
CREATE INDEX ix_bijdrage_project ON bijdrage_project(project_id);

CREATE TABLE stemronde (
    id                    INTEGER PRIMARY KEY,
    programma_id          INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id        INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    nummer                INTEGER NOT NULL,
    stemmen_per_deelnemer INTEGER NOT NULL,
    open                  INTEGER NOT NULL DEFAULT 1,
    version               INTEGER NOT NULL DEFAULT 1,
    UNIQUE (bijeenkomst_id, nummer)
);
CREATE UNIQUE INDEX ux_stemronde_open ON stemronde(bijeenkomst_id) WHERE open = 1;

-- One row per dot; a participant may put several dots on one bijdrage.
CREATE TABLE stem (
    id           INTEGER PRIMARY KEY,
    stemronde_id INTEGER NOT NULL REFERENCES stemronde(id) ON DELETE CASCADE,
    deelnemer_id INTEGER NOT NULL REFERENCES deelnemer(id) ON DELETE CASCADE,
    bijdrage_id  INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE
);
CREATE INDEX ix_stem_ronde ON stem(stemronde_id, deelnemer_id);

CREATE TABLE besluit (
    id             INTEGER PRIMARY KEY,
    programma_id   INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    tekst          TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_besluit_bijeenkomst ON besluit(bijeenkomst_id);

CREATE TABLE actiepunt (
    id                  INTEGER PRIMARY KEY,
    programma_id        INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id      INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    omschrijving        TEXT    NOT NULL,
    eigenaar_partner_id INTEGER NOT NULL REFERENCES partner(id),
    deadline            TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_actiepunt_programma ON actiepunt(programma_id, status, deadline);

CREATE TABLE criterium (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam         TEXT    NOT NULL,
    gewicht      TEXT    NOT NULL,            -- decimal as invariant text
    volgorde     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

CREATE TABLE score (
    criterium_id INTEGER NOT NULL REFERENCES criterium(id) ON DELETE CASCADE,
    project_id   INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    partner_id   INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
    waarde       INTEGER NOT NULL CHECK (waarde BETWEEN 1 AND 5),
    PRIMARY KEY (criterium_id, project_id, partner_id)
);
CREATE INDEX ix_score_project ON score(project_id);
