-- Qaytish register, schema version 5: user accounts and roles.
--
-- A register without rows here needs no sign-in. Roles are codes separated by spaces
-- (officer, consul, administrator, auditor); a user may hold several. The password is an
-- Argon2id hash in libsodium's encoded form, which carries its own parameters; it is never
-- written to change_log. failed_attempts and not_before hold the wait after failed sign-ins,
-- so that every program on the register keeps it. Accounts are disabled, never deleted:
-- change_log and the histories name them.

CREATE TABLE app_user (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name            TEXT NOT NULL DEFAULT '',
    password_hash        TEXT NOT NULL,
    roles                TEXT NOT NULL,
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    not_before           TEXT NOT NULL DEFAULT '',
    last_sign_in_at      TEXT NOT NULL DEFAULT '',
    password_changed_at  TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'user accounts are disabled, not deleted');
END;

-- A register of an earlier version that holds people asks for an administrator the first
-- time the application opens it (a new register is created with or without one).
INSERT INTO register_info (key, value)
SELECT 'accounts', 'pending' WHERE EXISTS (SELECT 1 FROM person);
