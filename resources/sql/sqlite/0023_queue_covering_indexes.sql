-- SPDX-License-Identifier: MIT
-- ARDesk schema v23: nothing to change in a company file. On a team database (PostgreSQL) this
-- version makes the Today queue's two largest reads index-only
-- (resources/sql/postgresql/0023_queue_covering_indexes.sql): PostgreSQL reads a clerk's clients
-- and the pending promises from the heap, where SQLite's plans already go by rowid through
-- clients_assigned_live and promises_pending_client. The version exists so both dialects keep the
-- same numbers.
SELECT 1;
