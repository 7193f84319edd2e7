-- SPDX-License-Identifier: MIT
-- ARDesk schema v14 (PostgreSQL), as resources/sql/sqlite/0014_kpi_indexes.sql: covering
-- indexes for the receivables KPIs (docs/kpis.md, docs/performance.md "Reports"). Each KPI
-- figure is then read from an index range alone, never from the invoice rows themselves:
--   invoices_issue     sales by issue day (the period and the countback months);
--   invoices_settled   the invoices paid in the period (days to pay, days late);
--   invoices_open_due  the open balances as of any day (the part of AR still open now);
--   payments_date_live and payment_allocations_cover
--                      the money received after a day, to replay a past AR (kpiquery.cpp).
-- The first three keep their leading columns, so every query that used them still does.
DROP INDEX invoices_issue;
CREATE INDEX invoices_issue ON invoices (issue_date, currency, amount_minor, disputed, client_id);
DROP INDEX invoices_settled;
CREATE INDEX invoices_settled
    ON invoices (settled_date, issue_date, due_date, currency, status, disputed, client_id);
DROP INDEX invoices_open_due;
CREATE INDEX invoices_open_due
    ON invoices (due_date, client_id, currency, balance_minor, issue_date, settled_date, disputed)
    WHERE balance_minor > 0;
CREATE INDEX payments_date_live ON payments (payment_date) WHERE voided_at IS NULL;
CREATE INDEX payment_allocations_cover
    ON payment_allocations (payment_id, invoice_id, amount_minor);
