-- SPDX-License-Identifier: MIT
-- ARDesk schema v21: a clerk's open invoices through a small index (docs/performance.md, "Today
-- queue and reminder run").
--
-- The Today queue and a clerk's reminder run read the open invoices (balance > 0) of the clerk's
-- live clients (ChaseFactsQuery::loadForClerk): tens of thousands of clients on a large company,
-- of whom a few thousand owe something. Through invoices_client_due each client's probe read
-- every invoice it ever had from the table for its balance (≈ 200,000 rows on tier L for 4,449
-- open ones); this index holds only the open invoices, so a probe finds them, or nothing, in the
-- index. Queries name `balance_minor > 0`, which is what lets SQLite use a partial index.
CREATE INDEX invoices_open_client ON invoices(client_id, due_date) WHERE balance_minor > 0;

-- The week's promises are bounded by made_at since schema 20 (promises_made); nothing reads
-- promises by created_at any more.
DROP INDEX promises_created;
