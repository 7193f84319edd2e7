-- SPDX-License-Identifier: MIT
-- ARDesk schema v19 (PostgreSQL): live updates. Every write to a table a window shows announces,
-- on the channel `ardesk_changes`, what changed and for which client: the payload is
-- '<kind>:<client id>' (0: a row of no client, e.g. an e-mail to nobody's client), or '<kind>:*'
-- when one statement touched more than 64 clients (an import, a reminder run: refresh everything
-- of that kind rather than flood the listeners). ChangeFeed (src/core/storage/changefeed.*) LISTENs
-- and the windows refresh what is on screen.
--
-- PostgreSQL delivers notifications when the transaction commits (nothing of a rolled-back save
-- is announced) and drops duplicates within one transaction, so one save of a note, its revision,
-- its promise and its task sends each '<kind>:<client>' once. The triggers are per statement, with
-- the statement's rows as a transition table (`changed`), so a bulk write costs one trigger call.
-- The SQLite script of this version is empty (a company file has no feed).

-- TG_ARGV[0]: the kind; TG_ARGV[1]: a query over `changed` giving the clients' ids as one array.
CREATE FUNCTION ardesk_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
BEGIN
    EXECUTE TG_ARGV[1] INTO ids;
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN NULL;
    END IF;
    IF cardinality(ids) > 64 THEN
        PERFORM pg_notify('ardesk_changes', TG_ARGV[0] || ':*');
    ELSE
        PERFORM pg_notify('ardesk_changes', TG_ARGV[0] || ':' || coalesce(id, 0)::text)
        FROM unnest(ids) AS id;
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    -- table, kind, the statement's clients, the events that change it (the record is append-only)
    spec TEXT[];
    event TEXT;
    specs TEXT[][] := ARRAY[
        ['clients', 'client', 'SELECT array_agg(DISTINCT id) FROM changed', 'IDU'],
        ['contacts', 'contact', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['invoices', 'invoice', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['payments', 'payment', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['promises', 'promise', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['disputes', 'dispute', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['payment_plans', 'plan', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['tasks', 'task', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['outbox', 'outbox', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['call_attempts', 'call', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'IDU'],
        ['invoice_pauses', 'pause',
         'SELECT array_agg(DISTINCT i.client_id) FROM changed c JOIN invoices i ON i.id = c.invoice_id',
         'IDU'],
        ['notes', 'note', 'SELECT array_agg(DISTINCT client_id) FROM changed', 'I'],
        ['note_revisions', 'note',
         'SELECT array_agg(DISTINCT n.client_id) FROM changed c JOIN notes n ON n.id = c.note_id',
         'I'],
        ['note_tombstones', 'note',
         'SELECT array_agg(DISTINCT n.client_id) FROM changed c JOIN notes n ON n.id = c.note_id',
         'I']
    ];
BEGIN
    FOREACH spec SLICE 1 IN ARRAY specs LOOP
        FOREACH event IN ARRAY string_to_array(spec[4], NULL) LOOP
            EXECUTE format(
                'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s TABLE AS changed '
                'FOR EACH STATEMENT EXECUTE FUNCTION ardesk_notify_changes(%L, %L)',
                spec[1] || '_notify_' || lower(event),
                CASE event WHEN 'I' THEN 'INSERT' WHEN 'U' THEN 'UPDATE' ELSE 'DELETE' END,
                spec[1],
                CASE event WHEN 'D' THEN 'OLD' ELSE 'NEW' END,
                spec[2], spec[3]);
        END LOOP;
    END LOOP;
END
$$;
