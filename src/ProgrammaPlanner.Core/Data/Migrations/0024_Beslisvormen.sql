-- Two more ways to decide in a session, next to the dot-vote round: a 100-points round over the session's
-- bijdragen, and statements (stellingen) answered eens/neutraal/oneens. Scoped like stemronde; the results are
-- the rows themselves, so they stay with the session and go when it goes.
CREATE TABLE puntenronde (
    id             INTEGER PRIMARY KEY,
    programma_id   INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    nummer         INTEGER NOT NULL,
    soort          TEXT,  -- only bijdragen of this soort; NULL: all
    open           INTEGER NOT NULL DEFAULT 1,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (bijeenkomst_id, nummer)
);
CREATE UNIQUE INDEX ux_puntenronde_open ON puntenronde(bijeenkomst_id) WHERE open = 1;

-- A participant's allocation: rows with more than 0 points, together exactly 100; a resend replaces them all.
CREATE TABLE puntenverdeling (
    id             INTEGER PRIMARY KEY,
    puntenronde_id INTEGER NOT NULL REFERENCES puntenronde(id) ON DELETE CASCADE,
    deelnemer_id   INTEGER NOT NULL REFERENCES deelnemer(id) ON DELETE CASCADE,
    bijdrage_id    INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE,
    punten         INTEGER NOT NULL CHECK (punten > 0 AND punten <= 100),
    UNIQUE (puntenronde_id, deelnemer_id, bijdrage_id)
);

CREATE TABLE stelling (
    id             INTEGER PRIMARY KEY,
    programma_id   INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    bijeenkomst_id INTEGER NOT NULL REFERENCES bijeenkomst(id) ON DELETE CASCADE,
    nummer         INTEGER NOT NULL,
    tekst          TEXT    NOT NULL,
    open           INTEGER NOT NULL DEFAULT 1,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (bijeenkomst_id, nummer)
);

CREATE TABLE stellingantwoord (
    id           INTEGER PRIMARY KEY,
    stelling_id  INTEGER NOT NULL REFERENCES stelling(id) ON DELETE CASCADE,
    deelnemer_id INTEGER NOT NULL REFERENCES deelnemer(id) ON DELETE CASCADE,
    antwoord     TEXT    NOT NULL CHECK (antwoord IN ('eens', 'neutraal', 'oneens')),
    UNIQUE (stelling_id, deelnemer_id)
);
