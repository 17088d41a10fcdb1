-- Change proposals: a member linked to a partner proposes a new value for one field of the plan instead of
-- editing it; a facilitator or redacteur accepts it (the change is applied with its origin) or declines it with a reason.
-- The fields are listed in Core/Voorstellen/Voorstelveld.cs. oude_waarde is the value when it was proposed (to show
-- whether the field changed since); numbers are stored in invariant culture, an inzet as "euro;uren".
CREATE TABLE voorstel (
    id            INTEGER PRIMARY KEY,
    programma_id  INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    veld          TEXT    NOT NULL CHECK (veld IN ('doelstelling-omschrijving', 'project-doel', 'streefwaarde', 'inzet')),
    element_id    INTEGER NOT NULL, -- the doelstelling or project
    jaar          INTEGER NULL,     -- streefwaarde and inzet
    soort         TEXT    NULL,     -- inzet: the soort of inzet
    partner_id    INTEGER NOT NULL REFERENCES partner(id) ON DELETE CASCADE, -- the proposer's partner
    indiener_id   INTEGER NULL,
    indiener_naam TEXT    NOT NULL,
    oude_waarde   TEXT    NOT NULL,
    nieuwe_waarde TEXT    NOT NULL,
    toelichting   TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'overgenomen', 'afgewezen')),
    reden         TEXT    NULL,
    besloten_door TEXT    NULL,
    besloten_op   TEXT    NULL,
    ingediend_op  TEXT    NOT NULL
);
CREATE INDEX ix_voorstel_programma ON voorstel(programma_id, status);

-- A proposal goes with its element, so a reused id never shows an old proposal on a new element.
CREATE TRIGGER voorstel_weg_doelstelling AFTER DELETE ON doelstelling BEGIN
    DELETE FROM voorstel WHERE programma_id = OLD.programma_id AND veld IN ('doelstelling-omschrijving', 'streefwaarde') AND element_id = OLD.id;
END;
CREATE TRIGGER voorstel_weg_project AFTER DELETE ON project BEGIN
    DELETE FROM voorstel WHERE programma_id = OLD.programma_id AND veld IN ('project-doel', 'inzet') AND element_id = OLD.id;
END;
CREATE TRIGGER voorstel_weg_indiener AFTER DELETE ON gebruiker BEGIN
    UPDATE voorstel SET indiener_id = NULL, indiener_naam = 'verwijderde gebruiker' WHERE indiener_id = OLD.id;
END;
