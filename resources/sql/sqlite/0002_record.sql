-- SPDX-License-Identifier: MIT
-- ARDesk schema v2: the interaction record (append-only notes with revisions, tombstones,
-- content-addressed attachments, a SHA-256 hash chain), structured note fields, promises,
-- disputes, payment plans and tasks.

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
);
CREATE INDEX notes_client ON notes(client_id);

-- Every edit is a new revision; the newest revision is the note as shown.
CREATE TABLE note_revisions (
    id                 INTEGER PRIMARY KEY,
    note_id            INTEGER NOT NULL REFERENCES notes(id),
    revision           INTEGER NOT NULL CHECK (revision >= 1),
    channel            TEXT NOT NULL
                       CHECK (channel IN ('call','email','text','meeting','letter','internal')),
    direction          TEXT NOT NULL DEFAULT 'out' CHECK (direction IN ('in','out')),
    contact_id         INTEGER REFERENCES contacts(id),
    contact_name       TEXT NOT NULL DEFAULT '',
    occurred_at        TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    author_id          INTEGER REFERENCES users(id),
    outcome            TEXT NOT NULL DEFAULT 'none',
    body               TEXT NOT NULL,
    next_contact_date  TEXT,
    no_follow_up       INTEGER NOT NULL DEFAULT 0 CHECK (no_follow_up IN (0,1)),
    template_key       TEXT NOT NULL DEFAULT '',
    fields_json        TEXT NOT NULL DEFAULT '{}',   -- structured template fields
    chain_seq          INTEGER NOT NULL UNIQUE REFERENCES record_chain(seq),
    UNIQUE (note_id, revision)
);
CREATE INDEX note_revisions_occurred ON note_revisions(occurred_at);

CREATE TABLE note_invoices (
    revision_id INTEGER NOT NULL REFERENCES note_revisions(id),
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    PRIMARY KEY (revision_id, invoice_id)
) WITHOUT ROWID;

CREATE TABLE note_tombstones (
    id          INTEGER PRIMARY KEY,
    note_id     INTEGER NOT NULL UNIQUE REFERENCES notes(id),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    author_id   INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    chain_seq   INTEGER NOT NULL UNIQUE REFERENCES record_chain(seq)
);

-- File content, stored once per distinct SHA-256.
CREATE TABLE attachment_blobs (
    sha256      TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    content     BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE note_attachments (
    id            INTEGER PRIMARY KEY,
    revision_id   INTEGER NOT NULL REFERENCES note_revisions(id),
    sha256        TEXT NOT NULL REFERENCES attachment_blobs(sha256),
    display_name  TEXT NOT NULL,          -- shown only, never used as a path
    claimed_mime  TEXT NOT NULL DEFAULT '',
    chain_seq     INTEGER NOT NULL UNIQUE REFERENCES record_chain(seq)
);
CREATE INDEX note_attachments_revision ON note_attachments(revision_id);

-- The hash chain: hash = SHA-256(prev_hash || canonical form of the entry); see
-- docs/record-chain.md. kind names the table of the entry.
CREATE TABLE record_chain (
    seq        INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('revision','tombstone','attachment')),
    entry_id   INTEGER NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL,
    UNIQUE (kind, entry_id)
);

CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes
BEGIN SELECT RAISE(ABORT, 'the record is append-only: notes cannot be changed'); END;
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
BEGIN SELECT RAISE(ABORT, 'the record is append-only: notes cannot be deleted'); END;
CREATE TRIGGER note_revisions_no_update BEFORE UPDATE ON note_revisions
BEGIN SELECT RAISE(ABORT, 'the record is append-only: add a revision instead'); END;
CREATE TRIGGER note_revisions_no_delete BEFORE DELETE ON note_revisions
BEGIN SELECT RAISE(ABORT, 'the record is append-only: add a tombstone instead'); END;
CREATE TRIGGER note_invoices_no_update BEFORE UPDATE ON note_invoices
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER note_invoices_no_delete BEFORE DELETE ON note_invoices
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER note_tombstones_no_update BEFORE UPDATE ON note_tombstones
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER note_tombstones_no_delete BEFORE DELETE ON note_tombstones
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER note_attachments_no_update BEFORE UPDATE ON note_attachments
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER note_attachments_no_delete BEFORE DELETE ON note_attachments
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER attachment_blobs_no_update BEFORE UPDATE ON attachment_blobs
BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;
CREATE TRIGGER record_chain_no_update BEFORE UPDATE ON record_chain
BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_delete BEFORE DELETE ON record_chain
BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;

-- Note templates (promise to pay, check in the mail, ...), e-mail templates and call scripts.
CREATE TABLE templates (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,      -- stable id, e.g. 'friendly-reminder'
    kind        TEXT NOT NULL CHECK (kind IN ('note','email','call_script')),
    name        TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    body_text   TEXT NOT NULL DEFAULT '',
    body_html   TEXT NOT NULL DEFAULT '',
    fields_json TEXT NOT NULL DEFAULT '[]', -- structured fields of a note template
    is_default  INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE promises (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id),
    note_id       INTEGER REFERENCES notes(id),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    promised_date TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open','kept','partly_kept','broken','cancelled')),
    paid_minor    INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    evaluated_at  TEXT
);
CREATE INDEX promises_client ON promises(client_id);
CREATE INDEX promises_open_date ON promises(promised_date) WHERE status = 'open';

CREATE TABLE promise_invoices (
    promise_id INTEGER NOT NULL REFERENCES promises(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    PRIMARY KEY (promise_id, invoice_id)
) WITHOUT ROWID;

CREATE TABLE disputes (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    reason      TEXT NOT NULL,
    owner_id    INTEGER REFERENCES users(id),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved','rejected')),
    opened_at   TEXT NOT NULL,
    opened_note INTEGER REFERENCES notes(id),
    resolved_at TEXT,
    resolution  TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX disputes_invoice ON disputes(invoice_id);
CREATE INDEX disputes_open_owner ON disputes(owner_id) WHERE status = 'open';

CREATE TABLE payment_plans (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id),
    note_id     INTEGER REFERENCES notes(id),
    currency    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active','completed','defaulted','cancelled')),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id),
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payment_plans_client ON payment_plans(client_id);

CREATE TABLE plan_installments (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES payment_plans(id),
    due_date     TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending','paid','late','missed'))
);
CREATE INDEX plan_installments_plan ON plan_installments(plan_id);

CREATE TABLE plan_invoices (
    plan_id    INTEGER NOT NULL REFERENCES payment_plans(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    PRIMARY KEY (plan_id, invoice_id)
) WITHOUT ROWID;

CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id),
    owner_id      INTEGER REFERENCES users(id),
    kind          TEXT NOT NULL DEFAULT 'follow_up'
                  CHECK (kind IN ('follow_up','call','review','escalation','other')),
    title         TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
    source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','note','policy')),
    source_id     INTEGER,
    snoozed_until TEXT,
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    done_at       TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_open_owner_due ON tasks(owner_id, due_date) WHERE status = 'open';
CREATE INDEX tasks_client ON tasks(client_id);
