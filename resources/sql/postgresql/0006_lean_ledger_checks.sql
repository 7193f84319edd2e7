-- SPDX-License-Identifier: MIT
-- ARDesk schema v6 (PostgreSQL): nothing to do. On SQLite v6 rebuilt invoices and payments to
-- write their status and method CHECKs as comparisons (SQLite builds a b-tree per execution for
-- an IN list); PostgreSQL evaluates the IN lists of 0001 as cheaply, and the accepted values are
-- the same. The version number is kept so both dialects count the same versions.
SELECT 1;
