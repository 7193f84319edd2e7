-- SPDX-License-Identifier: MIT
-- ARDesk schema v7 (PostgreSQL): drafts of notes being written, as
-- resources/sql/sqlite/0007_note_drafts.sql (not part of the record).
CREATE TABLE note_drafts (
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body_json TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (client_id, user_id)
);
