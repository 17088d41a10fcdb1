-- The per-address request limits (sign-in posts, the participants' pages) when several app instances share this
-- database: one row per limited key, read and moved forward in one statement by every instance (issue 16). On the
-- SQLite file there is one instance, whose limits are counted in memory; the table stays empty there.
-- bezet_tot: until when (Unix milliseconds) the key's allowance is used up; a moment in the past means a full allowance.
CREATE TABLE verzoeklimiet (
    sleutel   TEXT NOT NULL PRIMARY KEY,
    bezet_tot INTEGER NOT NULL
);
