-- Qaytish register, schema version 5: indexes for the register window's dashboard.
--
-- The dashboard (core/dashboard.h) counts, besides the cases by status (case_status), the
-- cases behind three conditions (CaseCondition in core/casequery.h), and the table shows
-- them when a figure is clicked. Each condition starts from the few rows concerned rather
-- than from every case:

-- Identity checks waiting for a reply: only requests without a reply are indexed, by the
-- day they were sent, so "sent before the overdue day" is one range of this small index.
CREATE INDEX identity_request_waiting ON identity_request (out_date, case_id)
    WHERE reply_result = '';

-- Travel documents about to expire: the passports expiring within the window (shifted by
-- the mission's passport margin) ...
CREATE INDEX person_passport_expiry ON person (passport_expiry_date);

-- ... and the valid Certificates of Return expiring within it.
CREATE INDEX certificate_valid_until ON certificate (valid_until, case_id)
    WHERE status = 'valid';
