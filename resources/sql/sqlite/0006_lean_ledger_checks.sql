-- SPDX-License-Identifier: MIT
-- ardesk:rebuilds-tables (run with foreign keys off, checked with foreign_key_check before commit)
--
-- ARDesk schema v6: the same invoices and payments tables, with their status and method CHECKs
-- written as comparisons instead of IN lists (docs/performance.md, "Import").
--
-- SQLite evaluates `x IN ('a','b','c',...)` (more than two constants) by building a temporary
-- b-tree once per statement execution. In a CHECK constraint that is once per INSERT or UPDATE:
-- about 2 µs a row, most of the cost of writing a small row and a third of a 1M-row import.
-- `x = 'a' OR x = 'b' ...` accepts exactly the same values with plain comparisons.
--
-- SQLite cannot alter a constraint in place, so both tables are rebuilt the documented way
-- (new table, copy with the same ids, drop, rename, indexes again). Rows referring to them
-- (allocations, adjustments, notes, promises, disputes...) keep pointing at the same ids.

CREATE TABLE invoices_v6 (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id),
    number        TEXT NOT NULL UNIQUE,
    issue_date    TEXT NOT NULL,
    due_date      TEXT NOT NULL CHECK (due_date >= issue_date),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    po_number     TEXT NOT NULL DEFAULT '',
    balance_minor INTEGER NOT NULL CHECK (balance_minor <= amount_minor),
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status = 'open' OR status = 'partially_paid' OR status = 'paid'
                         OR status = 'disputed' OR status = 'written_off'),
    disputed      INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0,1)),
    settled_date  TEXT,                     -- date the balance reached zero
    created_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
INSERT INTO invoices_v6 (id, client_id, number, issue_date, due_date, amount_minor, currency,
                         po_number, balance_minor, status, disputed, settled_date, created_at,
                         version)
    SELECT id, client_id, number, issue_date, due_date, amount_minor, currency, po_number,
           balance_minor, status, disputed, settled_date, created_at, version
      FROM invoices ORDER BY id;
DROP TABLE invoices;
ALTER TABLE invoices_v6 RENAME TO invoices;
CREATE INDEX invoices_client_due ON invoices(client_id, due_date);
CREATE INDEX invoices_issue ON invoices(issue_date);
CREATE INDEX invoices_settled ON invoices(settled_date, issue_date);
CREATE INDEX invoices_open_due ON invoices(due_date, client_id, currency, balance_minor)
    WHERE balance_minor > 0;

CREATE TABLE payments_v6 (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id),
    payment_date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    method       TEXT NOT NULL
                 CHECK (method = 'check' OR method = 'ach_wire' OR method = 'card'
                        OR method = 'cash' OR method = 'other'),
    reference    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id),
    voided_at    TEXT,
    void_reason  TEXT NOT NULL DEFAULT ''
);
INSERT INTO payments_v6 (id, client_id, payment_date, amount_minor, currency, method, reference,
                         created_at, created_by, voided_at, void_reason)
    SELECT id, client_id, payment_date, amount_minor, currency, method, reference, created_at,
           created_by, voided_at, void_reason
      FROM payments ORDER BY id;
DROP TABLE payments;
ALTER TABLE payments_v6 RENAME TO payments;
CREATE INDEX payments_client_date ON payments(client_id, payment_date);
CREATE INDEX payments_date ON payments(payment_date);
