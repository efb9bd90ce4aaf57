-- Qaytish register, schema version 1.
-- Applied in one transaction by Database::migrate(); PRAGMA user_version is set there.
-- Every row that can travel between machines has a uuid besides its integer key, plus
-- created_at/updated_at (ISO 8601, UTC). Nothing is deleted: a case is closed, not erased.
-- Derived columns (*_key, *_sort, status_rank) are computed in core and carry the version
-- of their rules in register_info, so that a later migration can recompute them.

CREATE TABLE register_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE person (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    surname              TEXT NOT NULL,
    given_names          TEXT NOT NULL,
    patronymic           TEXT NOT NULL DEFAULT '',
    surname_cyrillic     TEXT NOT NULL DEFAULT '',
    given_names_cyrillic TEXT NOT NULL DEFAULT '',
    patronymic_cyrillic  TEXT NOT NULL DEFAULT '',
    sex                  TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    birth_date           TEXT,
    birth_place          TEXT NOT NULL DEFAULT '',
    nationality          TEXT NOT NULL DEFAULT 'UZB',
    pinfl                TEXT NOT NULL DEFAULT '',
    passport_number      TEXT NOT NULL DEFAULT '',
    passport_issue_date  TEXT,
    passport_expiry_date TEXT,
    contact_abroad       TEXT NOT NULL DEFAULT '',
    contact_home         TEXT NOT NULL DEFAULT '',
    family_group         TEXT NOT NULL DEFAULT '',
    name_latin_sort      TEXT NOT NULL DEFAULT '',
    name_cyrillic_sort   TEXT NOT NULL DEFAULT '',
    search_key           TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX person_pinfl ON person (pinfl);
CREATE INDEX person_passport ON person (passport_number);
CREATE INDEX person_latin_sort ON person (name_latin_sort);
CREATE INDEX person_cyrillic_sort ON person (name_cyrillic_sort);
CREATE INDEX person_birth_date ON person (birth_date);

CREATE TABLE return_case (
    id                        INTEGER PRIMARY KEY,
    uuid                      TEXT NOT NULL UNIQUE,
    case_ref                  TEXT NOT NULL UNIQUE,
    person_id                 INTEGER NOT NULL REFERENCES person (id),
    host_reference            TEXT NOT NULL DEFAULT '',
    visa_class                TEXT NOT NULL DEFAULT '',
    entry_date                TEXT,
    authorized_until          TEXT,
    authorized_ds             INTEGER NOT NULL DEFAULT 0,
    custody                   TEXT NOT NULL DEFAULT 'at_large' CHECK (custody IN ('at_large', 'detained')),
    facility                  TEXT NOT NULL DEFAULT '',
    needs                     TEXT NOT NULL DEFAULT '',
    consent_contact_relatives INTEGER NOT NULL DEFAULT 0,
    consent_share_lawyer      INTEGER NOT NULL DEFAULT 0,
    legal_representative      TEXT NOT NULL DEFAULT '',
    return_wish               TEXT NOT NULL DEFAULT '',
    assigned_officer          TEXT NOT NULL DEFAULT '',
    notes                     TEXT NOT NULL DEFAULT '',
    host_request_reference    TEXT NOT NULL DEFAULT '',
    host_request_officer      TEXT NOT NULL DEFAULT '',
    host_request_date         TEXT,
    host_order_date           TEXT,
    host_order_type           TEXT NOT NULL DEFAULT '',
    status                    TEXT NOT NULL DEFAULT 'registered' CHECK (status IN
        ('registered', 'identity_check', 'identity_confirmed', 'document_issued',
         'on_return_list', 'returned', 'closed')),
    status_rank               INTEGER NOT NULL DEFAULT 0,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX case_person ON return_case (person_id);
CREATE INDEX case_status ON return_case (status_rank, id);
CREATE INDEX case_host_reference ON return_case (host_reference);
CREATE INDEX case_updated ON return_case (updated_at);
CREATE INDEX case_authorized_until ON return_case (authorized_until);
CREATE INDEX case_facility ON return_case (facility);

CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES return_case (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_history_case ON status_history (case_id, id);

CREATE TABLE identity_request (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES return_case (id),
    out_number   TEXT NOT NULL,
    out_date     TEXT NOT NULL,
    reply_number TEXT NOT NULL DEFAULT '',
    reply_date   TEXT,
    reply_result TEXT NOT NULL DEFAULT '' CHECK (reply_result IN
        ('', 'confirmed', 'no_record', 'not_citizen', 'more_info')),
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX identity_request_case ON identity_request (case_id, id);

CREATE TABLE interview (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    case_id        INTEGER NOT NULL REFERENCES return_case (id),
    interview_date TEXT NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    interpreter    TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    stated_wishes  TEXT NOT NULL DEFAULT '',
    officer        TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX interview_case ON interview (case_id, id);

-- The field-level changes of every write, from the single write path (ChangeWriter).
-- The audit trail of a later version is built on it.
CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX change_log_row ON change_log (table_name, row_id);

-- Case references are numbered per year and never reused.
CREATE TABLE case_ref_counter (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN
    SELECT RAISE(ABORT, 'persons are archived, not deleted');
END;

CREATE TRIGGER case_no_delete BEFORE DELETE ON return_case
BEGIN
    SELECT RAISE(ABORT, 'cases are closed, not deleted');
END;

INSERT INTO register_info (key, value) VALUES ('search_key_version', '1');
