-- Who reports a doelstelling's realisatie in the yearly round: the partner the facilitator chose. Without a choice it is the
-- trekker of the projects that serve it when they all have the same trekker; otherwise nobody, and the facilitator fills it in.
-- A partner that leaves the coalition drops out of the choice: the doelstelling falls back to that rule.
ALTER TABLE doelstelling ADD COLUMN rapporteur_partner_id INTEGER NULL REFERENCES partner(id) ON DELETE SET NULL;
