-- SPDX-License-Identifier: MIT
-- ARDesk schema v22: the file keeps a record of its own definitions, and the Today queue finds a
-- contact's dialable phones in an index.
--
-- ardesk_schema_objects holds the name, kind and SHA-256 of the SQL text of every table, index,
-- trigger and view (src/core/storage/schemacheck.h). Each migration from this one on rewrites it
-- in its transaction; opening the file and `verify` compare the definitions with it. A byte
-- flipped in a table's definition (a column renamed, a type changed) passes SQLite's quick check
-- and every statement that does not touch that table: with the record it is damage, found
-- before anything is written. The record is the file's own, so it is never copied to or from a
-- team database.
CREATE TABLE ardesk_schema_objects (
    name   TEXT PRIMARY KEY,
    type   TEXT NOT NULL,
    sha256 TEXT NOT NULL
) WITHOUT ROWID;

-- The Today queue asks, for each contact of a clerk's clients, whether it has a phone that
-- parsed (ChaseFactsQuery: EXISTS ... e164 <> ''). This index answers from itself; through
-- contact_phones_contact every phone row was read from the table (docs/performance.md).
CREATE INDEX contact_phones_dialable ON contact_phones(contact_id) WHERE e164 <> '';
