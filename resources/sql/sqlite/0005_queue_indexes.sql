-- SPDX-License-Identifier: MIT
-- ARDesk schema v5: two small partial indexes for the Today queue (docs/performance.md,
-- "Today queue and reminder run").
--
-- The queue reads a clerk's live clients (tens of thousands on a large company) and, for each,
-- the promises still to judge. Without these it looked each client row up in the table for
-- archived_at, and every promise of the client (kept and cancelled ones too) for its status
-- and date. Both indexes leave out the rows the queue never wants, so they stay small:
--   clients_assigned_live  — only live clients (archived ones are not in it); covering for
--                            "assigned_user_id = ? AND archived_at IS NULL"
--   promises_pending_client — only promises not yet settled (not kept, not cancelled), by
--                            client and date; the queue's condition names the same predicate,
--                            which is what lets SQLite use a partial index.
CREATE INDEX clients_assigned_live ON clients(assigned_user_id) WHERE archived_at IS NULL;
CREATE INDEX promises_pending_client ON promises(client_id, promised_date)
    WHERE status NOT IN ('cancelled','kept');
