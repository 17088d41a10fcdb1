-- The page a board signed on paper, scanned (PDF, PNG or JPEG), kept with its paper approval and, like the decision,
-- never changed afterwards.
CREATE TABLE planversie_scan (
    planversie_id INTEGER NOT NULL,
    partner_id    INTEGER NOT NULL,
    bestandsnaam  TEXT    NOT NULL,
    mediatype     TEXT    NOT NULL,
    inhoud        BLOB    NOT NULL,
    sha256        TEXT    NOT NULL,
    PRIMARY KEY (planversie_id, partner_id),
    FOREIGN KEY (planversie_id, partner_id) REFERENCES planversie_besluit(planversie_id, partner_id) ON DELETE CASCADE
);

CREATE TRIGGER planversie_scan_onveranderlijk BEFORE UPDATE ON planversie_scan
BEGIN
    SELECT RAISE(ABORT, 'Een getekende pagina verandert nooit.');
END;

CREATE TABLE voortgangsversie_scan (
    voortgangsversie_id INTEGER NOT NULL,
    partner_id          INTEGER NOT NULL,
    bestandsnaam        TEXT    NOT NULL,
    mediatype           TEXT    NOT NULL,
    inhoud              BLOB    NOT NULL,
    sha256              TEXT    NOT NULL,
    PRIMARY KEY (voortgangsversie_id, partner_id),
    FOREIGN KEY (voortgangsversie_id, partner_id) REFERENCES voortgangsversie_besluit(voortgangsversie_id, partner_id) ON DELETE CASCADE
);

CREATE TRIGGER voortgangsversie_scan_onveranderlijk BEFORE UPDATE ON voortgangsversie_scan
BEGIN
    SELECT RAISE(ABORT, 'Een getekende pagina verandert nooit.');
END;
