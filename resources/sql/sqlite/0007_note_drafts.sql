-- SPDX-License-Identifier: MIT
-- ARDesk schema v7: drafts of notes being written (docs/user-guide.md, "Drafts").
--
-- A note the clerk has started and not saved is kept here, one per client and user, so that
-- switching client, quitting or opening another file loses nothing. A draft is not part of the
-- record: no revision, no chain link, no audit row, no search row. It is replaced as the clerk
-- types (a few seconds after the last keystroke) and deleted when the note is saved or the
-- draft discarded. body_json holds what the composer holds (see NoteDraft::toJson).
CREATE TABLE note_drafts (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body_json TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (client_id, user_id)
) WITHOUT ROWID;
