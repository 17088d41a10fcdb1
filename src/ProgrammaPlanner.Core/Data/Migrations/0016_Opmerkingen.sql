-- Comments while drafting: any member places one on an element of the plan (a speerpunt, doelstelling, project,
-- basisvoorwaarde, a chapter of Hoofdstuksoort by its soort, or an own chapter); a root (ouder_id NULL) opens a thread,
-- the others reply to it. Only a root is resolved or reopened. Comments are never printed.
CREATE TABLE opmerking (
    id              INTEGER PRIMARY KEY,
    programma_id    INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    onderwerp_soort TEXT    NOT NULL CHECK (onderwerp_soort IN ('speerpunt', 'doelstelling', 'project', 'basisvoorwaarde', 'hoofdstuk', 'eigen-hoofdstuk')),
    onderwerp       TEXT    NOT NULL, -- the element's id, or the chapter's soort
    ouder_id        INTEGER NULL REFERENCES opmerking(id) ON DELETE CASCADE,
    tekst           TEXT    NOT NULL,
    auteur_id       INTEGER NULL,     -- NULL: the installation itself, or an account since deleted
    auteur_naam     TEXT    NOT NULL,
    geplaatst_op    TEXT    NOT NULL,
    opgelost_op     TEXT    NULL,
    opgelost_door   TEXT    NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_opmerking_onderwerp ON opmerking(programma_id, onderwerp_soort, onderwerp);
CREATE INDEX ix_opmerking_ouder ON opmerking(ouder_id);

-- A comment goes with its element: whatever deletes the element (its command, the import, a cascade) deletes its threads,
-- so an id that SQLite hands out again never shows old comments on a new element.
CREATE TRIGGER opmerking_weg_speerpunt AFTER DELETE ON speerpunt BEGIN
    DELETE FROM opmerking WHERE programma_id = OLD.programma_id AND onderwerp_soort = 'speerpunt' AND onderwerp = CAST(OLD.id AS TEXT);
END;
CREATE TRIGGER opmerking_weg_doelstelling AFTER DELETE ON doelstelling BEGIN
    DELETE FROM opmerking WHERE programma_id = OLD.programma_id AND onderwerp_soort = 'doelstelling' AND onderwerp = CAST(OLD.id AS TEXT);
END;
CREATE TRIGGER opmerking_weg_project AFTER DELETE ON project BEGIN
    DELETE FROM opmerking WHERE programma_id = OLD.programma_id AND onderwerp_soort = 'project' AND onderwerp = CAST(OLD.id AS TEXT);
END;
CREATE TRIGGER opmerking_weg_basisvoorwaarde AFTER DELETE ON basisvoorwaarde BEGIN
    DELETE FROM opmerking WHERE programma_id = OLD.programma_id AND onderwerp_soort = 'basisvoorwaarde' AND onderwerp = CAST(OLD.id AS TEXT);
END;
CREATE TRIGGER opmerking_weg_eigen_hoofdstuk AFTER DELETE ON eigen_hoofdstuk BEGIN
    DELETE FROM opmerking WHERE programma_id = OLD.programma_id AND onderwerp_soort = 'eigen-hoofdstuk' AND onderwerp = CAST(OLD.id AS TEXT);
END;

-- A deleted account keeps no name on what it wrote (as in the audit log).
CREATE TRIGGER opmerking_weg_auteur AFTER DELETE ON gebruiker BEGIN
    UPDATE opmerking SET auteur_id = NULL, auteur_naam = 'verwijderde gebruiker' WHERE auteur_id = OLD.id;
    UPDATE planversie_opmerking SET auteur_id = NULL, auteur_naam = 'verwijderde gebruiker' WHERE auteur_id = OLD.id;
END;

-- The threads that were open when a version was frozen, copied at that moment (the element's title too): a version's
-- page lists them even after they were resolved or their element was deleted. Filled by FreezePlanversie
-- (ListVersieOpmerkingen.KeepOpenAsync).
CREATE TABLE planversie_opmerking (
    planversie_id   INTEGER NOT NULL REFERENCES planversie(id) ON DELETE CASCADE,
    opmerking_id    INTEGER NOT NULL,
    onderwerp_soort TEXT    NOT NULL,
    onderwerp       TEXT    NOT NULL,
    titel           TEXT    NOT NULL,
    tekst           TEXT    NOT NULL,
    auteur_id       INTEGER NULL,
    auteur_naam     TEXT    NOT NULL,
    geplaatst_op    TEXT    NOT NULL,
    reacties        INTEGER NOT NULL,
    PRIMARY KEY (planversie_id, opmerking_id)
);
