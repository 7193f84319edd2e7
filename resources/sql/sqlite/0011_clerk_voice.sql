-- SPDX-License-Identifier: MIT
-- ARDesk schema: reminders speak for the account's clerk; last conversation apart from last
-- touch (docs/email.md "Who a message speaks for", docs/workflow.md "Today").
--
-- users.email / users.signature: the From name, Reply-To and signature of the messages that
-- speak for the user (the reminders of the clients they are the clerk of, their own sends).
-- Empty: the company's sender (the SMTP settings) speaks instead.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN signature TEXT NOT NULL DEFAULT '';

-- client_summary.last_conversation_at: the newest real exchange with the client (a meeting, a
-- call that reached someone, anything inbound), which the Today priority counts; last_contact_at
-- stays the last touch of any kind, automatic e-mails included. Backfilled from the notes with
-- the predicate of ArSummary (src/core/storage/arsummary.cpp, conversationPredicate).
ALTER TABLE client_summary ADD COLUMN last_conversation_at TEXT;
UPDATE client_summary SET last_conversation_at = (
    SELECT max(r.occurred_at) FROM notes n JOIN note_revisions r ON r.note_id = n.id
    WHERE n.client_id = client_summary.client_id
      AND (r.channel = 'meeting'
           OR (r.direction = 'in' AND r.channel <> 'internal')
           OR (r.channel = 'call'
               AND r.outcome NOT IN ('left_voicemail', 'no_answer', 'wrong_number'))));
