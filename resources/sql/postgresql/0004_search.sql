-- SPDX-License-Identifier: MIT
-- ARDesk schema v4 (PostgreSQL): full-text search over the current text of live notes; the
-- counterpart of resources/sql/sqlite/0004_search.sql (FTS5 there).
--
-- One row per live note, keyed by the note: the newest revision's body and contact name, the
-- display names of the note's attachments (one per line), the values of its structured template
-- fields, and the same facet tokens as on SQLite (U+E000 + c<client>, a<author>, h<channel>,
-- y/m/d<occurred day>). `document` is their tsvector under the `ardesk_search` configuration:
-- simple tokens with accents removed (unaccent) and case folded, like FTS5's unicode61 with
-- remove_diacritics 2, so "Müller", "MULLER" and "muller" are the same lexeme; a GIN index
-- serves the matches. Derived data, not part of the record: triggers rebuild a note's row from
-- note_search_source when a revision, tombstone or attachment is added.
-- CREATE EXTENSION needs a superuser (`team init` runs as one; see docs/team-mode.md).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION ardesk_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION ardesk_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple;

-- The values of a note's structured fields, one per line (the text itself when it is not a
-- JSON object, as SQLite's json_valid branch does).
CREATE FUNCTION ardesk_field_values(fields TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN coalesce((SELECT string_agg(j.value, chr(10)) FROM jsonb_each_text(fields::jsonb) j),
                    '');
EXCEPTION WHEN others THEN
    RETURN fields;
END
$$;

-- Text as FTS5's unicode61 splits it: every run of ASCII characters that are not letters or
-- digits becomes one space, so the parser sees only words and numbers ("INV-1" is "inv" and "1",
-- an e-mail address its parts, "-1" no signed number), as on SQLite.
CREATE FUNCTION ardesk_search_words(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(t, '[\x01-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]+', ' ', 'g')
$$;

-- The document weighs the columns as the SQLite ranking does (contact, attachments, body and
-- fields: A, B, D, C); the facets are not part of it (the team database filters by columns, and
-- typed text never matches a facet).
CREATE TABLE note_search (
    note_id     BIGINT PRIMARY KEY REFERENCES notes(id),
    body        TEXT NOT NULL,
    contact     TEXT NOT NULL,
    attachments TEXT NOT NULL,
    fields      TEXT NOT NULL,
    facets      TEXT NOT NULL,
    document    tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('ardesk_search'::regconfig,
                                          ardesk_search_words(body)), 'D')
                    || setweight(to_tsvector('ardesk_search'::regconfig,
                                             ardesk_search_words(contact)), 'A')
                    || setweight(to_tsvector('ardesk_search'::regconfig,
                                             ardesk_search_words(attachments)), 'B')
                    || setweight(to_tsvector('ardesk_search'::regconfig,
                                             ardesk_search_words(fields)), 'C')) STORED
);
CREATE INDEX note_search_document ON note_search USING gin (document);

CREATE VIEW note_search_source AS
SELECT n.id AS note_id,
       r.body AS body,
       r.contact_name AS contact,
       coalesce((SELECT string_agg(a.display_name, chr(10) ORDER BY a.id)
                   FROM note_revisions ar
                   JOIN note_attachments a ON a.revision_id = ar.id
                  WHERE ar.note_id = n.id), '') AS attachments,
       ardesk_field_values(r.fields_json) AS fields,
       chr(57344) || 'c' || n.client_id
           || ' ' || chr(57344) || 'a' || coalesce(r.author_id, 0)
           || ' ' || chr(57344) || 'h' || r.channel
           || ' ' || chr(57344) || 'y' || substr(r.occurred_at, 1, 4)
           || ' ' || chr(57344) || 'm' || substr(r.occurred_at, 1, 4)
                  || substr(r.occurred_at, 6, 2)
           || ' ' || chr(57344) || 'd' || substr(r.occurred_at, 1, 4)
                  || substr(r.occurred_at, 6, 2) || substr(r.occurred_at, 9, 2) AS facets
  FROM notes n
  JOIN note_revisions r
    ON r.note_id = n.id
   AND r.revision = (SELECT max(m.revision) FROM note_revisions m WHERE m.note_id = n.id)
 WHERE NOT EXISTS (SELECT 1 FROM note_tombstones t WHERE t.note_id = n.id);

CREATE FUNCTION note_search_refresh(target BIGINT) RETURNS void LANGUAGE sql AS $$
    DELETE FROM note_search WHERE note_id = target;
    INSERT INTO note_search (note_id, body, contact, attachments, fields, facets)
        SELECT note_id, body, contact, attachments, fields, facets
          FROM note_search_source WHERE note_id = target;
$$;

CREATE FUNCTION note_search_on_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM note_search_refresh(NEW.note_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER note_search_revision AFTER INSERT ON note_revisions FOR EACH ROW
    EXECUTE FUNCTION note_search_on_revision();

CREATE FUNCTION note_search_on_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM note_search WHERE note_id = NEW.note_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER note_search_tombstone AFTER INSERT ON note_tombstones FOR EACH ROW
    EXECUTE FUNCTION note_search_on_tombstone();

CREATE FUNCTION note_search_on_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM note_search_refresh((SELECT note_id FROM note_revisions WHERE id = NEW.revision_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER note_search_attachment AFTER INSERT ON note_attachments FOR EACH ROW
    EXECUTE FUNCTION note_search_on_attachment();

INSERT INTO note_search (note_id, body, contact, attachments, fields, facets)
    SELECT note_id, body, contact, attachments, fields, facets FROM note_search_source;
