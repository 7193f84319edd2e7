-- SPDX-License-Identifier: MIT
-- ARDesk schema v22 (PostgreSQL), as resources/sql/sqlite/0022_schema_record.sql: the Today
-- queue finds a contact's dialable phones in an index (an index-only EXISTS).
--
-- The company file's record of its own definitions (ardesk_schema_objects) has no counterpart
-- here: a server's catalogue is not a file whose bytes can flip unnoticed.
CREATE INDEX contact_phones_dialable ON contact_phones (contact_id) WHERE e164 <> '';
