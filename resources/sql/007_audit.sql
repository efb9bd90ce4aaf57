-- Qaytish register, schema version 7: the audit trail.
--
-- Every write (from the single write path), every opening of a person's record and every
-- export or printout of personal data is one entry of audit_log. The application only ever
-- appends to it. Each entry carries the hash of the entry before it (a hash chain, see
-- core/auditlog.h and docs/ARCHITECTURE.md), so that `qaytish-cli audit verify` finds an
-- entry that was edited, deleted or moved even when the triggers below were dropped first.
--
-- Values of a person's records (old_value, new_value) are sealed with that person's own key
-- (person_key); anonymising the person destroys the key, which leaves the sealed bytes, and
-- so the chain, as they were. Values of other records (mission settings, accounts, return
-- lists) are kept as text. Entries of a person's record name the person (person_id), so
-- that their key is found without reading the record.
--
-- change_log, the write log of schemas 1 to 6, is carried over into audit_log by the
-- migration's own code (Database::migrate) and then dropped.

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY, -- 1, 2, 3, ... without a gap
    at         TEXT NOT NULL,       -- UTC, ISO 8601
    user_id    INTEGER NOT NULL,    -- the account; 0 when none is signed in (a register
                                    -- without accounts, the bookkeeping of a sign-in)
    actor      TEXT NOT NULL,       -- the account's name, or the system user's
    action     TEXT NOT NULL,       -- insert, update, event, open, export
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    person_id  INTEGER NOT NULL,    -- whose record: its values are sealed; 0 for none
    field      TEXT NOT NULL,
    old_value  BLOB,                -- text, or sealed bytes when person_id is not 0
    new_value  BLOB,
    prev_hash  BLOB NOT NULL,       -- the hash of entry id - 1 (32 zero bytes for entry 1)
    hash       BLOB NOT NULL
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_person ON audit_log (person_id) WHERE person_id <> 0;

-- The head of the chain, kept in the same transaction as each entry: cutting entries off
-- the end of the log shows as a head that no entry matches.
CREATE TABLE audit_head (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    hash    BLOB NOT NULL
);
INSERT INTO audit_head (id, last_id, hash) VALUES (1, 0, zeroblob(32));

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never deleted');
END;

CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_head SET last_id = NEW.id, hash = NEW.hash WHERE id = 1;
END;

-- One key per person (32 random bytes) seals the personal values in audit_log. Removing the
-- row is how anonymisation makes those values unreadable for good.
CREATE TABLE person_key (
    person_id INTEGER PRIMARY KEY REFERENCES person (id),
    key       BLOB NOT NULL CHECK (length(key) = 32)
);
