-- SPDX-License-Identifier: MIT
-- ARDesk schema v20 (PostgreSQL), as resources/sql/sqlite/0020_promise_outcomes.sql: each
-- promise's outcome stored as of its deadline (judged_deadline, outcome, outcome_paid_minor,
-- kept_on) and the instant it was made (made_at, the first revision's occurred_at). The rule is
-- C++ (judgePromise); the triggers only mark the promises to judge again (judged_deadline NULL),
-- and PromiseOutcomes judges them before the writing transaction commits. The marking functions
-- run as their owner: whoever moves money or a setting need not be granted the promises.
ALTER TABLE promises ADD COLUMN made_at TEXT;
ALTER TABLE promises ADD COLUMN judged_deadline TEXT;
ALTER TABLE promises ADD COLUMN outcome TEXT;
ALTER TABLE promises ADD COLUMN outcome_paid_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE promises ADD COLUMN kept_on TEXT;

UPDATE promises SET made_at = COALESCE((SELECT r.occurred_at FROM note_revisions r
                                        WHERE r.note_id = promises.note_id AND r.revision = 1),
                                       created_at);

CREATE INDEX promises_unjudged ON promises (client_id) WHERE judged_deadline IS NULL;
CREATE INDEX promises_outcomes ON promises (promised_date, status, made_at, judged_deadline,
                                            kept_on, outcome, currency, amount_minor,
                                            outcome_paid_minor, client_id);
CREATE INDEX promises_made ON promises (made_at);
CREATE INDEX note_revisions_activity ON note_revisions (occurred_at, author_id, channel,
                                                        note_id, revision);
CREATE INDEX note_revisions_amended ON note_revisions (note_id, revision) WHERE revision > 1;

-- The promises of `client` whose deadline is on or after `day`: judged again.
CREATE FUNCTION promises_unjudge(client BIGINT, day TEXT) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE promises SET judged_deadline = NULL
    WHERE client_id = client AND judged_deadline >= day;
$$;

CREATE FUNCTION promises_unjudge_on_payment() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (SELECT paused FROM ar_history_state WHERE id = 1) = 1 THEN
        RETURN NULL; -- a bulk load marks the promises of the clients it paid when it resumes
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM promises_unjudge(NEW.client_id, NEW.payment_date);
    ELSE
        PERFORM promises_unjudge(OLD.client_id, LEAST(OLD.payment_date, NEW.payment_date));
        PERFORM promises_unjudge(NEW.client_id, LEAST(OLD.payment_date, NEW.payment_date));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER promises_unjudge_payment_insert AFTER INSERT ON payments
    FOR EACH ROW EXECUTE FUNCTION promises_unjudge_on_payment();
CREATE TRIGGER promises_unjudge_payment_update AFTER UPDATE OF client_id, payment_date,
    amount_minor, currency, voided_at, created_at ON payments
    FOR EACH ROW EXECUTE FUNCTION promises_unjudge_on_payment();

CREATE FUNCTION promises_unjudge_on_allocation() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (SELECT paused FROM ar_history_state WHERE id = 1) = 1 THEN
        RETURN NULL; -- a bulk load marks the promises of the clients it paid when it resumes
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM promises_unjudge(p.client_id, p.payment_date) FROM payments p
        WHERE p.id = OLD.payment_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM promises_unjudge(p.client_id, p.payment_date) FROM payments p
        WHERE p.id = NEW.payment_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER promises_unjudge_allocation AFTER INSERT OR UPDATE OR DELETE
    ON payment_allocations FOR EACH ROW EXECUTE FUNCTION promises_unjudge_on_allocation();

-- New terms or invoices: judged again (before the row is written, so no second update).
CREATE FUNCTION promises_unjudge_on_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.judged_deadline := NULL;
    RETURN NEW;
END
$$;
CREATE TRIGGER promises_unjudge_terms BEFORE UPDATE OF client_id, amount_minor, currency,
    promised_date, made_at ON promises FOR EACH ROW
    WHEN (OLD.client_id IS DISTINCT FROM NEW.client_id
          OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor
          OR OLD.currency IS DISTINCT FROM NEW.currency
          OR OLD.promised_date IS DISTINCT FROM NEW.promised_date
          OR OLD.made_at IS DISTINCT FROM NEW.made_at)
    EXECUTE FUNCTION promises_unjudge_on_terms();

CREATE FUNCTION promises_unjudge_on_invoice() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE promises SET judged_deadline = NULL
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.promise_id ELSE NEW.promise_id END;
    RETURN NULL;
END
$$;
CREATE TRIGGER promises_unjudge_invoice AFTER INSERT OR DELETE ON promise_invoices
    FOR EACH ROW EXECUTE FUNCTION promises_unjudge_on_invoice();

-- The grace days move every deadline; the company's time zone the day a promise was made.
CREATE FUNCTION promises_unjudge_on_setting() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (TG_OP <> 'DELETE' AND NEW.key IN ('workflow.promise_grace_days', 'company.time_zone')
        AND (TG_OP = 'INSERT' OR OLD.key IS DISTINCT FROM NEW.key
             OR OLD.value IS DISTINCT FROM NEW.value))
       OR (TG_OP <> 'INSERT' AND OLD.key IN ('workflow.promise_grace_days', 'company.time_zone')
           AND (TG_OP = 'DELETE' OR OLD.key IS DISTINCT FROM NEW.key
                OR OLD.value IS DISTINCT FROM NEW.value)) THEN
        UPDATE promises SET judged_deadline = NULL WHERE judged_deadline IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER promises_unjudge_setting AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION promises_unjudge_on_setting();

-- Judging writes only the stored outcome. An admin changing the grace days or the time zone
-- judges every promise again before the change commits.
GRANT UPDATE (judged_deadline, outcome, outcome_paid_minor, kept_on) ON promises TO ardesk_admin;
