-- SPDX-License-Identifier: MIT
-- ARDesk schema v4: full-text search over the current text of live notes (docs/search.md).
--
-- One FTS5 row per live note, rowid = notes.id: the newest revision's body and contact name,
-- the display names of the note's attachments (one per line), the values of its structured
-- template fields (check number, sent-to address, dispute reason, ...), and a "facets" column
-- of filter tokens (client, author, channel, occurred-at day/month/year). Facet tokens start
-- with U+E000 (a private-use character the unicode61 tokenizer keeps inside tokens);
-- NoteSearch strips private-use characters from what the user types, so typed words can never
-- match a facet, and a filter is one more FTS5 term that the index intersects in milliseconds.
--
-- Tokenizer: unicode61 with remove_diacritics 2 folds case and removes diacritics from every
-- letter (also those whose decomposition has several marks), so "Müller", "MULLER" and
-- "muller" are the same token. No prefix index: it doubles the index build time and size on a
-- large company (measured in docs/search.md); prefix queries merge the matching terms instead.
--
-- The table is derived data, not part of the append-only record: triggers rebuild a note's row
-- from note_search_source whenever a revision, tombstone or attachment is added, and
-- `INSERT INTO note_search(note_search) VALUES ('rebuild')` is never needed because the table
-- stores its own content (DELETE + INSERT from the view recreates any row).

CREATE VIRTUAL TABLE note_search USING fts5(
    body, contact, attachments, fields, facets,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What the index holds for each live note: the newest revision, all attachment names of the
-- note, and the facet tokens. A tombstoned note has no row.
CREATE VIEW note_search_source AS
SELECT n.id AS note_id,
       r.body AS body,
       r.contact_name AS contact,
       coalesce((SELECT group_concat(a.display_name, char(10))
                   FROM note_revisions ar
                   JOIN note_attachments a ON a.revision_id = ar.id
                  WHERE ar.note_id = n.id), '') AS attachments,
       CASE WHEN json_valid(r.fields_json)
            THEN coalesce((SELECT group_concat(j.value, char(10))
                             FROM json_each(r.fields_json) j), '')
            ELSE r.fields_json END AS fields,
       char(57344) || 'c' || n.client_id
           || ' ' || char(57344) || 'a' || coalesce(r.author_id, 0)
           || ' ' || char(57344) || 'h' || r.channel
           || ' ' || char(57344) || 'y' || substr(r.occurred_at, 1, 4)
           || ' ' || char(57344) || 'm' || substr(r.occurred_at, 1, 4)
                  || substr(r.occurred_at, 6, 2)
           || ' ' || char(57344) || 'd' || substr(r.occurred_at, 1, 4)
                  || substr(r.occurred_at, 6, 2) || substr(r.occurred_at, 9, 2) AS facets
  FROM notes n
  JOIN note_revisions r
    ON r.note_id = n.id
   AND r.revision = (SELECT max(m.revision) FROM note_revisions m WHERE m.note_id = n.id)
 WHERE NOT EXISTS (SELECT 1 FROM note_tombstones t WHERE t.note_id = n.id);

CREATE TRIGGER note_search_revision AFTER INSERT ON note_revisions
BEGIN
    DELETE FROM note_search WHERE rowid = NEW.note_id;
    INSERT INTO note_search (rowid, body, contact, attachments, fields, facets)
        SELECT note_id, body, contact, attachments, fields, facets
          FROM note_search_source WHERE note_id = NEW.note_id;
END;

CREATE TRIGGER note_search_tombstone AFTER INSERT ON note_tombstones
BEGIN
    DELETE FROM note_search WHERE rowid = NEW.note_id;
END;

CREATE TRIGGER note_search_attachment AFTER INSERT ON note_attachments
BEGIN
    DELETE FROM note_search
     WHERE rowid = (SELECT note_id FROM note_revisions WHERE id = NEW.revision_id);
    INSERT INTO note_search (rowid, body, contact, attachments, fields, facets)
        SELECT note_id, body, contact, attachments, fields, facets
          FROM note_search_source
         WHERE note_id = (SELECT note_id FROM note_revisions WHERE id = NEW.revision_id);
END;

-- Files that already hold notes get them indexed here.
INSERT INTO note_search (rowid, body, contact, attachments, fields, facets)
    SELECT note_id, body, contact, attachments, fields, facets FROM note_search_source;
