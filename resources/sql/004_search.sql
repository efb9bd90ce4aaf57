-- Qaytish register, schema version 4: an index for the name search.
--
-- The search (names::matches, run in SQL as a GLOB per typed word on ' ' || search_key) lets
-- o stand for a or u. A GLOB with [ao] classes cannot use an index, so it scanned every
-- person. person_search holds, per person, the "skeleton" of each word of its search key:
-- a and u written as o. A typed word matches a stored word only if its skeleton is a prefix
-- of the stored word's skeleton, so an FTS5 prefix query on skeletons finds every match
-- (and a few more: Hasan meets Husan here); CaseQuery then applies the exact GLOB to those
-- candidates only. Search keys hold only a-z, 0-9 and single spaces (names::searchKey), so
-- the ascii tokenizer splits them exactly into their words.
--
-- Contentless (the words are in person.search_key already) and without positions: prefix
-- and AND queries need neither. The prefix index for 1 to 3 letters keeps the queries of
-- the first keystrokes from merging thousands of terms.
--
-- Triggers keep it current on every write path (ChangeWriter, SearchKeys, bulk loads):
-- the person's rowid is the document's rowid. A contentless table forgets what it indexed,
-- so a 'delete' must be given the old skeleton, which the triggers compute from old values.
-- The skeleton is written out here and in person_search_source (used to rebuild the index);
-- names::searchSkeleton() computes the same for a typed word.

CREATE VIRTUAL TABLE person_search USING fts5 (
    words,
    content = '',
    columnsize = 0,
    detail = none,
    prefix = '1 2 3',
    tokenize = 'ascii'
);

CREATE VIEW person_search_source AS
    SELECT id, replace(replace(search_key, 'a', 'o'), 'u', 'o') AS words FROM person;

INSERT INTO person_search (rowid, words) SELECT id, words FROM person_search_source;

CREATE TRIGGER person_search_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_search (rowid, words)
    VALUES (new.id, replace(replace(new.search_key, 'a', 'o'), 'u', 'o'));
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF id, search_key ON person
BEGIN
    INSERT INTO person_search (person_search, rowid, words)
    VALUES ('delete', old.id, replace(replace(old.search_key, 'a', 'o'), 'u', 'o'));
    INSERT INTO person_search (rowid, words)
    VALUES (new.id, replace(replace(new.search_key, 'a', 'o'), 'u', 'o'));
END;

-- Persons are never deleted today (person_no_delete); should the deliberate anonymisation
-- ever delete one, its words leave the index with it.
CREATE TRIGGER person_search_delete AFTER DELETE ON person
BEGIN
    INSERT INTO person_search (person_search, rowid, words)
    VALUES ('delete', old.id, replace(replace(old.search_key, 'a', 'o'), 'u', 'o'));
END;
