-- SPDX-License-Identifier: MIT
-- ARDesk schema v13 (PostgreSQL): the audit trail per client, as
-- resources/sql/sqlite/0013_audit_client.sql (a BIGINT key, README.md).
ALTER TABLE audit_log ADD COLUMN client_id BIGINT REFERENCES clients(id);

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

CREATE INDEX audit_log_client ON audit_log (client_id, id);
