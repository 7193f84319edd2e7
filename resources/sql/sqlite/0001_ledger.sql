-- SPDX-License-Identifier: MIT
-- ARDesk schema v1: people, clients, contacts and the ledger (invoices, payments,
-- allocations, credit notes and write-offs), the per-client AR summary, audit and settings.
-- Conventions: money = INTEGER minor units + currency TEXT (ISO 4217); calendar dates =
-- TEXT 'YYYY-MM-DD'; timestamps = TEXT UTC 'YYYY-MM-DDTHH:MM:SS.zzzZ'; `version` = optimistic lock.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT 'clerk' CHECK (role IN ('clerk','manager','sales','admin')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at   TEXT NOT NULL
);

CREATE TABLE clients (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'active'
                        CHECK (status IN ('active','on_hold','in_dispute','in_collections','closed')),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    payment_terms_days  INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    credit_limit_minor  INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit_minor >= 0),
    credit_hold         INTEGER NOT NULL DEFAULT 0 CHECK (credit_hold IN (0,1)),
    credit_hold_reason  TEXT NOT NULL DEFAULT '',
    assigned_user_id    INTEGER REFERENCES users(id),
    segment             TEXT NOT NULL DEFAULT '',
    tags                TEXT NOT NULL DEFAULT '',      -- comma-separated
    billing_address     TEXT NOT NULL DEFAULT '',
    country             TEXT NOT NULL DEFAULT '',
    time_zone           TEXT NOT NULL DEFAULT '',
    internal_notes      TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    archived_at         TEXT,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX clients_name ON clients(name COLLATE NOCASE);
CREATE INDEX clients_status_name ON clients(status, name COLLATE NOCASE);
CREATE INDEX clients_assigned ON clients(assigned_user_id);
-- Counting the live clients reads this small index, not the wide table.
CREATE INDEX clients_archived ON clients(archived_at);

CREATE TABLE contacts (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients(id),
    name               TEXT NOT NULL,
    role               TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    preferred_channel  TEXT NOT NULL DEFAULT 'any'
                       CHECK (preferred_channel IN ('any','email','phone','text','letter')),
    is_billing         INTEGER NOT NULL DEFAULT 0 CHECK (is_billing IN (0,1)),
    do_not_contact     INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0,1)),
    position           INTEGER NOT NULL DEFAULT 0,
    archived_at        TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contacts_client ON contacts(client_id);

CREATE TABLE contact_phones (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    label      TEXT NOT NULL DEFAULT '',
    raw        TEXT NOT NULL,
    e164       TEXT NOT NULL DEFAULT '',   -- empty: did not parse; never dialled
    extension  TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_phones_contact ON contact_phones(contact_id);

CREATE TABLE invoices (
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
                  CHECK (status IN ('open','partially_paid','paid','disputed','written_off')),
    disputed      INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0,1)),
    settled_date  TEXT,                     -- date the balance reached zero
    created_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX invoices_client_due ON invoices(client_id, due_date);
CREATE INDEX invoices_issue ON invoices(issue_date);
-- Aging as of a past date replays only the invoices still open then: settled after that date.
CREATE INDEX invoices_settled ON invoices(settled_date, issue_date);
-- Open items only, covering what aging and the overdue refresh read: they never touch the
-- 1M-row table for the few open invoices.
CREATE INDEX invoices_open_due ON invoices(due_date, client_id, currency, balance_minor)
    WHERE balance_minor > 0;

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id),
    payment_date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    method       TEXT NOT NULL CHECK (method IN ('check','ach_wire','card','cash','other')),
    reference    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id),
    voided_at    TEXT,
    void_reason  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_client_date ON payments(client_id, payment_date);
CREATE INDEX payments_date ON payments(payment_date);

CREATE TABLE payment_allocations (
    id           INTEGER PRIMARY KEY,
    payment_id   INTEGER NOT NULL REFERENCES payments(id),
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    UNIQUE (payment_id, invoice_id)
);
CREATE INDEX payment_allocations_invoice ON payment_allocations(invoice_id);

-- Credit notes and write-offs reduce an invoice's balance without money received.
CREATE TABLE invoice_adjustments (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    kind         TEXT NOT NULL CHECK (kind IN ('credit_note','write_off')),
    number       TEXT NOT NULL DEFAULT '',
    adjust_date  TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reason       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id)
);
CREATE INDEX invoice_adjustments_invoice ON invoice_adjustments(invoice_id);
CREATE INDEX invoice_adjustments_date ON invoice_adjustments(adjust_date);

-- One row per client, in the client's currency, kept current in the same transaction that
-- changes an invoice or payment; overdue_minor is as of `as_of` (refreshed daily).
-- Invoices in other currencies are counted in other_currency_invoices; per-currency figures
-- come from the aging report.
CREATE TABLE client_summary (
    client_id               INTEGER PRIMARY KEY REFERENCES clients(id),
    currency                TEXT NOT NULL,
    balance_minor           INTEGER NOT NULL DEFAULT 0,
    overdue_minor           INTEGER NOT NULL DEFAULT 0,
    open_invoices           INTEGER NOT NULL DEFAULT 0,
    oldest_open_due_date    TEXT,
    other_currency_invoices INTEGER NOT NULL DEFAULT 0,
    last_contact_at         TEXT,
    next_contact_date       TEXT,
    as_of                   TEXT NOT NULL
);
CREATE INDEX client_summary_balance ON client_summary(balance_minor);
CREATE INDEX client_summary_overdue ON client_summary(overdue_minor);
-- Sort keys with "none" placed last, as expressions the list's ORDER BY repeats exactly.
CREATE INDEX client_summary_oldest ON client_summary(COALESCE(oldest_open_due_date, '9999-12-31'));
CREATE INDEX client_summary_next_asc ON client_summary(COALESCE(next_contact_date, '9999-12-31'));
CREATE INDEX client_summary_next_desc ON client_summary(COALESCE(next_contact_date, '0000-01-01'));

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    entity      TEXT NOT NULL,       -- 'client', 'invoice', ...
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL,       -- 'create', 'update', 'archive', ...
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_user_at ON audit_log(user_id, at);
