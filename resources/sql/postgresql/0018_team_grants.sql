-- SPDX-License-Identifier: MIT
-- ARDesk schema v18 (PostgreSQL): the database enforces the roles (issue 13 item 6). Each ARDesk
-- user is a login (a role with LOGIN and the user's name); ARDesk's roles are four group roles.
-- What each may do mirrors the core's permission table (src/core/domain/permissions.cpp), table
-- by table in src/core/storage/teamgrants.cpp, which tst_pgteamgrants compares with the grants
-- below. The company file's counterpart (resources/sql/sqlite/0018_team_grants.sql) is empty.
--
--   ardesk_sales    reads the record (not the SMTP settings); logs notes as itself
--   ardesk_clerk    ardesk_sales + the collection record: clients, ledger entry, commitments,
--                   tasks, pauses, e-mail, imports (no write-off, no credit note)
--   ardesk_manager  ardesk_clerk + write-offs and credit notes, policies and templates, remind
--   ardesk_admin    reads everything; users and roles, company and SMTP settings (not a clerk)
--
-- Group roles belong to the server (every database on it shares them): created when missing,
-- which needs CREATEROLE (team init runs as a superuser).

DO $$
DECLARE
    g TEXT;
BEGIN
    FOREACH g IN ARRAY ARRAY['ardesk_sales', 'ardesk_clerk', 'ardesk_manager', 'ardesk_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
END
$$;
GRANT ardesk_sales TO ardesk_clerk;
GRANT ardesk_clerk TO ardesk_manager;

GRANT USAGE ON SCHEMA public TO ardesk_sales, ardesk_admin;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;

-- Reading: everyone reads every table (ReadRecord is everyone's); the SMTP settings only for the
-- roles that send or set them (row security on settings, below).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ardesk_sales, ardesk_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ardesk_sales, ardesk_admin;

-- Every role's changes are audited; the derived tables follow every write (the client summary's
-- last contact after a note, its overdue figures moved to today on open).
GRANT INSERT ON audit_log TO ardesk_sales, ardesk_admin;
GRANT INSERT, UPDATE ON client_summary, settings TO ardesk_sales, ardesk_admin;

-- sales: LogOwnNote (a note by oneself, its attachments, its chain entry; drafts; a call dialled;
-- one's own follow-up).
GRANT INSERT ON notes, note_revisions, note_invoices, note_attachments, attachment_blobs,
                record_chain, tasks
    TO ardesk_sales;
GRANT INSERT, UPDATE, DELETE ON note_drafts TO ardesk_sales;
GRANT INSERT, UPDATE ON call_attempts TO ardesk_sales;

-- clerk: LogNoteForOthers (deleting or amending anyone's note), SendEmail, EditClients,
-- EditLedger, PlaceCreditHold, Commitments, Tasks, Pause, Import.
GRANT INSERT ON note_tombstones TO ardesk_clerk;
GRANT INSERT, UPDATE ON outbox TO ardesk_clerk;
GRANT INSERT, UPDATE, DELETE ON clients, contacts, contact_phones TO ardesk_clerk;
GRANT INSERT, UPDATE ON invoices, payments, invoice_documents TO ardesk_clerk;
GRANT INSERT, UPDATE, DELETE ON payment_allocations TO ardesk_clerk;
GRANT INSERT, UPDATE, DELETE ON promises, promise_invoices, disputes, payment_plans,
                                plan_installments, plan_invoices
    TO ardesk_clerk;
GRANT UPDATE, DELETE ON tasks TO ardesk_clerk;
GRANT INSERT, UPDATE, DELETE ON invoice_pauses TO ardesk_clerk;
GRANT INSERT, UPDATE, DELETE ON ar_history TO ardesk_clerk;
GRANT UPDATE ON ar_history_state TO ardesk_clerk;
GRANT INSERT ON reminder_log TO ardesk_clerk;

-- manager: WriteOff, CreditNote, ReleaseCreditHold, EditPolicies, Reassign, RemindEveryone,
-- OverrideSendGuard.
GRANT INSERT, UPDATE ON invoice_adjustments TO ardesk_manager;
GRANT INSERT, UPDATE, DELETE ON reminder_policies, policy_steps, templates TO ardesk_manager;

-- admin: ManageUsers, CompanySettings, Backups.
GRANT INSERT, UPDATE, DELETE ON users, user_roles TO ardesk_admin;
GRANT DELETE ON settings TO ardesk_admin;

-- Settings by row: the SMTP settings are read by those who send or set them; company settings are
-- written by admins, the workflow's by managers; the summary's date by everyone. The owner (the
-- login that ran init) and superusers are not subject to row security.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY settings_read ON settings FOR SELECT
    USING (key NOT LIKE 'smtp.%'
           OR pg_has_role(current_user, 'ardesk_clerk', 'MEMBER')
           OR pg_has_role(current_user, 'ardesk_admin', 'MEMBER'));
CREATE POLICY settings_insert ON settings FOR INSERT
    WITH CHECK (key LIKE 'summary.%'
                OR (key LIKE 'workflow.%' AND pg_has_role(current_user, 'ardesk_manager', 'MEMBER'))
                OR pg_has_role(current_user, 'ardesk_admin', 'MEMBER'));
CREATE POLICY settings_update ON settings FOR UPDATE
    USING (key LIKE 'summary.%'
           OR (key LIKE 'workflow.%' AND pg_has_role(current_user, 'ardesk_manager', 'MEMBER'))
           OR pg_has_role(current_user, 'ardesk_admin', 'MEMBER'));
CREATE POLICY settings_delete ON settings FOR DELETE
    USING (pg_has_role(current_user, 'ardesk_admin', 'MEMBER'));

-- A sales login logs notes as itself: the author of a note and of its revisions is the ARDesk
-- user of the same name as the login. Logins that may write for others (clerk and up) and logins
-- outside the ARDesk roles (the owner, a superuser) are not checked here.
CREATE FUNCTION ardesk_author_is_login() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    author BIGINT;
    own BIGINT;
BEGIN
    IF NOT pg_has_role(current_user, 'ardesk_sales', 'MEMBER')
       OR pg_has_role(current_user, 'ardesk_clerk', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'notes' THEN
        author := NEW.created_by;
    ELSE
        author := NEW.author_id;
    END IF;
    SELECT id INTO own FROM users WHERE name = current_user;
    IF author IS NULL OR own IS NULL OR author <> own THEN
        RAISE EXCEPTION 'ardesk: % may log notes only as itself (ARDesk user %), not as user id %',
            current_user, coalesce(own::text, 'none'), coalesce(author::text, 'none')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER notes_author_is_login BEFORE INSERT ON notes
    FOR EACH ROW EXECUTE FUNCTION ardesk_author_is_login();
CREATE TRIGGER note_revisions_author_is_login BEFORE INSERT ON note_revisions
    FOR EACH ROW EXECUTE FUNCTION ardesk_author_is_login();

-- The derived search table follows the record as its owner: a login that may add a note need not
-- write the index itself (nor could it change what the index says).
ALTER FUNCTION note_search_refresh(BIGINT) SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION note_search_on_revision() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION note_search_on_tombstone() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION note_search_on_attachment() SECURITY DEFINER SET search_path = public, pg_temp;
