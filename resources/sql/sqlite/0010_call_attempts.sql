-- SPDX-License-Identifier: MIT
-- ARDesk schema v10: calls dialled from the window (docs/workflow.md, "Calls not logged").
--
-- A call dialled from a contact's phone icon is a fact the moment it is dialled, written before
-- the call log opens, so that discarding the log, closing the window or a crash cannot lose it.
-- Until the user who dialled logs a call note for the client at or after the dial time (or says
-- no call took place: dismissed_at), the Today queue shows "Call to … not logged" to them.
-- Not part of the record (no chain link, no search row): the call note is the record.
CREATE TABLE call_attempts (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients(id),
    contact_id     INTEGER REFERENCES contacts(id),
    contact_name   TEXT NOT NULL DEFAULT '',
    user_id        INTEGER NOT NULL REFERENCES users(id),
    number         TEXT NOT NULL DEFAULT '',
    extension      TEXT NOT NULL DEFAULT '',
    dialled_at     TEXT NOT NULL,
    logged_note_id INTEGER REFERENCES notes(id),
    dismissed_at   TEXT
);
-- The Today queue reads a user's open attempts.
CREATE INDEX call_attempts_open ON call_attempts(user_id, dialled_at)
    WHERE logged_note_id IS NULL AND dismissed_at IS NULL;
