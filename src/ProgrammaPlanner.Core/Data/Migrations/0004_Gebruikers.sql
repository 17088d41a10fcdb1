-- Accounts, programme membership and sessions. Only what is needed to sign in and to know a role:
-- e-mail address, a display name, the password hash (ASP.NET Core Identity's PasswordHasher) and lockout state.

CREATE TABLE gebruiker (
    id                   INTEGER PRIMARY KEY,
    email                TEXT    NOT NULL,
    email_genormaliseerd TEXT    NOT NULL UNIQUE,
    naam                 TEXT    NOT NULL,
    wachtwoord_hash      TEXT    NULL,
    security_stamp       TEXT    NOT NULL,
    is_beheerder         INTEGER NOT NULL DEFAULT 0,
    mislukte_pogingen    INTEGER NOT NULL DEFAULT 0,
    geblokkeerd_tot      TEXT    NULL,
    aangemaakt_op        TEXT    NOT NULL
);

-- A user's role in one programma: facilitator, redacteur, bestuurder or lezer.
CREATE TABLE lidmaatschap (
    gebruiker_id INTEGER NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
    programma_id INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    rol          TEXT    NOT NULL CHECK (rol IN ('facilitator', 'redacteur', 'bestuurder', 'lezer')),
    PRIMARY KEY (gebruiker_id, programma_id)
);
CREATE INDEX ix_lidmaatschap_programma ON lidmaatschap(programma_id);

-- Single-use links: an invitation (to a programma with a role, or as beheerder), a password reset made by a
-- beheerder, or the one-time setup link of a fresh installation. Only the SHA-256 of the token is stored.
CREATE TABLE link (
    id             INTEGER PRIMARY KEY,
    token_hash     TEXT    NOT NULL UNIQUE,
    soort          TEXT    NOT NULL CHECK (soort IN ('uitnodiging', 'herstel', 'inrichting')),
    email          TEXT    NOT NULL DEFAULT '',
    gebruiker_id   INTEGER NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
    programma_id   INTEGER NULL REFERENCES programma(id) ON DELETE CASCADE,
    rol            TEXT    NULL,
    is_beheerder   INTEGER NOT NULL DEFAULT 0,
    verloopt_op    TEXT    NOT NULL,
    gebruikt_op    TEXT    NULL,
    aangemaakt_door_id INTEGER NULL REFERENCES gebruiker(id) ON DELETE SET NULL,
    aangemaakt_op  TEXT    NOT NULL
);
CREATE INDEX ix_link_programma ON link(programma_id);

-- One row per sign-in. The cookie carries the id; ending the row signs that browser out at its next request.
CREATE TABLE sessie (
    id               TEXT    PRIMARY KEY,
    gebruiker_id     INTEGER NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
    apparaat         TEXT    NOT NULL DEFAULT '',
    aangemaakt_op    TEXT    NOT NULL,
    laatst_actief_op TEXT    NOT NULL,
    beeindigd_op     TEXT    NULL
);
CREATE INDEX ix_sessie_gebruiker ON sessie(gebruiker_id);

-- The audit log names the user by id as well, so deleting a user can make their rows read "verwijderde gebruiker".
ALTER TABLE audit ADD COLUMN gebruiker_id INTEGER NULL;
CREATE INDEX ix_audit_gebruiker ON audit(gebruiker_id);
