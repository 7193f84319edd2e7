-- SPDX-License-Identifier: MIT
-- ARDesk schema v9: next contact from tasks (docs/workflow.md, "Next contact").
--
-- Next contact is the client's earliest open follow-up or call task (snoozed ones at their
-- snoozed-until date), no longer the date on its newest note: a newer note without a date (an
-- automatic e-mail, a recap) cleared the column while the follow-up stayed open (#12).
-- client_summary is a cache; this recomputes its next_contact_date once for existing files.
UPDATE client_summary SET next_contact_date = (
    SELECT min(max(t.due_date, COALESCE(t.snoozed_until, t.due_date)))
    FROM tasks t
    WHERE t.client_id = client_summary.client_id AND t.status = 'open'
      AND t.kind IN ('follow_up', 'call'));
