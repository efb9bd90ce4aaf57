-- Qaytish register, schema version 8: consent, objection and retention.
--
-- Consent is recorded per purpose (contacting relatives, sharing the case with a lawyer),
-- each with the day it was given and its form (written, oral, electronic); withdrawing it
-- clears the consent, and the audit trail keeps when and by whom. A person's objection to
-- consular action is recorded with its day and their words; while it stands no consent can
-- be recorded, no receiver at home is contacted and reception lists leave the receiver out.
--
-- Retention (mission settings retention.*): an administrator anonymises the persons whose
-- cases are all returned or closed for longer than the period. anonymised_at marks such a
-- person: the names, identifiers, contacts, notes and photo are gone, the statistics stay.

ALTER TABLE return_case ADD COLUMN consent_contact_relatives_on TEXT;
ALTER TABLE return_case ADD COLUMN consent_contact_relatives_form TEXT NOT NULL DEFAULT ''
    CHECK (consent_contact_relatives_form IN ('', 'written', 'oral', 'electronic'));
ALTER TABLE return_case ADD COLUMN consent_share_lawyer_on TEXT;
ALTER TABLE return_case ADD COLUMN consent_share_lawyer_form TEXT NOT NULL DEFAULT ''
    CHECK (consent_share_lawyer_form IN ('', 'written', 'oral', 'electronic'));
ALTER TABLE return_case ADD COLUMN objects_to_consular_action INTEGER NOT NULL DEFAULT 0
    CHECK (objects_to_consular_action IN (0, 1));
ALTER TABLE return_case ADD COLUMN objection_on TEXT;
ALTER TABLE return_case ADD COLUMN objection_note TEXT NOT NULL DEFAULT '';

ALTER TABLE person ADD COLUMN anonymised_at TEXT;
