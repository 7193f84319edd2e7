-- SPDX-License-Identifier: MIT
-- ARDesk schema v17 (PostgreSQL), as resources/sql/sqlite/0017_promise_made_index.sql: the promises
-- of a week through an index. The dashboard counts, per clerk and week, the promises made in that
-- week (at the conversation's time, note_revisions.occurred_at of the note's first revision). A
-- conversation is never recorded before it happened (a note in the clock's future is refused), so a
-- promise made since a day was also recorded (promises.created_at) since that day:
-- ActivityQuery::totals adds that bound, and this index turns a scan of every promise ever made
-- into the week's range.
CREATE INDEX promises_created ON promises(created_at);
