-- SPDX-License-Identifier: MIT
-- ARDesk schema v18: placeholder; the lead takes the real one at merge (team's migration). Empty
-- so that the live updates' migration can be number 19 on this branch.
SELECT 1;
