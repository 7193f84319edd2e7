-- SPDX-License-Identifier: MIT
-- ARDesk schema v12 (PostgreSQL): reserved, as resources/sql/sqlite/0012_reserved.sql (another
-- part of issue 13 replaces both at its merge). Nothing here.
SELECT 1;
