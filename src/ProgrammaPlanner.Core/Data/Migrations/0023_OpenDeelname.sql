-- Anyone in the room can take part: a session may let residents, ervaringsdeskundigen and informal partners join
-- without being an invited partner. Their deelnemer and bijdrage rows have no partner, only a free "namens" text.
-- SQLite cannot drop NOT NULL, so deelnemer and bijdrage are rebuilt (SQLite's 12-step procedure: create new, copy,
-- drop, rename, recreate indexes). DatabaseMigrator runs the scripts with foreign keys off, so dropping the old
-- tables does not cascade into stem, bijdrage_speerpunt and the other links; it checks the keys afterwards.

ALTER TABLE bijeenkomst ADD COLUMN open_deelname INTEGER NOT NULL DEFAULT 0;

CREATE TABLE deelnemer_nieuw (
    id             INTEGER PRIMARY KEY,
    programma_id   INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    sleutel        TEXT    NOT NULL,
    partner_id     INTEGER NULL REFERENCES partner(id),   -- NULL: a resident or informal partner (see namens)
    naam           TEXT    NOT NULL DEFAULT '',
    namens         TEXT    NOT NULL DEFAULT '',           -- e.g. "Buurtvereniging De Kolk"; only without partner
    UNIQUE (bijeenkomst_id, sleutel)
);
INSERT INTO deelnemer_nieuw (id, programma_id, bijeenkomst_id, sleutel, partner_id, naam)
SELECT id, programma_id, bijeenkomst_id, sleutel, partner_id, naam FROM deelnemer;
DROP TABLE deelnemer;
ALTER TABLE deelnemer_nieuw RENAME TO deelnemer;

CREATE TABLE bijdrage_nieuw (
    id                 INTEGER PRIMARY KEY,
    programma_id       INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id     INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    soort              TEXT    NOT NULL,
    tekst              TEXT    NOT NULL,      -- stored as typed; always rendered as text
    partner_id         INTEGER NULL REFERENCES partner(id),   -- NULL: a resident or informal partner (see namens)
    naam               TEXT    NOT NULL DEFAULT '',
    namens             TEXT    NOT NULL DEFAULT '',
    deelnemer_id       INTEGER NULL REFERENCES deelnemer(id) ON DELETE SET NULL,
    cluster            TEXT    NOT NULL DEFAULT '',
    niet_overgenomen   TEXT    NULL,          -- the reason, when marked "niet overgenomen"
    samengevoegd_in_id INTEGER NULL REFERENCES bijdrage(id),
    ingediend_op       TEXT    NOT NULL,
    idempotentie_sleutel TEXT  NULL UNIQUE,   -- client-generated: a phone that sends twice stores once
    ingevoerd_door     TEXT    NOT NULL DEFAULT '', -- the facilitator who typed it in for someone; '' when sent from a phone
    version            INTEGER NOT NULL DEFAULT 1
);
-- Bijdragen without a deelnemer were typed in by a facilitator (AddBijdrage).
INSERT INTO bijdrage_nieuw (id, programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, deelnemer_id, cluster, niet_overgenomen,
                            samengevoegd_in_id, ingediend_op, idempotentie_sleutel, ingevoerd_door, version)
SELECT id, programma_id, bijeenkomst_id, soort, tekst, partner_id, naam, deelnemer_id, cluster, niet_overgenomen,
       samengevoegd_in_id, ingediend_op, idempotentie_sleutel, CASE WHEN deelnemer_id IS NULL THEN 'gespreksleider' ELSE '' END, version
FROM bijdrage;
DROP TABLE bijdrage;
ALTER TABLE bijdrage_nieuw RENAME TO bijdrage;
CREATE INDEX ix_bijdrage_bijeenkomst ON bijdrage(bijeenkomst_id, id);
-- A phone's page lists its own bijdragen on every submit, each with whether it was merged into or voted on: without these
-- indexes each of those looks read every bijdrage and every vote of the installation (and so did a delete's key checks).
CREATE INDEX ix_bijdrage_deelnemer ON bijdrage(deelnemer_id);
CREATE INDEX ix_bijdrage_samengevoegd ON bijdrage(samengevoegd_in_id);
CREATE INDEX ix_stem_bijdrage ON stem(bijdrage_id);
