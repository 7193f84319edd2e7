-- SPDX-License-Identifier: MIT
-- ARDesk schema v23 (PostgreSQL): the Today queue's two largest reads of a team database become
-- index-only (docs/performance.md, "The queue's two largest reads, index-only").
--
-- A clerk's open invoices are joined to the clerk's live clients, whose code, name, policy and
-- hold the steps due need (ChaseFactsQuery::loadForClerk; a clerk's reminder run reads the same).
-- PostgreSQL builds its hash of the clerk's clients from the heap: ≈ 3,000 pages for the 20,214
-- clients of tier L's busiest clerk, the largest part of the statement. Here they are read from
-- the index.
CREATE INDEX clients_assigned_facts ON clients (assigned_user_id)
    INCLUDE (id, code, name, segment, currency, policy_id, credit_hold, paused_until, archived_at)
    WHERE archived_at IS NULL;

-- The queue's promises (due today, or broken with no contact since) are among the pending
-- promises of the last 90 days (TodayQueue::kPromiseLookbackDays): ≈ 15,000 rows of tier L read
-- from ≈ 3,600 heap pages for the busiest clerk's ≈ 3,200. Here they are read from the index.
CREATE INDEX promises_pending_date ON promises (promised_date)
    INCLUDE (client_id, id, amount_minor, currency, made_at, created_at)
    WHERE status NOT IN ('cancelled', 'kept');
