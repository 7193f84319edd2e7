-- SPDX-License-Identifier: MIT
-- ARDesk schema v21 (PostgreSQL), as resources/sql/sqlite/0021_open_invoices_by_client.sql: a
-- clerk's open invoices through a small partial index; promises_created (unused since schema
-- 20's promises_made) dropped.
--
-- Here both indexes also carry what the queue reads (INCLUDE), so a clerk's open invoices are an
-- index-only scan joined to the clerk's clients, also index-only: PostgreSQL's heap has no row id
-- in its indexes (SQLite's have the rowid), and through the heap the statement visited ≈ 11,000
-- invoice pages and ≈ 3,000 client pages for the busiest clerk of tier L (≈ 110 ms; ≈ 25 ms
-- index-only).
CREATE INDEX invoices_open_client ON invoices (client_id, due_date)
    INCLUDE (id, number, balance_minor, currency, disputed, status) WHERE balance_minor > 0;
DROP INDEX clients_assigned_live;
CREATE INDEX clients_assigned_live ON clients (assigned_user_id) INCLUDE (id)
    WHERE archived_at IS NULL;
DROP INDEX promises_created;
