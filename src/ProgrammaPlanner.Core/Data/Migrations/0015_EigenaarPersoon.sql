-- Owners are people: an actiepunt (besides its partner organisation) and a mijlpaal can name a member of the programma as
-- owner. Optional. Deleting the account clears it here; leaving the programma clears it in UpdateLidmaatschap.
ALTER TABLE actiepunt ADD COLUMN eigenaar_gebruiker_id INTEGER NULL REFERENCES gebruiker(id) ON DELETE SET NULL;
ALTER TABLE mijlpaal ADD COLUMN eigenaar_gebruiker_id INTEGER NULL REFERENCES gebruiker(id) ON DELETE SET NULL;
CREATE INDEX ix_actiepunt_eigenaar_gebruiker ON actiepunt(eigenaar_gebruiker_id);
CREATE INDEX ix_mijlpaal_eigenaar_gebruiker ON mijlpaal(eigenaar_gebruiker_id);
