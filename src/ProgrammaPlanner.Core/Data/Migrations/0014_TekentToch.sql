-- Who signs: a penvoerder or partner signs the plan and its voortgangsrapportage; a financier or adviseur does not,
-- unless the facilitator says so here (1: this financier or adviseur signs after all). See PartnerRol.Tekent.
ALTER TABLE partner ADD COLUMN tekent_toch INTEGER NOT NULL DEFAULT 0;
