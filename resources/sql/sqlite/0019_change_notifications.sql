-- SPDX-License-Identifier: MIT
-- ARDesk schema v19: nothing to do in a company file. In a team database this version makes the
-- server announce every committed change (resources/sql/postgresql/0019_change_notifications.sql,
-- LISTEN/NOTIFY); a company file has one desk, whose window refreshes what it wrote itself, so it
-- has no change feed (docs/team-mode.md, "Live updates").
SELECT 1;
