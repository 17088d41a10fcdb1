-- A prioritering round: while it is open each partner scores for itself (on its own account or through a personal
-- link) and sees only its own scores; closing it shows everyone all scores and the ranking. No row: no round was ever
-- opened, and the scores stay as before (entered by the facilitator or redacteur, visible to every member).
CREATE TABLE prioriteringsronde (
    programma_id INTEGER PRIMARY KEY REFERENCES programma(id) ON DELETE CASCADE,
    open         INTEGER NOT NULL CHECK (open IN (0, 1)),
    geopend_op   TEXT    NOT NULL,
    gesloten_op  TEXT    NULL
);

-- A partner's personal scoring link: only the SHA-256 of the token is stored. Renewing replaces the row, so the old
-- link stops working; deleting the partner removes it.
CREATE TABLE scorelink (
    partner_id   INTEGER PRIMARY KEY REFERENCES partner(id) ON DELETE CASCADE,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    token_hash   TEXT    NOT NULL UNIQUE,
    gemaakt_op   TEXT    NOT NULL
);
