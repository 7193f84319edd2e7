-- SPDX-License-Identifier: MIT
-- ARDesk schema v3: reminder policies and their run log, pauses, and the e-mail outbox.

CREATE TABLE reminder_policies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    segment     TEXT NOT NULL DEFAULT '',   -- '' = the default policy
    is_default  INTEGER NOT NULL DEFAULT 0,
    penalty_text  TEXT NOT NULL DEFAULT '',
    discount_text TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE policy_steps (
    id            INTEGER PRIMARY KEY,
    policy_id     INTEGER NOT NULL REFERENCES reminder_policies(id) ON DELETE CASCADE,
    days_after_due INTEGER NOT NULL,
    action        TEXT NOT NULL
                  CHECK (action IN ('email','call_task','statement','credit_hold','escalate','legal_review')),
    template_key  TEXT NOT NULL DEFAULT '',
    channel       TEXT NOT NULL DEFAULT 'email',
    position      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX policy_steps_policy ON policy_steps(policy_id, days_after_due);

ALTER TABLE clients ADD COLUMN policy_id INTEGER REFERENCES reminder_policies(id);
ALTER TABLE clients ADD COLUMN paused_until TEXT;

-- A step is done once per invoice: the UNIQUE key makes a second run a no-op.
CREATE TABLE reminder_log (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    step_id     INTEGER NOT NULL REFERENCES policy_steps(id),
    run_date    TEXT NOT NULL,
    outcome     TEXT NOT NULL,               -- 'queued', 'task', 'hold', 'skipped:<why>'
    outbox_id   INTEGER REFERENCES outbox(id),
    task_id     INTEGER REFERENCES tasks(id),
    UNIQUE (invoice_id, step_id)
);

CREATE TABLE invoice_pauses (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    until_date  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    note_id     INTEGER REFERENCES notes(id),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users(id)
);
CREATE INDEX invoice_pauses_invoice ON invoice_pauses(invoice_id);

-- Every message is stored with its exact bytes before it is sent.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER REFERENCES clients(id),
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued','sending','sent','failed','parked','unknown','cancelled')),
    message_id      TEXT NOT NULL UNIQUE,
    from_addr       TEXT NOT NULL,
    recipients      TEXT NOT NULL,           -- JSON array of addresses
    subject         TEXT NOT NULL,
    template_key    TEXT NOT NULL DEFAULT '',
    eml             BLOB NOT NULL,
    eml_sha256      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    server_reply    TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users(id),
    sent_at         TEXT,
    note_id         INTEGER REFERENCES notes(id)
);
CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
CREATE INDEX outbox_client ON outbox(client_id);
