-- SPDX-License-Identifier: MIT
-- ARDesk schema v9 (PostgreSQL): next contact from tasks, as
-- resources/sql/sqlite/0009_next_contact_from_tasks.sql (SQLite's two-argument max() is
-- GREATEST here).
UPDATE client_summary SET next_contact_date = (
    SELECT min(GREATEST(t.due_date, COALESCE(t.snoozed_until, t.due_date)))
    FROM tasks t
    WHERE t.client_id = client_summary.client_id AND t.status = 'open'
      AND t.kind IN ('follow_up', 'call'));
