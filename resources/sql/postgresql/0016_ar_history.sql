-- SPDX-License-Identifier: MIT
-- ARDesk schema v16 (PostgreSQL), as resources/sql/sqlite/0016_ar_history.sql: the receivables
-- history (docs/kpis.md "How AR on a day is read"). Per day and per (currency, assigned clerk
-- now, segment now, disputed now), how much each receivables figure changes at the end of that
-- day; a figure at the end of day D is the sum of its changes up to D. The events are defined
-- once (ar_history_events); the triggers take a touched invoice's events out before a change and
-- add them back after it, through ar_history_apply.
CREATE TABLE ar_history (
    day        TEXT NOT NULL,
    currency   TEXT NOT NULL,
    clerk_id   BIGINT NOT NULL,
    segment    TEXT NOT NULL,
    disputed   INTEGER NOT NULL,
    issued     BIGINT NOT NULL DEFAULT 0,
    ar         BIGINT NOT NULL DEFAULT 0,
    not_due    BIGINT NOT NULL DEFAULT 0,
    over90     BIGINT NOT NULL DEFAULT 0,
    paid_count BIGINT NOT NULL DEFAULT 0,
    paid_days  BIGINT NOT NULL DEFAULT 0,
    paid_late  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency, clerk_id, segment, disputed)
);

-- paused = 1 only inside a bulk write's transaction, which rebuilds the table before it commits.
CREATE TABLE ar_history_state (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
);
INSERT INTO ar_history_state (id, paused) VALUES (1, 0);

CREATE VIEW ar_history_invoices AS
SELECT i.id AS invoice_id, i.issue_date AS issued_on, i.due_date AS due_on,
       to_char(CAST(i.due_date AS date) + 1, 'YYYY-MM-DD') AS due_after,
       GREATEST(i.issue_date, to_char(CAST(i.due_date AS date) + 91, 'YYYY-MM-DD')) AS over90_from,
       i.amount_minor AS amount, i.currency AS currency,
       COALESCE(c.assigned_user_id, 0) AS clerk_id, c.segment AS segment, i.disputed AS disputed,
       i.status AS status, i.settled_date AS settled_on
FROM invoices i JOIN clients c ON c.id = i.client_id;

CREATE VIEW ar_history_reductions AS
SELECT a.invoice_id AS invoice_id, p.payment_date AS on_day, a.amount_minor AS amount
FROM payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE p.voided_at IS NULL
UNION ALL
SELECT x.invoice_id, x.adjust_date, x.amount_minor FROM invoice_adjustments x;

CREATE VIEW ar_history_events AS
SELECT k.invoice_id AS invoice_id, k.issued_on AS day, k.currency AS currency,
       k.clerk_id AS clerk_id, k.segment AS segment, k.disputed AS disputed,
       k.amount AS issued, k.amount AS ar, k.amount AS not_due, CAST(0 AS BIGINT) AS over90,
       CAST(0 AS BIGINT) AS paid_count, CAST(0 AS BIGINT) AS paid_days,
       CAST(0 AS BIGINT) AS paid_late
FROM ar_history_invoices k
UNION ALL
SELECT k.invoice_id, k.due_after, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, -k.amount,
       0, 0, 0, 0
FROM ar_history_invoices k
UNION ALL
SELECT k.invoice_id, k.over90_from, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, 0,
       k.amount, 0, 0, 0
FROM ar_history_invoices k
UNION ALL
SELECT k.invoice_id, k.settled_on, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, 0, 0, 1,
       CAST(k.settled_on AS date) - CAST(k.issued_on AS date),
       GREATEST(0, CAST(k.settled_on AS date) - CAST(k.due_on AS date))
FROM ar_history_invoices k WHERE k.status = 'paid' AND k.settled_on IS NOT NULL
UNION ALL
SELECT k.invoice_id, GREATEST(r.on_day, k.issued_on), k.currency, k.clerk_id, k.segment,
       k.disputed, 0, -r.amount,
       CASE WHEN GREATEST(r.on_day, k.issued_on) <= k.due_on THEN -r.amount ELSE 0 END, 0, 0, 0, 0
FROM ar_history_invoices k JOIN ar_history_reductions r ON r.invoice_id = k.invoice_id
UNION ALL
SELECT k.invoice_id, k.due_after, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, r.amount,
       0, 0, 0, 0
FROM ar_history_invoices k JOIN ar_history_reductions r ON r.invoice_id = k.invoice_id
WHERE GREATEST(r.on_day, k.issued_on) <= k.due_on
UNION ALL
SELECT k.invoice_id, GREATEST(r.on_day, k.over90_from), k.currency, k.clerk_id, k.segment,
       k.disputed, 0, 0, 0, -r.amount, 0, 0, 0
FROM ar_history_invoices k JOIN ar_history_reductions r ON r.invoice_id = k.invoice_id;

INSERT INTO ar_history (day, currency, clerk_id, segment, disputed, issued, ar, not_due, over90,
                        paid_count, paid_days, paid_late)
SELECT day, currency, clerk_id, segment, disputed, sum(issued), sum(ar), sum(not_due), sum(over90),
       sum(paid_count), sum(paid_days), sum(paid_late)
FROM ar_history_events GROUP BY day, currency, clerk_id, segment, disputed;

-- Takes the events of `invoices` out (sign -1) or adds them (sign +1). Concurrent desktops
-- serialize here for the rest of their transaction, so two saves never add to the same rows in
-- opposite orders (no deadlock) and every row's sum stays exact.
CREATE FUNCTION ar_history_apply(invoices BIGINT[], sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT paused FROM ar_history_state WHERE id = 1) <> 0 OR cardinality(invoices) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('ardesk.ar_history'));
    INSERT INTO ar_history AS h (day, currency, clerk_id, segment, disputed, issued, ar, not_due,
                                 over90, paid_count, paid_days, paid_late)
    SELECT e.day, e.currency, e.clerk_id, e.segment, e.disputed, sign * sum(e.issued),
           sign * sum(e.ar), sign * sum(e.not_due), sign * sum(e.over90),
           sign * sum(e.paid_count), sign * sum(e.paid_days), sign * sum(e.paid_late)
    FROM ar_history_events e WHERE e.invoice_id = ANY (invoices)
    GROUP BY e.day, e.currency, e.clerk_id, e.segment, e.disputed
    ORDER BY e.day, e.currency, e.clerk_id, e.segment, e.disputed
    ON CONFLICT (day, currency, clerk_id, segment, disputed) DO UPDATE SET
        issued = h.issued + EXCLUDED.issued, ar = h.ar + EXCLUDED.ar,
        not_due = h.not_due + EXCLUDED.not_due, over90 = h.over90 + EXCLUDED.over90,
        paid_count = h.paid_count + EXCLUDED.paid_count,
        paid_days = h.paid_days + EXCLUDED.paid_days,
        paid_late = h.paid_late + EXCLUDED.paid_late;
END
$$;

-- One trigger function per table: BEFORE takes the touched invoices out, AFTER adds them back.
CREATE FUNCTION ar_history_invoice_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_WHEN = 'BEFORE' THEN
        PERFORM ar_history_apply(ARRAY[OLD.id], -1);
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    PERFORM ar_history_apply(ARRAY[NEW.id], 1);
    RETURN NULL;
END
$$;
CREATE TRIGGER ar_history_invoice_insert AFTER INSERT ON invoices FOR EACH ROW
    EXECUTE FUNCTION ar_history_invoice_changed();
CREATE TRIGGER ar_history_invoice_update_before BEFORE UPDATE OF amount_minor, issue_date,
    due_date, currency, disputed, client_id, status, settled_date ON invoices FOR EACH ROW
    EXECUTE FUNCTION ar_history_invoice_changed();
CREATE TRIGGER ar_history_invoice_update_after AFTER UPDATE OF amount_minor, issue_date,
    due_date, currency, disputed, client_id, status, settled_date ON invoices FOR EACH ROW
    EXECUTE FUNCTION ar_history_invoice_changed();
CREATE TRIGGER ar_history_invoice_delete BEFORE DELETE ON invoices FOR EACH ROW
    EXECUTE FUNCTION ar_history_invoice_changed();

-- Payment allocations and adjustments: the invoice(s) the row points to, before and after.
CREATE FUNCTION ar_history_reduction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        touched := ARRAY[NEW.invoice_id];
    ELSIF TG_OP = 'DELETE' THEN
        touched := ARRAY[OLD.invoice_id];
    ELSE
        touched := ARRAY(SELECT DISTINCT unnest(ARRAY[OLD.invoice_id, NEW.invoice_id]));
    END IF;
    IF TG_WHEN = 'BEFORE' THEN
        PERFORM ar_history_apply(touched, -1);
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    PERFORM ar_history_apply(touched, 1);
    RETURN NULL;
END
$$;
CREATE TRIGGER ar_history_allocation_before BEFORE INSERT OR UPDATE OR DELETE
    ON payment_allocations FOR EACH ROW EXECUTE FUNCTION ar_history_reduction_changed();
CREATE TRIGGER ar_history_allocation_after AFTER INSERT OR UPDATE OR DELETE
    ON payment_allocations FOR EACH ROW EXECUTE FUNCTION ar_history_reduction_changed();
CREATE TRIGGER ar_history_adjustment_before BEFORE INSERT OR UPDATE OR DELETE
    ON invoice_adjustments FOR EACH ROW EXECUTE FUNCTION ar_history_reduction_changed();
CREATE TRIGGER ar_history_adjustment_after AFTER INSERT OR UPDATE OR DELETE
    ON invoice_adjustments FOR EACH ROW EXECUTE FUNCTION ar_history_reduction_changed();

-- A payment's date or voiding moves every invoice it was allocated to.
CREATE FUNCTION ar_history_payment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ar_history_apply(ARRAY(SELECT DISTINCT invoice_id FROM payment_allocations
                                   WHERE payment_id = NEW.id),
                             CASE WHEN TG_WHEN = 'BEFORE' THEN -1 ELSE 1 END);
    IF TG_WHEN = 'BEFORE' THEN RETURN NEW; END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER ar_history_payment_update_before BEFORE UPDATE OF payment_date, voided_at
    ON payments FOR EACH ROW EXECUTE FUNCTION ar_history_payment_changed();
CREATE TRIGGER ar_history_payment_update_after AFTER UPDATE OF payment_date, voided_at
    ON payments FOR EACH ROW EXECUTE FUNCTION ar_history_payment_changed();

-- A client's clerk or segment moves all its invoices to another group.
CREATE FUNCTION ar_history_client_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ar_history_apply(ARRAY(SELECT id FROM invoices WHERE client_id = NEW.id),
                             CASE WHEN TG_WHEN = 'BEFORE' THEN -1 ELSE 1 END);
    IF TG_WHEN = 'BEFORE' THEN RETURN NEW; END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER ar_history_client_update_before BEFORE UPDATE OF assigned_user_id, segment
    ON clients FOR EACH ROW EXECUTE FUNCTION ar_history_client_changed();
CREATE TRIGGER ar_history_client_update_after AFTER UPDATE OF assigned_user_id, segment
    ON clients FOR EACH ROW EXECUTE FUNCTION ar_history_client_changed();

-- The promises of a period (the KPIs' promise-kept rate) through an index, not a scan of every
-- promise ever made.
CREATE INDEX promises_promised ON promises(promised_date);
