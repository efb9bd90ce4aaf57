-- Qaytish register, schema version 10: whose records a listing carried out of the register.
--
-- An export or printout of many people's records (a CSV of the cases, the register of
-- certificates, a return list, the audit log's own CSV) is one audit entry of action
-- "export" about no one person. This table names every person whose record it carried, so
-- that the answer to a person's subject-access request lists it, and so that the entry
-- need not say which records left by a search text (a name or a number that the
-- anonymisation of that person could not take out of the append-only audit trail).
-- Like the audit trail, it is only ever appended to.
CREATE TABLE export_person (
    audit_id  INTEGER NOT NULL REFERENCES audit_log (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (person_id, audit_id)
) WITHOUT ROWID;

CREATE TRIGGER export_person_no_update BEFORE UPDATE ON export_person
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never changed');
END;

CREATE TRIGGER export_person_no_delete BEFORE DELETE ON export_person
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never deleted');
END;
