-- The planning model of one programma. Every editable row carries `version` for optimistic concurrency.
-- Money and indicator values are decimals stored as invariant TEXT (exact, no float rounding);
-- dates are ISO-8601 TEXT (yyyy-MM-dd); years are INTEGER.

CREATE TABLE programma (
    id          INTEGER PRIMARY KEY,
    naam        TEXT    NOT NULL UNIQUE,
    motto       TEXT    NOT NULL DEFAULT '',
    gebied      TEXT    NOT NULL DEFAULT '',
    startjaar   INTEGER NOT NULL,
    eindjaar    INTEGER NOT NULL,
    fase        TEXT    NOT NULL,
    aanleiding  TEXT    NOT NULL DEFAULT '',
    ambitie     TEXT    NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (eindjaar >= startjaar)
);

CREATE TABLE partner (
    id                 INTEGER PRIMARY KEY,
    programma_id       INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam               TEXT    NOT NULL,
    soort              TEXT    NOT NULL,
    rol                TEXT    NOT NULL,
    contactpersoon     TEXT    NOT NULL DEFAULT '',
    email              TEXT    NOT NULL DEFAULT '',
    bestuurder_naam    TEXT    NOT NULL DEFAULT '',
    bestuurder_functie TEXT    NOT NULL DEFAULT '',
    plaats             TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

CREATE TABLE wijk (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam         TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

CREATE TABLE speerpunt (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam         TEXT    NOT NULL,
    analyse      TEXT    NOT NULL DEFAULT '',
    volgorde     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

CREATE TABLE doelstelling (
    id                INTEGER PRIMARY KEY,
    programma_id      INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    speerpunt_id      INTEGER NOT NULL REFERENCES speerpunt(id),
    naam              TEXT    NOT NULL,
    omschrijving      TEXT    NOT NULL DEFAULT '',
    indicator_naam    TEXT    NOT NULL,
    indicator_eenheid TEXT    NOT NULL DEFAULT '',
    indicator_bron    TEXT    NOT NULL DEFAULT '',
    hoger_is_beter    INTEGER NOT NULL DEFAULT 1,
    meetfrequentie    TEXT    NOT NULL DEFAULT 'jaarlijks',
    nulmeting_waarde  TEXT    NULL,
    nulmeting_jaar    INTEGER NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);
CREATE INDEX ix_doelstelling_speerpunt ON doelstelling(speerpunt_id);

CREATE TABLE streefwaarde (
    doelstelling_id INTEGER NOT NULL REFERENCES doelstelling(id) ON DELETE CASCADE,
    jaar            INTEGER NOT NULL,
    waarde          TEXT    NOT NULL,
    PRIMARY KEY (doelstelling_id, jaar)
);

-- wijk_id 0 would be a magic value; NULL means "whole programme area". The unique index
-- uses COALESCE so there is one total per year and one value per wijk per year.
CREATE TABLE realisatie (
    id              INTEGER PRIMARY KEY,
    doelstelling_id INTEGER NOT NULL REFERENCES doelstelling(id) ON DELETE CASCADE,
    jaar            INTEGER NOT NULL,
    wijk_id         INTEGER NULL REFERENCES wijk(id),
    waarde          TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_realisatie ON realisatie(doelstelling_id, jaar, COALESCE(wijk_id, 0));

CREATE TABLE project (
    id                 INTEGER PRIMARY KEY,
    programma_id       INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam               TEXT    NOT NULL,
    doel               TEXT    NOT NULL DEFAULT '',
    doorbraak          INTEGER NOT NULL DEFAULT 0,
    trekker_partner_id INTEGER NOT NULL REFERENCES partner(id),
    startdatum         TEXT    NOT NULL,
    einddatum          TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

CREATE TABLE project_partner (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    PRIMARY KEY (project_id, partner_id)
);
CREATE INDEX ix_project_partner_partner ON project_partner(partner_id);

CREATE TABLE project_doelstelling (
    project_id      INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    doelstelling_id INTEGER NOT NULL REFERENCES doelstelling(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, doelstelling_id)
);
CREATE INDEX ix_project_doelstelling_doel ON project_doelstelling(doelstelling_id);

CREATE TABLE mijlpaal (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    titel      TEXT    NOT NULL,
    datum      TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_mijlpaal_project ON mijlpaal(project_id);

CREATE TABLE risico (
    id           INTEGER PRIMARY KEY,
    project_id   INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    omschrijving TEXT    NOT NULL,
    kans         TEXT    NOT NULL,
    impact       TEXT    NOT NULL,
    maatregel    TEXT    NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_risico_project ON risico(project_id);

CREATE TABLE inzet (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner(id),
    jaar       INTEGER NOT NULL,
    soort      TEXT    NOT NULL,
    euro       TEXT    NOT NULL DEFAULT '0',
    uren       TEXT    NOT NULL DEFAULT '0',
    PRIMARY KEY (project_id, partner_id, jaar, soort)
);
CREATE INDEX ix_inzet_partner ON inzet(partner_id);

CREATE TABLE basisvoorwaarde (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    volgorde     INTEGER NOT NULL,
    tekst        TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE orgaan (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam         TEXT    NOT NULL,
    mandaat      TEXT    NOT NULL DEFAULT '',
    volgorde     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

CREATE TABLE orgaan_lid (
    orgaan_id  INTEGER NOT NULL REFERENCES orgaan(id) ON DELETE CASCADE,
    volgorde   INTEGER NOT NULL,
    naam       TEXT    NOT NULL,
    functie    TEXT    NOT NULL DEFAULT '',
    partner_id INTEGER NULL REFERENCES partner(id),
    PRIMARY KEY (orgaan_id, volgorde)
);

-- programma_id is deliberately not a foreign key: the trail outlives a deleted programma.
CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    tijdstip     TEXT    NOT NULL,
    gebruiker    TEXT    NOT NULL,
    opdracht     TEXT    NOT NULL,
    programma_id INTEGER NULL,
    samenvatting TEXT    NOT NULL
);
CREATE INDEX ix_audit_programma ON audit(programma_id, id);
