<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BackupService</name>
    <message numerus="yes">
        <source>it holds %n more record chain entries</source>
        <translation>
            <numerusform>it holds %n more record chain entry</numerusform>
            <numerusform>it holds %n more record chain entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message numerus="yes">
        <source>FAILED, %n problem(s); the first: %1</source>
        <translation>
            <numerusform>FAILED, %n problem; the first: %1</numerusform>
            <numerusform>FAILED, %n problems; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported</numerusform>
            <numerusform>%n problems in %1; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would put %n client(s) on credit hold</source>
        <translation>
            <numerusform>Would put %n client on credit hold</numerusform>
            <numerusform>Would put %n clients on credit hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n client(s) on credit hold</source>
        <translation>
            <numerusform>Put %n client on credit hold</numerusform>
            <numerusform>Put %n clients on credit hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n client matches</numerusform>
            <numerusform>%n clients match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be queued</source>
        <translation>
            <numerusform>%n message would be queued</numerusform>
            <numerusform>%n messages would be queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n message queued</numerusform>
            <numerusform>%n messages queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) skipped</source>
        <translation>
            <numerusform>%n client skipped</numerusform>
            <numerusform>%n clients skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more problems</source>
        <translation>
            <numerusform>%n or more problems</numerusform>
            <numerusform>%n or more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) for %1</source>
        <translation>
            <numerusform>%n note for %1</numerusform>
            <numerusform>%n notes for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs as of %1 over %n day(s), disputed invoices left out</source>
        <translation>
            <numerusform>KPIs as of %1 over %n day, disputed invoices left out</numerusform>
            <numerusform>KPIs as of %1 over %n days, disputed invoices left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs as of %1 over %n day(s)</source>
        <translation>
            <numerusform>KPIs as of %1 over %n day</numerusform>
            <numerusform>KPIs as of %1 over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were left &apos;sending&apos; by an earlier run and are now &apos;unknown&apos; (check the sent mailbox, then &apos;outbox mark-sent ID&apos;, &apos;outbox retry ID&apos; or &apos;outbox cancel ID&apos;)</source>
        <translation>
            <numerusform>%n message were left &apos;sending&apos; by an earlier run and are now &apos;unknown&apos; (check the sent mailbox, then &apos;outbox mark-sent ID&apos;, &apos;outbox retry ID&apos; or &apos;outbox cancel ID&apos;)</numerusform>
            <numerusform>%n messages were left &apos;sending&apos; by an earlier run and are now &apos;unknown&apos; (check the sent mailbox, then &apos;outbox mark-sent ID&apos;, &apos;outbox retry ID&apos; or &apos;outbox cancel ID&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n statement written to %1</numerusform>
            <numerusform>%n statements written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n dispute</numerusform>
            <numerusform>%n disputes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run (nothing written): %n row(s) from %1</source>
        <translation>
            <numerusform>Dry run (nothing written): %n row from %1</numerusform>
            <numerusform>Dry run (nothing written): %n rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1</source>
        <translation>
            <numerusform>Imported %n row from %1</numerusform>
            <numerusform>Imported %n rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attachment: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Attachment: %1 (%n byte)</numerusform>
            <numerusform>Attachment: %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain entries: %1</source>
        <translation>
            <numerusform>%n chain entry: %1</numerusform>
            <numerusform>%n chain entries: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n tombstone</numerusform>
            <numerusform>%n tombstones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment blob(s) (%1 ms)</source>
        <translation>
            <numerusform>%n attachment blob (%1 ms)</numerusform>
            <numerusform>%n attachment blobs (%1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were added since</source>
        <translation>
            <numerusform>%n entry was added since</numerusform>
            <numerusform>%n entries were added since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) queued</source>
        <translation>
            <numerusform>%n e-mail queued</numerusform>
            <numerusform>%n e-mails queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s)</source>
        <translation>
            <numerusform>%n call task</numerusform>
            <numerusform>%n call tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s)</source>
        <translation>
            <numerusform>%n credit hold</numerusform>
            <numerusform>%n credit holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal review(s)</source>
        <translation>
            <numerusform>%n legal review</numerusform>
            <numerusform>%n legal reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) defaulted</source>
        <translation>
            <numerusform>%n plan defaulted</numerusform>
            <numerusform>%n plans defaulted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail step(s) stay pending: e-mail not configured (they are taken once it is)</source>
        <translation>
            <numerusform>%n e-mail step stay pending: e-mail not configured (they are taken once it is)</numerusform>
            <numerusform>%n e-mail steps stay pending: e-mail not configured (they are taken once it is)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) moved to %1</source>
        <translation>
            <numerusform>%n task moved to %1</numerusform>
            <numerusform>%n tasks moved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queue: %n row(s) in %1 ms</source>
        <translation>
            <numerusform>queue: %n row in %1 ms</numerusform>
            <numerusform>queue: %n rows in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message numerus="yes">
        <source>%1 still has an open balance on %n invoice(s); settle or write off the open invoices first</source>
        <translation>
            <numerusform>%1 still has an open balance on %n invoice; settle or write off the open invoices first</numerusform>
            <numerusform>%1 still has an open balance on %n invoices; settle or write off the open invoices first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message numerus="yes">
        <source>%1: %n character(s) at most</source>
        <translation>
            <numerusform>%1: %n character at most</numerusform>
            <numerusform>%1: %n characters at most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backup folder: %n character(s) at most</source>
        <translation>
            <numerusform>backup folder: %n character at most</numerusform>
            <numerusform>backup folder: %n characters at most</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%1 and %n draft invoice(s) skipped</source>
        <translation>
            <numerusform>%1 and %n draft invoice skipped</numerusform>
            <numerusform>%1 and %n draft invoices skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>%n void</numerusform>
            <numerusform>%n void</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void invoice(s) skipped</source>
        <translation>
            <numerusform>%n void invoice skipped</numerusform>
            <numerusform>%n void invoices skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s) skipped</source>
        <translation>
            <numerusform>%n draft invoice skipped</numerusform>
            <numerusform>%n draft invoices skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client_name: %n clients are named &quot;%1&quot; (%2); add a client_code column to tell them apart</source>
        <translation>
            <numerusform>client_name: %n client is named &quot;%1&quot; (%2); add a client_code column to tell them apart</numerusform>
            <numerusform>client_name: %n clients are named &quot;%1&quot; (%2); add a client_code column to tell them apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailContext</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message numerus="yes">
        <source>%1: unknown variable(s): %2</source>
        <translation>
            <numerusform>%1: unknown variable: %2</numerusform>
            <numerusform>%1: unknown variables: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 has %n decimal place(s)</source>
        <translation>
            <numerusform>%1 has %n decimal place</numerusform>
            <numerusform>%1 has %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n client(s) done</source>
        <translation>
            <numerusform>Cancelled: %n client done</numerusform>
            <numerusform>Cancelled: %n clients done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) not done (the next run takes them)</source>
        <translation>
            <numerusform>%n client not done (the next run takes them)</numerusform>
            <numerusform>%n clients not done (the next run takes them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message numerus="yes">
        <source>the file is too short (%n byte(s)) to hold a SQLite header</source>
        <translation>
            <numerusform>the file is too short (%n byte) to hold a SQLite header</numerusform>
            <numerusform>the file is too short (%n bytes) to hold a SQLite header</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message numerus="yes">
        <source>%n session(s) of the login %1 stay connected until they end: the login ARDesk is connected as (%2) may not end them (that needs a superuser, or membership of pg_signal_backend); a superuser can end them with SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = &apos;%1&apos;</source>
        <translation>
            <numerusform>%n session of the login %1 stays connected until it ends: the login ARDesk is connected as (%2) may not end it (that needs a superuser, or membership of pg_signal_backend); a superuser can end it with SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = &apos;%1&apos;</numerusform>
            <numerusform>%n sessions of the login %1 stay connected until they end: the login ARDesk is connected as (%2) may not end them (that needs a superuser, or membership of pg_signal_backend); a superuser can end them with SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n open session(s) of the login %1</source>
        <translation>
            <numerusform>Ended %n open session of the login %1</numerusform>
            <numerusform>Ended %n open sessions of the login %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message numerus="yes">
        <source>unknown variable(s): %1</source>
        <translation>
            <numerusform>unknown variable: %1</numerusform>
            <numerusform>unknown variables: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayQueue</name>
    <message numerus="yes">
        <source>%1, %n day(s) late</source>
        <translation>
            <numerusform>%1, %n day late</numerusform>
            <numerusform>%1, %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>User</name>
    <message numerus="yes">
        <source>signature: %n character(s) at most</source>
        <translation>
            <numerusform>signature: %n character at most</numerusform>
            <numerusform>signature: %n characters at most</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityDialog</name>
    <message numerus="yes">
        <source>The newest %n note(s) — Load more for earlier ones</source>
        <translation>
            <numerusform>The newest %n note — Load more for earlier ones</numerusform>
            <numerusform>The newest %n notes — Load more for earlier ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::AuditTrailDialog</name>
    <message numerus="yes">
        <source>The newest %n change(s) — Load more for earlier ones</source>
        <translation>
            <numerusform>The newest %n change — Load more for earlier ones</numerusform>
            <numerusform>The newest %n changes — Load more for earlier ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BulkSendDialog</name>
    <message numerus="yes">
        <source>%1 of %n client(s) match the filters.</source>
        <translation>
            <numerusform>%1 of %n client matches the filters.</numerusform>
            <numerusform>%1 of %n clients match the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n message(s)</source>
        <translation>
            <numerusform>&amp;Queue %n message</numerusform>
            <numerusform>&amp;Queue %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), one per client</source>
        <translation>
            <numerusform>%n message, one per client</numerusform>
            <numerusform>%n messages, one per client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) left out</source>
        <translation>
            <numerusform>%n client left out</numerusform>
            <numerusform>%n clients left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send anyway to the %n client(s) left out for a rule a manager may override</source>
        <translation>
            <numerusform>&amp;Send anyway to the %n client left out for a rule a manager may override</numerusform>
            <numerusform>&amp;Send anyway to the %n clients left out for a rule a manager may override</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ChaseTab</name>
    <message numerus="yes">
        <source>%1 — %2, due %3, %n day(s) late</source>
        <translation>
            <numerusform>%1 — %2, due %3, %n day late</numerusform>
            <numerusform>%1 — %2, due %3, %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ClientDetailsTab</name>
    <message numerus="yes">
        <source>%1 in %n open invoice(s)</source>
        <translation>
            <numerusform>%1 in %n open invoice</numerusform>
            <numerusform>%1 in %n open invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the issue date to the payment that settled it, over the %n invoice(s) paid by payments (credit notes and write-offs do not count)</source>
        <translation>
            <numerusform>From the issue date to the payment that settled it, over the %n invoice paid by payments (credit notes and write-offs do not count)</numerusform>
            <numerusform>From the issue date to the payment that settled it, over the %n invoices paid by payments (credit notes and write-offs do not count)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ClientListModel</name>
    <message numerus="yes">
        <source>Shown in %1; %n open invoice(s) in other currencies are not included</source>
        <translation>
            <numerusform>Shown in %1; %n open invoice in another currency is not included</numerusform>
            <numerusform>Shown in %1; %n open invoices in other currencies are not included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ClientListPane</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match &quot;%1&quot;</source>
        <translation>
            <numerusform>%n client matches &quot;%1&quot;</numerusform>
            <numerusform>%n clients match &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ClientWorkspace</name>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n dispute</numerusform>
            <numerusform>%n disputes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 installment(s) still owed, %2</source>
        <translation>
            <numerusform>%n of %1 installment still owed, %2</numerusform>
            <numerusform>%n of %1 installments still owed, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment plan(s)</source>
        <translation>
            <numerusform>%n payment plan</numerusform>
            <numerusform>%n payment plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) paused</source>
        <translation>
            <numerusform>%n invoice paused</numerusform>
            <numerusform>%n invoices paused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPane</name>
    <message numerus="yes">
        <source>%1 %2: %3, %n client(s) — click to list them</source>
        <translation>
            <numerusform>%1 %2: %3, %n client — click to list them</numerusform>
            <numerusform>%1 %2: %3, %n clients — click to list them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2; below it the change against %n day(s) earlier</source>
        <translation>
            <numerusform>%1 %2; below it the change against %n day earlier</numerusform>
            <numerusform>%1 %2; below it the change against %n days earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashboard — %1, over %n day(s); ▲▼ the change since the period before</source>
        <translation>
            <numerusform>Dashboard — %1, over %n day; ▲▼ the change since the period before</numerusform>
            <numerusform>Dashboard — %1, over %n days; ▲▼ the change since the period before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n week(s)</source>
        <translation>
            <numerusform>%1: %2 in %n week</numerusform>
            <numerusform>%1: %2 in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients who owe a balance and had no contact in the %n day(s) up to %1</source>
        <translation>
            <numerusform>Clients who owe a balance and had no contact in the %n day up to %1</numerusform>
            <numerusform>Clients who owe a balance and had no contact in the %n days up to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ExportDialog</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ImportDialog</name>
    <message numerus="yes">
        <source>File preview (first %n row(s))</source>
        <translation>
            <numerusform>File preview (first %n row)</numerusform>
            <numerusform>File preview (first %n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceDocumentActions</name>
    <message numerus="yes">
        <source>Attached: %n file(s)</source>
        <translation>
            <numerusform>Attached: %n file</numerusform>
            <numerusform>Attached: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already attached: %n file(s)</source>
        <translation>
            <numerusform>Already attached: %n file</numerusform>
            <numerusform>Already attached: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No invoice number in the name: %n file(s)</source>
        <translation>
            <numerusform>No invoice number in the name: %n file</numerusform>
            <numerusform>No invoice number in the name: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names more than one invoice: %n file(s)</source>
        <translation>
            <numerusform>Names more than one invoice: %n file</numerusform>
            <numerusform>Names more than one invoice: %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::MailActions</name>
    <message numerus="yes">
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>The %n client selected in the list</numerusform>
            <numerusform>The %n clients selected in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n client(s) in the list</source>
        <translation>
            <numerusform>All %n client in the list</numerusform>
            <numerusform>All %n clients in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n client(s) matching &quot;%1&quot;</source>
        <translation>
            <numerusform>All %n client matching &quot;%1&quot;</numerusform>
            <numerusform>All %n clients matching &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n message(s)…</source>
        <translation>
            <numerusform>Preparing %n message…</numerusform>
            <numerusform>Preparing %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued in the outbox</source>
        <translation>
            <numerusform>%n message queued in the outbox</numerusform>
            <numerusform>%n messages queued in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::NotesPane</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 of %n note</numerusform>
            <numerusform>%1 of %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentDialog</name>
    <message numerus="yes">
        <source>Applies %1 to %n invoice(s); %2 stays on account.</source>
        <translation>
            <numerusform>Applies %1 to %n invoice; %2 stays on account.</numerusform>
            <numerusform>Applies %1 to %n invoices; %2 stays on account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies %1 to %n invoice(s).</source>
        <translation>
            <numerusform>Applies %1 to %n invoice.</numerusform>
            <numerusform>Applies %1 to %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::RecordIntegrityDialog</name>
    <message numerus="yes">
        <source>
%n more problem(s) found.</source>
        <translation>
            <numerusform>
%n more problem found.</numerusform>
            <numerusform>
%n more problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::RemindersDialog</name>
    <message numerus="yes">
        <source>e-mail &quot;%1&quot; about %n invoice(s)</source>
        <translation>
            <numerusform>e-mail &quot;%1&quot; about %n invoice</numerusform>
            <numerusform>e-mail &quot;%1&quot; about %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s)</source>
        <translation>
            <numerusform>%n call task</numerusform>
            <numerusform>%n call tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s)</source>
        <translation>
            <numerusform>%n credit hold</numerusform>
            <numerusform>%n credit holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::RemindersScreen</name>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s)</source>
        <translation>
            <numerusform>%n call task</numerusform>
            <numerusform>%n call tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s)</source>
        <translation>
            <numerusform>%n credit hold</numerusform>
            <numerusform>%n credit holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::SearchDialog</name>
    <message numerus="yes">
        <source>%n note(s) match.</source>
        <translation>
            <numerusform>%n note matches.</numerusform>
            <numerusform>%n notes match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TemplatesScreen</name>
    <message numerus="yes">
        <source>%n template(s) added: %1</source>
        <translation>
            <numerusform>%n template added: %1</numerusform>
            <numerusform>%n templates added: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TodayActions</name>
    <message numerus="yes">
        <source>%n e-mail(s) queued to be sent again</source>
        <translation>
            <numerusform>%n e-mail queued to be sent again</numerusform>
            <numerusform>%n e-mails queued to be sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) recorded as sent</source>
        <translation>
            <numerusform>%n e-mail recorded as sent</numerusform>
            <numerusform>%n e-mails recorded as sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TodayPane</name>
    <message numerus="yes">
        <source>Today — %n account(s) for %1</source>
        <translation>
            <numerusform>Today — %n account for %1</numerusform>
            <numerusform>Today — %n accounts for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TodayQueueModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
