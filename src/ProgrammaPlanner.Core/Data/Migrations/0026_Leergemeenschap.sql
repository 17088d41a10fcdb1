-- A learning coalition (such as the Verbond van 100) inside the same programma model: groups per buurt with their
-- members, the ontwikkelopgaven they inquire into, the stories that inform them, and the maatwerk they decide on.
-- A programma may hold these next to speerpunten, doelstellingen and projecten. Euros are TEXT in invariant culture,
-- as everywhere else.

CREATE TABLE verbondsgroep (
    id             INTEGER PRIMARY KEY,
    programma_id   INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    naam           TEXT    NOT NULL,
    wijk_id        INTEGER NULL REFERENCES wijk(id) ON DELETE SET NULL,  -- the buurt the group works in
    maatwerkbudget TEXT    NULL,                                          -- euros granted for maatwerk; NULL: none
    volgorde       INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, naam)
);

-- A member: a professional (of a partner organisation, with a discipline), an informal partner, an
-- ervaringsdeskundige or an Amsterdammer. At most one member per group is its aanjager.
CREATE TABLE groepslid (
    id               INTEGER PRIMARY KEY,
    verbondsgroep_id INTEGER NOT NULL REFERENCES verbondsgroep(id) ON DELETE CASCADE,
    naam             TEXT    NOT NULL,
    soort            TEXT    NOT NULL CHECK (soort IN ('professional', 'informele partner', 'ervaringsdeskundige', 'bewoner')),
    partner_id       INTEGER NULL REFERENCES partner(id) ON DELETE SET NULL,
    organisatie      TEXT    NOT NULL DEFAULT '',  -- an organisation that is no partner of the programma
    discipline       TEXT    NOT NULL DEFAULT '',
    aanjager         INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_groepslid_groep ON groepslid(verbondsgroep_id);
CREATE UNIQUE INDEX ux_groepslid_aanjager ON groepslid(verbondsgroep_id) WHERE aanjager = 1;

-- A small practice-based inquiry: what can the wijkteam of tomorrow do on this terrain?
CREATE TABLE ontwikkelopgave (
    id               INTEGER PRIMARY KEY,
    programma_id     INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    titel            TEXT    NOT NULL,
    vraag            TEXT    NOT NULL,
    terrein          TEXT    NOT NULL DEFAULT '',
    verbondsgroep_id INTEGER NULL REFERENCES verbondsgroep(id) ON DELETE SET NULL,
    bevindingen      TEXT    NOT NULL DEFAULT '',
    aanbeveling      TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT 'open'
                     CHECK (status IN ('open', 'in onderzoek', 'beantwoord', 'geagendeerd bij de gemeente')),
    volgorde         INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (programma_id, titel)
);

-- A story of an Amsterdammer or a professional, without anything that identifies a person (the app refuses obvious
-- identifiers). Who wrote it down is kept for the logboek only; a deleted account leaves the story.
CREATE TABLE verhaal (
    id               INTEGER PRIMARY KEY,
    programma_id     INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    titel            TEXT    NOT NULL,
    tekst            TEXT    NOT NULL,
    verteller        TEXT    NOT NULL CHECK (verteller IN ('bewoner', 'professional')),
    verbondsgroep_id INTEGER NULL REFERENCES verbondsgroep(id) ON DELETE SET NULL,
    opgetekend_op    TEXT    NOT NULL,  -- a date, yyyy-MM-dd
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_verhaal_programma ON verhaal(programma_id, id);

CREATE TABLE verhaal_bestaanszekerheid (
    verhaal_id        INTEGER NOT NULL REFERENCES verhaal(id) ON DELETE CASCADE,
    bestaanszekerheid TEXT    NOT NULL CHECK (bestaanszekerheid IN ('wonen', 'schulden', 'inkomen', 'veiligheid')),
    PRIMARY KEY (verhaal_id, bestaanszekerheid)
);

CREATE TABLE verhaal_ontwikkelopgave (
    verhaal_id         INTEGER NOT NULL REFERENCES verhaal(id) ON DELETE CASCADE,
    ontwikkelopgave_id INTEGER NOT NULL REFERENCES ontwikkelopgave(id) ON DELETE CASCADE,
    PRIMARY KEY (verhaal_id, ontwikkelopgave_id)
);
CREATE INDEX ix_verhaal_ontwikkelopgave ON verhaal_ontwikkelopgave(ontwikkelopgave_id);

-- The programma's maatwerk rules: above the per-casus ceiling a second decider is needed; lezers see casus amounts
-- only when the facilitator allows it. One row per programma, made when first set.
CREATE TABLE maatwerkregeling (
    programma_id         INTEGER PRIMARY KEY REFERENCES programma(id) ON DELETE CASCADE,
    plafond_per_casus    TEXT    NULL,  -- euros; NULL: no ceiling
    bedragen_voor_lezers INTEGER NOT NULL DEFAULT 0,
    version              INTEGER NOT NULL DEFAULT 1
);

-- One use of maatwerkbudget or regelruimte: an anonymous casus, the amount (0 when only a rule was set aside), the
-- rule set aside, and who decided (names as typed: deciders are often gemeente staff without an account).
CREATE TABLE maatwerkcasus (
    id               INTEGER PRIMARY KEY,
    programma_id     INTEGER NOT NULL REFERENCES programma(id) ON DELETE CASCADE,
    verbondsgroep_id INTEGER NOT NULL REFERENCES verbondsgroep(id) ON DELETE CASCADE,
    omschrijving     TEXT    NOT NULL,
    bedrag           TEXT    NOT NULL DEFAULT '0',
    regel            TEXT    NOT NULL DEFAULT '',
    besloten_door    TEXT    NOT NULL,
    tweede_beslisser TEXT    NOT NULL DEFAULT '',
    besloten_op      TEXT    NOT NULL,  -- a date, yyyy-MM-dd
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_maatwerkcasus_groep ON maatwerkcasus(verbondsgroep_id);

-- What a bijdrage became, for the two new kinds (as bijdrage_speerpunt and the others).
CREATE TABLE bijdrage_verhaal (
    bijdrage_id INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE,
    verhaal_id  INTEGER NOT NULL REFERENCES verhaal(id) ON DELETE CASCADE,
    PRIMARY KEY (bijdrage_id, verhaal_id)
);
CREATE INDEX ix_bijdrage_verhaal ON bijdrage_verhaal(verhaal_id);

CREATE TABLE bijdrage_ontwikkelopgave (
    bijdrage_id        INTEGER NOT NULL REFERENCES bijdrage(id) ON DELETE CASCADE,
    ontwikkelopgave_id INTEGER NOT NULL REFERENCES ontwikkelopgave(id) ON DELETE CASCADE,
    PRIMARY KEY (bijdrage_id, ontwikkelopgave_id)
);
CREATE INDEX ix_bijdrage_ontwikkelopgave ON bijdrage_ontwikkelopgave(ontwikkelopgave_id);

