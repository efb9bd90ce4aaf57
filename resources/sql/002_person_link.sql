-- Qaytish register, schema version 2: "the same person" links.
-- Two person rows that the officer has recorded as one and the same person (a probable
-- duplicate found on saving or importing). Nothing is merged: both rows and their cases
-- stay as they are, the link says who decided and when. The lower person id comes first,
-- so a pair is stored once.

CREATE TABLE person_link (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    person_a   INTEGER NOT NULL REFERENCES person (id),
    person_b   INTEGER NOT NULL REFERENCES person (id),
    linked_by  TEXT NOT NULL,
    linked_at  TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (person_a < person_b),
    UNIQUE (person_a, person_b)
);
CREATE INDEX person_link_b ON person_link (person_b);
