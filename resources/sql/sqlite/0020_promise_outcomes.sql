-- SPDX-License-Identifier: MIT
-- ARDesk schema v20: each promise's outcome stored as of its deadline, and the instant it was
-- made (docs/kpis.md, "How the promise-kept rate is read").
--
-- made_at          the conversation's instant (UTC): the first revision's occurred_at of the
--                  promise's note, else when the promise was recorded. It never changes (an
--                  amended note keeps its first revision), so the KPIs, the activity weeks, the
--                  Today queue and the chase facts read it instead of looking the revision up.
-- judged_deadline  the deadline (promised date + grace days) the stored outcome was judged
--                  against; NULL: not judged yet (a new or amended promise, or money of its
--                  client dated by that deadline arrived, moved or was voided).
-- outcome          what the promise rule gives once the deadline has passed: kept, partly_kept
--                  or broken; outcome_paid_minor what counted towards it (at most the amount);
--                  kept_on the first day the money counted reached the amount (kept only).
-- As of a day T the rule's answer is then: the stored outcome when T is after the deadline;
-- kept when kept_on <= T; else still open. The rule itself is C++ (core/domain/promise.cpp,
-- judgePromise); the database only says which promises must be judged again, through the
-- triggers below, and PromiseOutcomes judges them before the writing transaction commits
-- (and once on the first open after this migration, for the promises already there).
ALTER TABLE promises ADD COLUMN made_at TEXT;
ALTER TABLE promises ADD COLUMN judged_deadline TEXT;
ALTER TABLE promises ADD COLUMN outcome TEXT;
ALTER TABLE promises ADD COLUMN outcome_paid_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE promises ADD COLUMN kept_on TEXT;

UPDATE promises SET made_at = COALESCE((SELECT r.occurred_at FROM note_revisions r
                                        WHERE r.note_id = promises.note_id AND r.revision = 1),
                                       created_at);

-- The promises still to judge (few, and none once a write has committed).
CREATE INDEX promises_unjudged ON promises(client_id) WHERE judged_deadline IS NULL;
-- The promise-kept rate of a period as one range of one index, no table reads.
CREATE INDEX promises_outcomes ON promises(promised_date, status, made_at, judged_deadline,
                                           kept_on, outcome, currency, amount_minor,
                                           outcome_paid_minor, client_id);
-- The promises made in a week (the dashboard's activity).
CREATE INDEX promises_made ON promises(made_at);
-- The notes of a range of weeks counted per clerk and channel from the index alone (the
-- dashboard's activity: 8 weeks are ~90,000 revisions, whose rows carry their text).
CREATE INDEX note_revisions_activity ON note_revisions(occurred_at, author_id, channel, note_id,
                                                       revision);
-- Whether a revision is a note's newest, for the few notes ever amended: a probe of this small
-- index instead of the whole (note_id, revision) one (queries add `revision > 1` to use it).
CREATE INDEX note_revisions_amended ON note_revisions(note_id, revision) WHERE revision > 1;

-- Money of a client dated by a promise's deadline: that promise is judged again. Not while a bulk
-- load has paused the receivables history (ArHistory): it marks the promises of the clients it
-- paid when it resumes (PromiseOutcomes::endBulk), instead of a trigger per row.
CREATE TRIGGER promises_unjudge_payment_insert AFTER INSERT ON payments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id = NEW.client_id AND judged_deadline >= NEW.payment_date;
END;

CREATE TRIGGER promises_unjudge_payment_update AFTER UPDATE OF client_id, payment_date, amount_minor, currency, voided_at, created_at ON payments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id IN (OLD.client_id, NEW.client_id)
      AND judged_deadline >= min(OLD.payment_date, NEW.payment_date);
END;

CREATE TRIGGER promises_unjudge_allocation_insert AFTER INSERT ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id = (SELECT client_id FROM payments WHERE id = NEW.payment_id)
      AND judged_deadline >= (SELECT payment_date FROM payments WHERE id = NEW.payment_id);
END;

CREATE TRIGGER promises_unjudge_allocation_update AFTER UPDATE ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id = (SELECT client_id FROM payments WHERE id = OLD.payment_id)
      AND judged_deadline >= (SELECT payment_date FROM payments WHERE id = OLD.payment_id);
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id = (SELECT client_id FROM payments WHERE id = NEW.payment_id)
      AND judged_deadline >= (SELECT payment_date FROM payments WHERE id = NEW.payment_id);
END;

CREATE TRIGGER promises_unjudge_allocation_delete AFTER DELETE ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id = (SELECT client_id FROM payments WHERE id = OLD.payment_id)
      AND judged_deadline >= (SELECT payment_date FROM payments WHERE id = OLD.payment_id);
END;

-- New terms or invoices: judged again.
CREATE TRIGGER promises_unjudge_terms AFTER UPDATE OF client_id, amount_minor, currency, promised_date, made_at ON promises FOR EACH ROW BEGIN
    UPDATE promises SET judged_deadline = NULL WHERE id = NEW.id;
END;

CREATE TRIGGER promises_unjudge_invoice_insert AFTER INSERT ON promise_invoices FOR EACH ROW BEGIN
    UPDATE promises SET judged_deadline = NULL WHERE id = NEW.promise_id;
END;

CREATE TRIGGER promises_unjudge_invoice_delete AFTER DELETE ON promise_invoices FOR EACH ROW BEGIN
    UPDATE promises SET judged_deadline = NULL WHERE id = OLD.promise_id;
END;

-- The grace days move every deadline; the company's time zone moves the day a promise was
-- made: every promise is judged again.
CREATE TRIGGER promises_unjudge_setting_insert AFTER INSERT ON settings FOR EACH ROW
WHEN NEW.key IN ('workflow.promise_grace_days', 'company.time_zone') BEGIN
    UPDATE promises SET judged_deadline = NULL WHERE judged_deadline IS NOT NULL;
END;

CREATE TRIGGER promises_unjudge_setting_update AFTER UPDATE ON settings FOR EACH ROW
WHEN (NEW.key IN ('workflow.promise_grace_days', 'company.time_zone')
      OR OLD.key IN ('workflow.promise_grace_days', 'company.time_zone'))
     AND (OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value) BEGIN
    UPDATE promises SET judged_deadline = NULL WHERE judged_deadline IS NOT NULL;
END;

CREATE TRIGGER promises_unjudge_setting_delete AFTER DELETE ON settings FOR EACH ROW
WHEN OLD.key IN ('workflow.promise_grace_days', 'company.time_zone') BEGIN
    UPDATE promises SET judged_deadline = NULL WHERE judged_deadline IS NOT NULL;
END;
