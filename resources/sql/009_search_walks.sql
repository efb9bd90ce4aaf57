-- Qaytish register, schema version 9: the name search reads index entries, not case rows.
--
-- A name search takes one of three ways through the cases (core/casequery.h). Two of them
-- read a case only to learn its person or its reference, which on a register of a million
-- cases means thousands of rows scattered over the file, read one page each:

-- The candidate scan walks the cases in reference order and tests each case's person
-- against the search index's candidates: with the person in the index entry, the walk
-- reads the index alone.
CREATE INDEX case_ref_person ON return_case (case_ref, person_id);

-- The indexed plan takes the cases of the persons found and sorts them by reference: with
-- the reference in the index entry, neither step reads a case row.
DROP INDEX case_person;
CREATE INDEX case_person ON return_case (person_id, case_ref);
