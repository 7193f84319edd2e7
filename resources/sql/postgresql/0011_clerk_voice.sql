-- SPDX-License-Identifier: MIT
-- ARDesk schema v11 (PostgreSQL): the clerk's voice in reminders and the last conversation, as
-- resources/sql/sqlite/0011_clerk_voice.sql.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN signature TEXT NOT NULL DEFAULT '';

ALTER TABLE client_summary ADD COLUMN last_conversation_at TEXT;
UPDATE client_summary SET last_conversation_at = (
    SELECT max(r.occurred_at) FROM notes n JOIN note_revisions r ON r.note_id = n.id
    WHERE n.client_id = client_summary.client_id
      AND (r.channel = 'meeting'
           OR (r.direction = 'in' AND r.channel <> 'internal')
           OR (r.channel = 'call'
               AND r.outcome NOT IN ('left_voicemail', 'no_answer', 'wrong_number'))));
