-- SPDX-License-Identifier: MIT
-- ARDesk schema v16: the receivables history (docs/kpis.md "How AR on a day is read").
--
-- ar_history holds, per day and per (currency, assigned clerk now, segment now, disputed now),
-- how much each receivables figure changes at the end of that day:
--   issued      invoices issued that day (sales);
--   ar          open receivables: + an invoice's amount on its issue day, − each payment
--               allocation and adjustment on its date (never before the issue day);
--   not_due     the part not yet due: an invoice counts from its issue day to its due day;
--   over90      the part more than 90 days past due: from the 91st day after the due day;
--   paid_*      invoices paid in full that day (status paid): count, Σ days from issue to
--               payment, Σ days late.
-- A figure at the end of day D is the sum of its changes on the days up to D, so AR(T − P), the
-- 12 month-ends of the trend and the sales of any window read a few thousand rows instead of
-- replaying the ledger. One definition of the events (the view ar_history_events) serves the
-- triggers that keep the table current (each write subtracts the touched invoices' events before
-- it and adds them after it) and the full rebuild (ArHistory::rebuildAll, used by the bulk paths
-- that pause the triggers: import and the demo generator). Voided payments count at no date, as
-- in the aging replay.
CREATE TABLE ar_history (
    day        TEXT NOT NULL,
    currency   TEXT NOT NULL,
    clerk_id   INTEGER NOT NULL,
    segment    TEXT NOT NULL,
    disputed   INTEGER NOT NULL,
    issued     INTEGER NOT NULL DEFAULT 0,
    ar         INTEGER NOT NULL DEFAULT 0,
    not_due    INTEGER NOT NULL DEFAULT 0,
    over90     INTEGER NOT NULL DEFAULT 0,
    paid_count INTEGER NOT NULL DEFAULT 0,
    paid_days  INTEGER NOT NULL DEFAULT 0,
    paid_late  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, currency, clerk_id, segment, disputed)
) WITHOUT ROWID;

-- paused = 1 only inside a bulk write's transaction, which rebuilds the table before it commits.
CREATE TABLE ar_history_state (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
);
INSERT INTO ar_history_state (id, paused) VALUES (1, 0);

-- Each invoice with the days its events fall on and the group it counts in now.
CREATE VIEW ar_history_invoices AS
SELECT i.id AS invoice_id, i.issue_date AS issued_on, i.due_date AS due_on,
       date(i.due_date, '+1 day') AS due_after, max(i.issue_date, date(i.due_date, '+91 day')) AS over90_from,
       i.amount_minor AS amount, i.currency AS currency, COALESCE(c.assigned_user_id, 0) AS clerk_id,
       c.segment AS segment, i.disputed AS disputed, i.status AS status, i.settled_date AS settled_on
FROM invoices i JOIN clients c ON c.id = i.client_id;

-- What reduced each invoice's balance, on which day: live payment allocations and adjustments.
CREATE VIEW ar_history_reductions AS
SELECT a.invoice_id AS invoice_id, p.payment_date AS on_day, a.amount_minor AS amount
FROM payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE p.voided_at IS NULL
UNION ALL
SELECT x.invoice_id, x.adjust_date, x.amount_minor FROM invoice_adjustments x;

CREATE VIEW ar_history_events AS
SELECT k.invoice_id AS invoice_id, k.issued_on AS day, k.currency AS currency, k.clerk_id AS clerk_id,
       k.segment AS segment, k.disputed AS disputed, k.amount AS issued, k.amount AS ar,
       k.amount AS not_due, 0 AS over90, 0 AS paid_count, 0 AS paid_days, 0 AS paid_late
FROM ar_history_invoices k
UNION ALL
SELECT k.invoice_id, k.due_after, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, -k.amount, 0, 0, 0, 0
FROM ar_history_invoices k
UNION ALL
SELECT k.invoice_id, k.over90_from, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, 0, k.amount, 0, 0, 0
FROM ar_history_invoices k
UNION ALL
SELECT k.invoice_id, k.settled_on, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, 0, 0, 1,
       CAST(julianday(k.settled_on) - julianday(k.issued_on) AS INTEGER),
       max(0, CAST(julianday(k.settled_on) - julianday(k.due_on) AS INTEGER))
FROM ar_history_invoices k WHERE k.status = 'paid' AND k.settled_on IS NOT NULL
UNION ALL
SELECT k.invoice_id, max(r.on_day, k.issued_on), k.currency, k.clerk_id, k.segment, k.disputed, 0, -r.amount,
       CASE WHEN max(r.on_day, k.issued_on) <= k.due_on THEN -r.amount ELSE 0 END, 0, 0, 0, 0
FROM ar_history_invoices k JOIN ar_history_reductions r ON r.invoice_id = k.invoice_id
UNION ALL
SELECT k.invoice_id, k.due_after, k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, r.amount, 0, 0, 0, 0
FROM ar_history_invoices k JOIN ar_history_reductions r ON r.invoice_id = k.invoice_id
WHERE max(r.on_day, k.issued_on) <= k.due_on
UNION ALL
SELECT k.invoice_id, max(r.on_day, k.over90_from), k.currency, k.clerk_id, k.segment, k.disputed, 0, 0, 0,
       -r.amount, 0, 0, 0
FROM ar_history_invoices k JOIN ar_history_reductions r ON r.invoice_id = k.invoice_id;

-- The whole history from the ledger: the first fill here, ArHistory::rebuildAll after a bulk write.
INSERT INTO ar_history (day, currency, clerk_id, segment, disputed, issued, ar, not_due, over90,
                        paid_count, paid_days, paid_late)
SELECT day, currency, clerk_id, segment, disputed, sum(issued), sum(ar), sum(not_due), sum(over90),
       sum(paid_count), sum(paid_days), sum(paid_late)
FROM ar_history_events WHERE true GROUP BY day, currency, clerk_id, segment, disputed;


-- Keeping it current. Every change that moves an invoice's events names the invoice here with a
-- sign: -1 before the change (its events as they were are taken out), +1 after it (added back as
-- they are now). The row is never stored: the trigger applies it and drops it. While a bulk
-- write has paused the history, the triggers below do nothing at all (their WHEN clause), so a
-- load that dropped its indexes never looks anything up per row.
CREATE TABLE ar_history_touch (
    invoice_id INTEGER NOT NULL,
    sign       INTEGER NOT NULL CHECK (sign IN (-1, 1))
);
CREATE TRIGGER ar_history_touch_apply BEFORE INSERT ON ar_history_touch FOR EACH ROW
BEGIN
    INSERT INTO ar_history (day, currency, clerk_id, segment, disputed, issued, ar, not_due,
                            over90, paid_count, paid_days, paid_late)
    SELECT day, currency, clerk_id, segment, disputed, NEW.sign * sum(issued), NEW.sign * sum(ar),
           NEW.sign * sum(not_due), NEW.sign * sum(over90), NEW.sign * sum(paid_count),
           NEW.sign * sum(paid_days), NEW.sign * sum(paid_late)
    FROM ar_history_events
    WHERE invoice_id = NEW.invoice_id
    GROUP BY day, currency, clerk_id, segment, disputed
    ON CONFLICT (day, currency, clerk_id, segment, disputed) DO UPDATE SET
        issued = issued + excluded.issued, ar = ar + excluded.ar,
        not_due = not_due + excluded.not_due, over90 = over90 + excluded.over90,
        paid_count = paid_count + excluded.paid_count, paid_days = paid_days + excluded.paid_days,
        paid_late = paid_late + excluded.paid_late;
    SELECT RAISE(IGNORE);
END;

CREATE TRIGGER ar_history_invoice_insert AFTER INSERT ON invoices FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (NEW.id, 1);
END;

CREATE TRIGGER ar_history_invoice_update_before BEFORE UPDATE OF amount_minor, issue_date, due_date, currency, disputed, client_id, status, settled_date ON invoices FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (OLD.id, -1);
END;

CREATE TRIGGER ar_history_invoice_update_after AFTER UPDATE OF amount_minor, issue_date, due_date, currency, disputed, client_id, status, settled_date ON invoices FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (NEW.id, 1);
END;

CREATE TRIGGER ar_history_invoice_delete BEFORE DELETE ON invoices FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (OLD.id, -1);
END;

CREATE TRIGGER ar_history_allocation_insert_before BEFORE INSERT ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (NEW.invoice_id, -1);
END;

CREATE TRIGGER ar_history_allocation_insert_after AFTER INSERT ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (NEW.invoice_id, 1);
END;

CREATE TRIGGER ar_history_allocation_update_before BEFORE UPDATE ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT DISTINCT column1, -1 FROM (VALUES (OLD.invoice_id), (NEW.invoice_id));
END;

CREATE TRIGGER ar_history_allocation_update_after AFTER UPDATE ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT DISTINCT column1, 1 FROM (VALUES (OLD.invoice_id), (NEW.invoice_id));
END;

CREATE TRIGGER ar_history_allocation_delete_before BEFORE DELETE ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (OLD.invoice_id, -1);
END;

CREATE TRIGGER ar_history_allocation_delete_after AFTER DELETE ON payment_allocations FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (OLD.invoice_id, 1);
END;

CREATE TRIGGER ar_history_adjustment_insert_before BEFORE INSERT ON invoice_adjustments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (NEW.invoice_id, -1);
END;

CREATE TRIGGER ar_history_adjustment_insert_after AFTER INSERT ON invoice_adjustments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (NEW.invoice_id, 1);
END;

CREATE TRIGGER ar_history_adjustment_update_before BEFORE UPDATE ON invoice_adjustments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT DISTINCT column1, -1 FROM (VALUES (OLD.invoice_id), (NEW.invoice_id));
END;

CREATE TRIGGER ar_history_adjustment_update_after AFTER UPDATE ON invoice_adjustments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT DISTINCT column1, 1 FROM (VALUES (OLD.invoice_id), (NEW.invoice_id));
END;

CREATE TRIGGER ar_history_adjustment_delete_before BEFORE DELETE ON invoice_adjustments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (OLD.invoice_id, -1);
END;

CREATE TRIGGER ar_history_adjustment_delete_after AFTER DELETE ON invoice_adjustments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) VALUES (OLD.invoice_id, 1);
END;

CREATE TRIGGER ar_history_payment_update_before BEFORE UPDATE OF payment_date, voided_at ON payments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT DISTINCT invoice_id, -1 FROM payment_allocations WHERE payment_id = NEW.id;
END;

CREATE TRIGGER ar_history_payment_update_after AFTER UPDATE OF payment_date, voided_at ON payments FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT DISTINCT invoice_id, 1 FROM payment_allocations WHERE payment_id = NEW.id;
END;

CREATE TRIGGER ar_history_client_update_before BEFORE UPDATE OF assigned_user_id, segment ON clients FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT id, -1 FROM invoices WHERE client_id = NEW.id;
END;

CREATE TRIGGER ar_history_client_update_after AFTER UPDATE OF assigned_user_id, segment ON clients FOR EACH ROW
WHEN (SELECT paused FROM ar_history_state WHERE id = 1) = 0 BEGIN
    INSERT INTO ar_history_touch (invoice_id, sign) SELECT id, 1 FROM invoices WHERE client_id = NEW.id;
END;

-- The promises of a period (the KPIs' promise-kept rate) through an index, not a scan of every
-- promise ever made.
CREATE INDEX promises_promised ON promises(promised_date);
