-- SPDX-License-Identifier: MIT
-- ARDesk schema v5 (PostgreSQL): the Today queue's two partial indexes, as
-- resources/sql/sqlite/0005_queue_indexes.sql.
CREATE INDEX clients_assigned_live ON clients (assigned_user_id) WHERE archived_at IS NULL;
CREATE INDEX promises_pending_client ON promises (client_id, promised_date)
    WHERE status NOT IN ('cancelled','kept');
