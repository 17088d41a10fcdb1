-- The printed document of a frozen version, kept as it was handed out: the copy the boards received (status
-- 'ter besluitvorming') and, once all approved, the vastgesteld copy with their decisions. Printed once, then every
-- download serves these bytes, so a later template or font can never change what a board signed. sha256 is over inhoud.
CREATE TABLE planversie_document (
    planversie_id  INTEGER NOT NULL REFERENCES planversie(id) ON DELETE CASCADE,
    status         TEXT    NOT NULL CHECK (status IN ('ter besluitvorming', 'vastgesteld')),
    formaat        TEXT    NOT NULL CHECK (formaat IN ('pdf', 'docx')),
    inhoud         BLOB    NOT NULL,
    sha256         TEXT    NOT NULL,
    bestandsnaam   TEXT    NOT NULL,
    gemaakt_op     TEXT    NOT NULL,
    PRIMARY KEY (planversie_id, status, formaat)
);

CREATE TRIGGER planversie_document_onveranderlijk BEFORE UPDATE ON planversie_document
BEGIN
    SELECT RAISE(ABORT, 'Een bewaard versiedocument verandert nooit.');
END;

-- The same for a version of a year's voortgangsrapportage: the boards receive and sign it like a plan version.
CREATE TABLE voortgangsversie_document (
    voortgangsversie_id  INTEGER NOT NULL REFERENCES voortgangsversie(id) ON DELETE CASCADE,
    status               TEXT    NOT NULL CHECK (status IN ('ter besluitvorming', 'vastgesteld')),
    formaat              TEXT    NOT NULL CHECK (formaat IN ('pdf', 'docx')),
    inhoud               BLOB    NOT NULL,
    sha256               TEXT    NOT NULL,
    bestandsnaam         TEXT    NOT NULL,
    gemaakt_op           TEXT    NOT NULL,
    PRIMARY KEY (voortgangsversie_id, status, formaat)
);

CREATE TRIGGER voortgangsversie_document_onveranderlijk BEFORE UPDATE ON voortgangsversie_document
BEGIN
    SELECT RAISE(ABORT, 'Een bewaard versiedocument verandert nooit.');
END;
