-- SPDX-License-Identifier: MIT
-- ARDesk schema v18: nothing to change in a company file. On a team database (PostgreSQL) this
-- version gives the database's own rules to the four group roles (ardesk_sales, ardesk_clerk,
-- ardesk_manager, ardesk_admin; resources/sql/postgresql/0018_team_grants.sql). A company file
-- has one user at a time and no logins: there the user is who they say they are, and the core's
-- permission table (domain/permissions) is the only guard (docs/team-mode.md). The version exists
-- so both dialects keep the same numbers.
SELECT 1;
