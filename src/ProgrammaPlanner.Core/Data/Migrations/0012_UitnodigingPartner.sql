-- An invitation as bestuurder can name the partner the invitee will approve for: accepting it links the new member to
-- that partner at once. A partner deleted before acceptance leaves the invitation valid, without the partner.
ALTER TABLE link ADD COLUMN partner_id INTEGER NULL REFERENCES partner(id) ON DELETE SET NULL;
