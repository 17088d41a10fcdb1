-- The keys that protect sign-in cookies, forms and the pages' state (ASP.NET data protection), in the database rather
-- than in the home folder of one machine: every app instance on this database reads the same keys (issue 16).
CREATE TABLE beveiligingssleutel (
    naam TEXT NOT NULL PRIMARY KEY,
    xml  TEXT NOT NULL
);
