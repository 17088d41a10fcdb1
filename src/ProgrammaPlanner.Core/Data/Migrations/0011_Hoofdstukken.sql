-- The chapters a board expects besides the ones the plan's data make (Hoofdstuksoort): each programma has at most one
-- of each soort, with its prose, its short fields (the decision asked, the decision rule, the opsteller…) and, for the
-- risico's and the monitoring cycle, rows of a table. A chapter is printed when something in it is filled.
CREATE TABLE hoofdstuk (
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    soort        TEXT    NOT NULL,
    tekst        TEXT    NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (programma_id, soort)
);

CREATE TABLE hoofdstuk_veld (
    programma_id INTEGER NOT NULL,
    soort        TEXT    NOT NULL,
    veld         TEXT    NOT NULL,
    waarde       TEXT    NOT NULL,
    PRIMARY KEY (programma_id, soort, veld),
    FOREIGN KEY (programma_id, soort) REFERENCES hoofdstuk(programma_id, soort) ON DELETE CASCADE
);

-- One cell per row and column; an empty cell has no row here.
CREATE TABLE hoofdstuk_cel (
    programma_id INTEGER NOT NULL,
    soort        TEXT    NOT NULL,
    rij          INTEGER NOT NULL,
    kolom        TEXT    NOT NULL,
    waarde       TEXT    NOT NULL,
    PRIMARY KEY (programma_id, soort, rij, kolom),
    FOREIGN KEY (programma_id, soort) REFERENCES hoofdstuk(programma_id, soort) ON DELETE CASCADE
);

-- The coalition's own prose chapters, each printed after the chapter named in plaats (a Hoofdstuksoort), in volgorde.
CREATE TABLE eigen_hoofdstuk (
    id           INTEGER PRIMARY KEY,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    titel        TEXT    NOT NULL,
    tekst        TEXT    NOT NULL DEFAULT '',
    plaats       TEXT    NOT NULL,
    volgorde     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, titel)
);
