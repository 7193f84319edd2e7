-- SPDX-License-Identifier: MIT
-- ARDesk schema v8: invoice documents (docs/user-guide.md, "Invoice documents").
--
-- An invoice can carry its document: the PDF (or other file) the accounting system produced,
-- attached by hand or imported from a folder matched by invoice number. The bytes are stored
-- content-addressed in attachment_blobs, as note attachments are (identical content once; the
-- record check verifies every blob's SHA-256). The newest row of an invoice is its document;
-- attaching another keeps the earlier rows (who attached what, when).
CREATE TABLE invoice_documents (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    sha256       TEXT NOT NULL REFERENCES attachment_blobs(sha256),
    display_name TEXT NOT NULL,          -- shown only, never used as a path
    claimed_mime TEXT NOT NULL DEFAULT '',
    attached_at  TEXT NOT NULL,
    attached_by  INTEGER REFERENCES users(id)
);
CREATE INDEX invoice_documents_invoice ON invoice_documents(invoice_id, id);
