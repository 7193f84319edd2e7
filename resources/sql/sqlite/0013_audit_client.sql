-- SPDX-License-Identifier: MIT
-- ARDesk schema v13: the audit trail per client (docs/user-guide.md, "Audit trail").
--
-- An audit row names the entity it changed (entity, entity_id); a client's trail is the rows of
-- the client itself and of its contacts, invoices (with their adjustments, documents and
-- pauses), payments, notes, promises, disputes, plans, tasks, e-mails and dialled calls. The
-- client is written with the row from now on (AuditLog); the rows already there get it from the
-- entity they name. Rows of company-wide things (settings, users, templates, policies, imports)
-- keep NULL. Plain SQL, the same on both dialects.
ALTER TABLE audit_log ADD COLUMN client_id INTEGER REFERENCES clients(id);

UPDATE audit_log SET client_id = CASE entity
    WHEN 'client' THEN (SELECT c.id FROM clients c WHERE c.id = audit_log.entity_id)
    WHEN 'contact' THEN (SELECT x.client_id FROM contacts x WHERE x.id = audit_log.entity_id)
    WHEN 'invoice' THEN (SELECT x.client_id FROM invoices x WHERE x.id = audit_log.entity_id)
    WHEN 'payment' THEN (SELECT x.client_id FROM payments x WHERE x.id = audit_log.entity_id)
    WHEN 'note' THEN (SELECT x.client_id FROM notes x WHERE x.id = audit_log.entity_id)
    WHEN 'promise' THEN (SELECT x.client_id FROM promises x WHERE x.id = audit_log.entity_id)
    WHEN 'dispute' THEN (SELECT x.client_id FROM disputes x WHERE x.id = audit_log.entity_id)
    WHEN 'payment_plan' THEN
        (SELECT x.client_id FROM payment_plans x WHERE x.id = audit_log.entity_id)
    WHEN 'task' THEN (SELECT x.client_id FROM tasks x WHERE x.id = audit_log.entity_id)
    WHEN 'outbox' THEN (SELECT x.client_id FROM outbox x WHERE x.id = audit_log.entity_id)
    WHEN 'call_attempt' THEN
        (SELECT x.client_id FROM call_attempts x WHERE x.id = audit_log.entity_id)
    ELSE NULL
END;

-- A client's trail, newest first (the primary key orders rows as they were written).
CREATE INDEX audit_log_client ON audit_log(client_id, id);
