-- Qaytish register, schema version 3: documents and return lists.
-- Mission settings, the identity record confirmed by the authorities at home, photos, the
-- register of Certificates of Return with its numbering, the mission's signing keys, and
-- return lists (flight manifests) with escorts, passengers, overrides and events.

-- The mission's settings as key and value (core/missionsettings.h knows the keys and their
-- defaults). A key that is missing has its default.
CREATE TABLE mission_setting (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    key        TEXT NOT NULL UNIQUE,
    value      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The mission's Ed25519 keys for signing the QR codes of certificates. The newest key not
-- retired signs; retired keys stay so that the certificates they signed can be checked.
CREATE TABLE signing_key (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    key_id      TEXT NOT NULL UNIQUE,           -- short fingerprint of the public key
    public_key  TEXT NOT NULL,                  -- base64, 32 bytes
    secret_key  TEXT NOT NULL,                  -- base64, 64 bytes (libsodium's form)
    retired_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- The person's record as the authorities at home confirmed it, taken when a reply with the
-- result "confirmed" is recorded. A Certificate of Return prints these values, never the
-- editable person row or a host-country list (DESIGN.md).
CREATE TABLE confirmed_identity (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    request_id           INTEGER NOT NULL UNIQUE REFERENCES identity_request (id),
    case_id              INTEGER NOT NULL REFERENCES return_case (id),
    surname              TEXT NOT NULL,
    given_names          TEXT NOT NULL,
    patronymic           TEXT NOT NULL DEFAULT '',
    surname_cyrillic     TEXT NOT NULL DEFAULT '',
    given_names_cyrillic TEXT NOT NULL DEFAULT '',
    patronymic_cyrillic  TEXT NOT NULL DEFAULT '',
    sex                  TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    birth_date           TEXT,
    birth_place          TEXT NOT NULL DEFAULT '',
    pinfl                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX confirmed_identity_case ON confirmed_identity (case_id, id);

-- A person's photo, stored scaled to the size of the mission settings (never the original).
CREATE TABLE person_photo (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    person_id  INTEGER NOT NULL UNIQUE REFERENCES person (id),
    image      BLOB NOT NULL,                   -- JPEG
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Certificate numbers: prefix + year + sequence, numbered per prefix and year, never reused.
CREATE TABLE certificate_counter (
    prefix TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- The register of Certificates of Return. A spoiled or cancelled blank stays with its reason.
-- The person's data is the confirmed record as printed.
CREATE TABLE certificate (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    number               TEXT NOT NULL UNIQUE,
    prefix               TEXT NOT NULL,
    year                 INTEGER NOT NULL,
    sequence             INTEGER NOT NULL,
    case_id              INTEGER NOT NULL REFERENCES return_case (id),
    person_id            INTEGER NOT NULL REFERENCES person (id),
    confirmed_id         INTEGER REFERENCES confirmed_identity (id),
    status               TEXT NOT NULL DEFAULT 'valid' CHECK (status IN
        ('valid', 'spoiled', 'cancelled', 'used')),
    surname              TEXT NOT NULL,
    given_names          TEXT NOT NULL,
    patronymic           TEXT NOT NULL DEFAULT '',
    surname_cyrillic     TEXT NOT NULL DEFAULT '',
    given_names_cyrillic TEXT NOT NULL DEFAULT '',
    patronymic_cyrillic  TEXT NOT NULL DEFAULT '',
    sex                  TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    birth_date           TEXT,
    birth_place          TEXT NOT NULL DEFAULT '',
    pinfl                TEXT NOT NULL DEFAULT '',
    photo                BLOB,                  -- the photo as printed (JPEG)
    issue_date           TEXT NOT NULL,
    valid_until          TEXT NOT NULL,
    issued_by            TEXT NOT NULL,
    head_of_mission      TEXT NOT NULL DEFAULT '',
    duty_amount          TEXT NOT NULL DEFAULT '',
    duty_currency        TEXT NOT NULL DEFAULT '',
    receipt_number       TEXT NOT NULL DEFAULT '',
    exemption_reason     TEXT NOT NULL DEFAULT '',
    payload              TEXT NOT NULL DEFAULT '', -- the signed QR payload
    key_id               TEXT NOT NULL DEFAULT '',
    void_reason          TEXT NOT NULL DEFAULT '',
    voided_by            TEXT NOT NULL DEFAULT '',
    voided_at            TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (prefix, year, sequence)
);
CREATE INDEX certificate_case ON certificate (case_id, id);
-- One valid certificate per person at a time.
CREATE UNIQUE INDEX certificate_one_valid ON certificate (person_id) WHERE status = 'valid';

CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
BEGIN
    SELECT RAISE(ABORT, 'certificates stay in the register');
END;

-- Facts about a case that stop a return at once (hard stops of a return list).
ALTER TABLE return_case ADD COLUMN removal_stayed INTEGER NOT NULL DEFAULT 0; -- court stay of removal
ALTER TABLE return_case ADD COLUMN do_not_board INTEGER NOT NULL DEFAULT 0;   -- "do not board" instruction
ALTER TABLE return_case ADD COLUMN hold_note TEXT NOT NULL DEFAULT '';         -- its reference or date

-- Return lists (flight manifests): draft -> final -> completed; a final list changes only
-- after it is reopened, and the reopening is an event.
CREATE TABLE return_list (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    flight_number  TEXT NOT NULL,
    carrier        TEXT NOT NULL DEFAULT '',
    flight_date    TEXT NOT NULL,
    departure_time TEXT NOT NULL DEFAULT '',    -- HH:mm, local time of departure
    from_airport   TEXT NOT NULL,               -- IATA
    to_airport     TEXT NOT NULL,               -- IATA
    capacity       INTEGER NOT NULL DEFAULT 0,  -- 0: not set
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'completed')),
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX return_list_date ON return_list (flight_date, id);

CREATE TABLE return_list_escort (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    list_id    INTEGER NOT NULL REFERENCES return_list (id),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    document   TEXT NOT NULL DEFAULT '',
    removed    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX return_list_escort_list ON return_list_escort (list_id, id);

-- A passenger: a case on a list, with the reception data for the authorities at home.
-- boarded: NULL until the flight, then 1 (returned) or 0 (did not board, with the reason).
CREATE TABLE return_list_passenger (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    list_id            INTEGER NOT NULL REFERENCES return_list (id),
    case_id            INTEGER NOT NULL REFERENCES return_case (id),
    position           INTEGER NOT NULL,
    removed            INTEGER NOT NULL DEFAULT 0,
    removed_reason     TEXT NOT NULL DEFAULT '',
    region             TEXT NOT NULL DEFAULT '',
    district           TEXT NOT NULL DEFAULT '',
    receiver_name      TEXT NOT NULL DEFAULT '',
    receiver_relation  TEXT NOT NULL DEFAULT '',  -- a relative's relation, or the body
    receiver_contact   TEXT NOT NULL DEFAULT '',
    receiver_consent   INTEGER NOT NULL DEFAULT 0, -- the person agreed that they be contacted
    receiver_confirmed INTEGER NOT NULL DEFAULT 0, -- the receiver confirmed (minors)
    boarded            INTEGER,
    not_boarded_reason TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (list_id, case_id)
);
CREATE INDEX return_list_passenger_case ON return_list_passenger (case_id);

-- A warning a consul overrode, with the reason (hard stops cannot be overridden).
CREATE TABLE return_list_override (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    list_id    INTEGER NOT NULL REFERENCES return_list (id),
    case_id    INTEGER REFERENCES return_case (id), -- NULL for a warning about the whole list
    code       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX return_list_override_list ON return_list_override (list_id, id);

-- What happened to a list: created, finalized, reopened (with its reason), completed.
CREATE TABLE return_list_event (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    list_id    INTEGER NOT NULL REFERENCES return_list (id),
    actor      TEXT NOT NULL,
    event      TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,                  -- when it happened
    updated_at TEXT NOT NULL
);
CREATE INDEX return_list_event_list ON return_list_event (list_id, id);

-- Registers from before this version recorded no confirmed record with a reply: the person's
-- record at the time of the upgrade stands in for it, so that cases already confirmed can
-- receive a certificate. The change_log line of the upgrade says so.
INSERT INTO confirmed_identity (uuid, request_id, case_id, surname, given_names, patronymic,
                                surname_cyrillic, given_names_cyrillic, patronymic_cyrillic,
                                sex, birth_date, birth_place, pinfl, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
             || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
             || '-' || hex(randomblob(6))),
       r.id, r.case_id, p.surname, p.given_names, p.patronymic, p.surname_cyrillic,
       p.given_names_cyrillic, p.patronymic_cyrillic, p.sex, p.birth_date, p.birth_place, p.pinfl,
       r.updated_at, r.updated_at
FROM identity_request r
JOIN return_case c ON c.id = r.case_id
JOIN person p ON p.id = c.person_id
WHERE r.reply_result = 'confirmed';

INSERT INTO change_log (at, actor, table_name, row_id, field, old_value, new_value)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'qaytish', 'confirmed_identity', 0, '*', NULL,
       'upgrade to version 3: the person records of ' || count(*) ||
       ' confirmed replies taken as the confirmed records'
FROM confirmed_identity HAVING count(*) > 0;
