<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ActionCatalog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>limit: %1 is not between 1 and 10000</source>
        <translation>limit: %1 liegt nicht zwischen 1 und 10000</translation>
    </message>
    <message>
        <source>offset: %1 is negative</source>
        <translation>offset: %1 ist negativ</translation>
    </message>
    <message>
        <source>until: %1 is before since %2</source>
        <translation>until: %1 liegt vor since %2</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>cannot create a temporary folder for attachments: %1</source>
        <translation>Kein temporärer Ordner für Anhänge anlegbar: %1</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not a positive number of bytes</source>
        <translation>Einstellung %1: „%2“ ist keine positive Anzahl Bytes</translation>
    </message>
    <message>
        <source>attachment %1 does not exist</source>
        <translation>Anhang %1 existiert nicht</translation>
    </message>
    <message>
        <source>attachment %1 is not a file</source>
        <translation>Anhang %1 ist keine Datei</translation>
    </message>
    <message>
        <source>attachment %1 is %2; the limit is %3</source>
        <translation>Anhang %1 ist %2 groß; die Grenze ist %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>attachment %1: content does not match its hash</source>
        <translation>Anhang %1: Inhalt passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>no attachment %1</source>
        <translation>Kein Anhang %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 (64 lower-case hex digits)</source>
        <translation>„%1“ ist kein SHA-256 (64 Hex-Ziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>no attachment content %1</source>
        <translation>Kein Anhangsinhalt %1</translation>
    </message>
    <message>
        <source>attachment content %1 was changed outside ARDesk (its bytes no longer match); run verify</source>
        <translation>Anhangsinhalt %1 wurde außerhalb von ARDesk geändert (seine Bytes stimmen nicht mehr); führen Sie verify aus</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make %1 read-only</source>
        <translation>%1 kann nicht schreibgeschützt werden</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Dialled call</source>
        <translation>Gewählter Anruf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Reminder policy</source>
        <translation>Mahnrichtlinie</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 → (removed)</source>
        <translation>%1: %2 → (entfernt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>limit: %1 is not between 1 and 10000</source>
        <translation>limit: %1 liegt nicht zwischen 1 und 10000</translation>
    </message>
    <message>
        <source>offset: %1 is negative</source>
        <translation>offset: %1 ist negativ</translation>
    </message>
    <message>
        <source>until: %1 is before since %2</source>
        <translation>until: %1 liegt vor since %2</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>the audit trail needs the manager or admin role; no user is signed in</source>
        <translation>Das Änderungsprotokoll erfordert die Rolle Manager oder Administrator; niemand ist angemeldet</translation>
    </message>
    <message>
        <source>the audit trail needs the manager or admin role; %1 is not an active user</source>
        <translation>Das Änderungsprotokoll erfordert die Rolle Manager oder Administrator; %1 ist kein aktiver Benutzer</translation>
    </message>
    <message>
        <source>the audit trail needs the manager or admin role; %1 has the %2 role</source>
        <translation>Das Änderungsprotokoll erfordert die Rolle Manager oder Administrator; %1 hat die Rolle %2</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>backup and restore copy a company file; a team database is backed up with team export and restored with team import (not available yet)</source>
        <translation>Sicherung und Wiederherstellung kopieren eine Firmendatei; eine Teamdatenbank wird mit team export gesichert und mit team import wiederhergestellt (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <source>its newest audit entry is from %1, the backup&apos;s from %2</source>
        <translation>ihr neuester Protokolleintrag stammt vom %1, der der Sicherung vom %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n more record chain entries</source>
        <translation>
            <numerusform>sie enthält %n weiteren Eintrag der Protokollkette</numerusform>
            <numerusform>sie enthält %n weitere Einträge der Protokollkette</numerusform>
        </translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot; in the backup %2: restoring needs an administrator of the company</source>
        <translation>Kein Benutzer „%1“ in der Sicherung %2: Zum Wiederherstellen ist ein Administrator der Firma nötig</translation>
    </message>
    <message>
        <source>--out: a backup cannot replace the company file itself</source>
        <translation>--out: Eine Sicherung kann nicht die Firmendatei selbst ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was written (replace it with --force)</source>
        <translation>%1 existiert bereits: Nichts wurde geschrieben (mit --force ersetzen)</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the backup was not kept: %1</source>
        <translation>Die Sicherung wurde nicht behalten: %1</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>Die Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>die Sicherung %1</translation>
    </message>
    <message>
        <source>--to: the backup cannot be restored onto itself</source>
        <translation>--to: Die Sicherung kann nicht auf sich selbst wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1 has changes newer than the backup (%2): nothing was restored (replace it anyway with --force)</source>
        <translation>%1 enthält neuere Änderungen als die Sicherung (%2): Nichts wurde wiederhergestellt (trotzdem ersetzen mit --force)</translation>
    </message>
    <message>
        <source>%1 already exists: try again in a second</source>
        <translation>%1 existiert bereits: Versuchen Sie es in einer Sekunde noch einmal</translation>
    </message>
    <message>
        <source>the restored file does not verify (the replaced one is kept as %1): %2</source>
        <translation>Die wiederhergestellte Datei besteht die Prüfung nicht (die ersetzte bleibt als %1 erhalten): %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>backup cancelled: the unfinished copy was removed, nothing is kept at %1</source>
        <translation>Sicherung abgebrochen: Die unfertige Kopie wurde entfernt, unter %1 wird nichts behalten</translation>
    </message>
    <message>
        <source>restore cancelled while the backup was checked: nothing was replaced</source>
        <translation>Wiederherstellung während der Prüfung der Sicherung abgebrochen: Nichts wurde ersetzt</translation>
    </message>
    <message>
        <source>restore cancelled: nothing was replaced</source>
        <translation>Wiederherstellung abgebrochen: Nichts wurde ersetzt</translation>
    </message>
</context>
<context>
    <name>CallAttemptRepository</name>
    <message>
        <source>no dialled call with id %1</source>
        <translation>Kein gewählter Anruf mit der ID %1</translation>
    </message>
    <message>
        <source>the dialled call %1 was logged or dismissed already</source>
        <translation>Der gewählte Anruf %1 wurde bereits protokolliert oder verworfen</translation>
    </message>
</context>
<context>
    <name>CallAttemptService</name>
    <message>
        <source>a dialled call needs a user</source>
        <translation>Ein gewählter Anruf braucht einen Benutzer</translation>
    </message>
    <message>
        <source>number &quot;%1&quot;: not a number that can be dialled</source>
        <translation>Nummer „%1“: keine wählbare Nummer</translation>
    </message>
    <message>
        <source>contact &quot;%1&quot; asked not to be contacted</source>
        <translation>Kontakt „%1“ möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>contact &quot;%1&quot; is not a contact of client %2</source>
        <translation>Kontakt „%1“ ist kein Kontakt des Kunden %2</translation>
    </message>
    <message>
        <source>only the user who dialled the call may say it did not take place</source>
        <translation>Nur der Benutzer, der den Anruf gewählt hat, kann angeben, dass er nicht stattfand</translation>
    </message>
</context>
<context>
    <name>CallScriptService</name>
    <message>
        <source>(your company&apos;s name)</source>
        <translation>(Name Ihrer Firma)</translation>
    </message>
</context>
<context>
    <name>CaseFilePdf</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Currency: %1 · terms: net %2 days</source>
        <translation>Währung: %1 · Zahlungsziel: netto %2 Tage</translation>
    </message>
    <message>
        <source>On credit hold: %1</source>
        <translation>Mit Kreditsperre: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Sachbearbeiter: %1</translation>
    </message>
    <message>
        <source>Billing address: %1</source>
        <translation>Rechnungsadresse: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nicht kontaktieren</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>VOIDED %1: %2</source>
        <translation>STORNIERT %1: %2</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Zugesagt für</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Zahlungspläne</translation>
    </message>
    <message>
        <source>Plan of %1 (%2), %3</source>
        <translation>Plan über %1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Timeline of notes and e-mails</source>
        <translation>Verlauf der Notizen und E-Mails</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Note %1 · %2</source>
        <translation>Notiz %1 · %2</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <source>Revision %1 · %2%3 · happened %4 · recorded %5 by %6</source>
        <translation>Revision %1 · %2%3 · erfolgt %4 · erfasst %5 von %6</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2) SHA-256 %3</source>
        <translation>Anhang: %1 (%2) SHA-256 %3</translation>
    </message>
    <message>
        <source>DELETED %1 by %2. Reason: %3</source>
        <translation>GELÖSCHT %1 von %2. Grund: %3</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>OK (chain links: %1; this client&apos;s entries recomputed: %2)</source>
        <translation>OK (Kettenglieder: %1; neu berechnete Einträge dieses Kunden: %2)</translation>
    </message>
    <message numerus="yes">
        <source>FAILED, %n problem(s); the first: %1</source>
        <translation>
            <numerusform>FEHLGESCHLAGEN, %n Problem; das erste: %1</numerusform>
            <numerusform>FEHLGESCHLAGEN, %n Probleme; das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Record chain head %1</source>
        <translation>Kettenkopf der Protokollkette %1</translation>
    </message>
    <message>
        <source>(empty record)</source>
        <translation>(leerer Eintrag)</translation>
    </message>
    <message>
        <source>Verify at printing: %1</source>
        <translation>Prüfung beim Drucken: %1</translation>
    </message>
    <message>
        <source>Case file — %1</source>
        <translation>Fallakte — %1</translation>
    </message>
    <message>
        <source>Case file: %1 (%2)</source>
        <translation>Fallakte: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · printed %2 by %3</source>
        <translation>%1 · gedruckt %2 von %3</translation>
    </message>
    <message>
        <source>%1 · case file of %2 (%3) · printed %4</source>
        <translation>%1 · Fallakte von %2 (%3) · gedruckt %4</translation>
    </message>
</context>
<context>
    <name>CaseFileService</name>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Case file of %1 (%2), chain head %3
</source>
        <translation>Fallakte von %1 (%2), Kettenkopf %3
</translation>
    </message>
    <message>
        <source>attachment &quot;%1&quot; does not match its SHA-256 %2: run verify</source>
        <translation>Anhang „%1“ passt nicht zu seinem SHA-256 %2: Führen Sie verify aus</translation>
    </message>
    <message>
        <source>Reading the client&apos;s notes</source>
        <translation>Notizen des Kunden werden gelesen</translation>
    </message>
    <message>
        <source>case file cancelled: nothing was written</source>
        <translation>Fallakte abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Packing the attachments</source>
        <translation>Anhänge werden gepackt</translation>
    </message>
</context>
<context>
    <name>ChaseFacts</name>
    <message>
        <source>setting workflow.promise_grace_days: &quot;%1&quot; is not a number of days from 0 to 60</source>
        <translation>Einstellung workflow.promise_grace_days: „%1“ ist keine Anzahl Tage von 0 bis 60</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>warning: %1 is damaged (%2): it is read only; restore it from a backup (ardesk-cli restore)</source>
        <translation>Warnung: %1 ist beschädigt (%2): Sie ist nur lesbar; stellen Sie sie aus einer Sicherung wieder her (ardesk-cli restore)</translation>
    </message>
    <message>
        <source>warning: %1 is read only: %2</source>
        <translation>Warnung: %1 ist nur lesbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n Problem in %1; nichts wurde importiert</numerusform>
            <numerusform>%n Probleme in %1; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would put %n client(s) on credit hold</source>
        <translation>
            <numerusform>Würde %n Kunden mit Kreditsperre belegen</numerusform>
            <numerusform>Würde %n Kunden mit Kreditsperre belegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n client(s) on credit hold</source>
        <translation>
            <numerusform>%n Kunde mit Kreditsperre belegt</numerusform>
            <numerusform>%n Kunden mit Kreditsperre belegt</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --out FILE</source>
        <translation>&apos;backup&apos; braucht --out DATEI</translation>
    </message>
    <message>
        <source>backup copies a company file; back up a team database with &apos;team export&apos; (not available yet)</source>
        <translation type="vanished">backup kopiert eine Firmendatei; eine Teamdatenbank sichern Sie mit &apos;team export&apos; (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes); the copy passed the integrity check and verify</source>
        <translation>%1 nach %2 gesichert (%3 Bytes); die Kopie hat Integritätsprüfung und verify bestanden</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>Kettenkopf: %1</translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs BACKUP and --to TARGET</source>
        <translation>&apos;restore&apos; braucht SICHERUNG und --to ZIEL</translation>
    </message>
    <message>
        <source>Restored %1 from %2; it passed the integrity check and verify</source>
        <translation>%1 aus %2 wiederhergestellt; sie hat Integritätsprüfung und verify bestanden</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1</source>
        <translation>Die ersetzte Datei bleibt als %1 erhalten</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match</source>
        <translation>
            <numerusform>%n Kunde passt</numerusform>
            <numerusform>%n Kunden passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be queued</source>
        <translation>
            <numerusform>%n Nachricht würde eingereiht</numerusform>
            <numerusform>%n Nachrichten würden eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation>
            <numerusform>%n Nachricht eingereiht</numerusform>
            <numerusform>%n Nachrichten eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) skipped</source>
        <translation>
            <numerusform>%n Kunde übersprungen</numerusform>
            <numerusform>%n Kunden übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were left &apos;sending&apos; by an earlier run and are now &apos;unknown&apos; (check the sent mailbox, then &apos;outbox mark-sent ID&apos;, &apos;outbox retry ID&apos; or &apos;outbox cancel ID&apos;)</source>
        <translation>
            <numerusform>%n Nachricht blieb von einem früheren Lauf auf &apos;sending&apos; und ist jetzt &apos;unknown&apos; (prüfen Sie das Postfach der gesendeten Mails, dann &apos;outbox mark-sent ID&apos;, &apos;outbox retry ID&apos; oder &apos;outbox cancel ID&apos;)</numerusform>
            <numerusform>%n Nachrichten blieben von einem früheren Lauf auf &apos;sending&apos; und sind jetzt &apos;unknown&apos; (prüfen Sie das Postfach der gesendeten Mails, dann &apos;outbox mark-sent ID&apos;, &apos;outbox retry ID&apos; oder &apos;outbox cancel ID&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement of %1 written to %2</source>
        <translation>Kontoauszug von %1 nach %2 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n Kontoauszug nach %1 geschrieben</numerusform>
            <numerusform>%n Kontoauszüge nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Case file of %1 written to %2</source>
        <translation>Fallakte von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Paket nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n or more problems</source>
        <translation>
            <numerusform>%n oder mehr Probleme</numerusform>
            <numerusform>%n oder mehr Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>verify failed (%1): %2</source>
        <translation>verify fehlgeschlagen (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) for %1</source>
        <translation>
            <numerusform>%n Notiz zu %1</numerusform>
            <numerusform>%n Notizen zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot; in %2 (pass --as NAME)</source>
        <translation>Kein Benutzer „%1“ in %2 (geben Sie --as NAME an)</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; is not a number of days (1–3660)</source>
        <translation>--period: „%1“ ist keine Anzahl Tage (1–3660)</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not clerk or segment</source>
        <translation>--by: „%1“ ist weder clerk noch segment</translation>
    </message>
    <message numerus="yes">
        <source>KPIs as of %1 over %n day(s), disputed invoices left out</source>
        <translation>
            <numerusform>Kennzahlen zum %1 über %n Tag, strittige Rechnungen ausgenommen</numerusform>
            <numerusform>Kennzahlen zum %1 über %n Tage, strittige Rechnungen ausgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs as of %1 over %n day(s)</source>
        <translation>
            <numerusform>Kennzahlen zum %1 über %n Tag</numerusform>
            <numerusform>Kennzahlen zum %1 über %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>(no clerk)</source>
        <translation>(kein Sachbearbeiter)</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(kein Segment)</translation>
    </message>
    <message>
        <source>Clerk %1</source>
        <translation>Sachbearbeiter %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>No receivables and no sales.</source>
        <translation>Keine Forderungen und keine Umsätze.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>AR (end of period)</source>
        <translation>Forderungen (Periodenende)</translation>
    </message>
    <message>
        <source>  not yet due</source>
        <translation>  noch nicht fällig</translation>
    </message>
    <message>
        <source>AR (start of period)</source>
        <translation>Forderungen (Periodenbeginn)</translation>
    </message>
    <message>
        <source>Sales in the period</source>
        <translation>Umsatz in der Periode</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Countback DSO</source>
        <translation>Countback-DSO</translation>
    </message>
    <message>
        <source>Best-possible DSO</source>
        <translation>Bestmögliche DSO</translation>
    </message>
    <message>
        <source>Average days delinquent</source>
        <translation>Durchschnittliche Verzugstage</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>More than 90 days past due</source>
        <translation>Mehr als 90 Tage überfällig</translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation>Durchschnittliche Zahlungsdauer (Tage)</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>Durchschnittlicher Verzug (Tage)</translation>
    </message>
    <message>
        <source>Promises kept (count)</source>
        <translation>Eingehaltene Zahlungszusagen (Anzahl)</translation>
    </message>
    <message>
        <source>Promises kept (amount)</source>
        <translation>Eingehaltene Zahlungszusagen (Betrag)</translation>
    </message>
    <message>
        <source>--user: no user named &quot;%1&quot; in this file</source>
        <translation>--user: Kein Benutzer „%1“ in dieser Datei</translation>
    </message>
    <message>
        <source>--channel: &quot;%1&quot; is not call, email, text, meeting, letter or internal</source>
        <translation>--channel: „%1“ ist nicht call, email, text, meeting, letter oder internal</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number (%3)</source>
        <translation>--%1: „%2“ ist keine Zahl (%3)</translation>
    </message>
    <message>
        <source>--until: %1 is before --since %2</source>
        <translation>--until: %1 liegt vor --since %2</translation>
    </message>
    <message>
        <source>CLERK</source>
        <translation>SACHBEARBEITER</translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation>ANRUFE</translation>
    </message>
    <message>
        <source>E-MAILS</source>
        <translation>E-MAILS</translation>
    </message>
    <message>
        <source>TEXTS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <source>PROMISED</source>
        <translation>ZUGESAGT</translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation>EINGEHALTEN</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>No activity matches.</source>
        <translation>Keine passende Aktivität.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag Verzug</numerusform>
            <numerusform>%n Tage Verzug</numerusform>
        </translation>
    </message>
    <message>
        <source>lost the connection to the team database %1: %2</source>
        <translation>Die Verbindung zur Teamdatenbank %1 ist verloren: %2</translation>
    </message>
    <message>
        <source>backup copies a company file; back up a team database with &apos;team export&apos; --to FILE.ardesk</source>
        <translation>backup kopiert eine Firmendatei; eine Teamdatenbank sichern Sie mit &apos;team export&apos; --to FILE.ardesk</translation>
    </message>
    <message>
        <source>Writing statements</source>
        <translation>Kontoauszüge werden geschrieben</translation>
    </message>
    <message>
        <source>&apos;team&apos; takes init, import or export</source>
        <translation>&apos;team&apos; erwartet init, import oder export</translation>
    </message>
    <message>
        <source>&apos;team import&apos; needs the company file: team import FILE --to URL</source>
        <translation>&apos;team import&apos; braucht die Firmendatei: team import FILE --to URL</translation>
    </message>
    <message>
        <source>&apos;team %1&apos; needs the team database&apos;s postgresql:// address</source>
        <translation>&apos;team %1&apos; braucht die postgresql://-Adresse der Teamdatenbank</translation>
    </message>
    <message>
        <source>&apos;team %1&apos; names its databases itself; leave out --db</source>
        <translation>&apos;team %1&apos; benennt seine Datenbanken selbst; lassen Sie --db weg</translation>
    </message>
    <message>
        <source>&apos;team %1&apos; needs --to</source>
        <translation>&apos;team %1&apos; braucht --to</translation>
    </message>
    <message>
        <source>Created the company in %1 (schema version %2); group roles ardesk_sales, ardesk_clerk, ardesk_manager, ardesk_admin</source>
        <translation>Firma in %1 angelegt (Schemaversion %2); Gruppenrollen ardesk_sales, ardesk_clerk, ardesk_manager, ardesk_admin</translation>
    </message>
    <message>
        <source>First administrator %1: an ARDesk user and a new login without a password</source>
        <translation>Erster Administrator %1: ein ARDesk-Benutzer und ein neues Login ohne Passwort</translation>
    </message>
    <message>
        <source>First administrator %1: an ARDesk user; the login existed already</source>
        <translation>Erster Administrator %1: ein ARDesk-Benutzer; das Login existierte bereits</translation>
    </message>
    <message>
        <source>Give a login a password as a superuser: ALTER ROLE &quot;%1&quot; PASSWORD &apos;…&apos; (or \password in psql); ARDesk reads it from PGPASSWORD or ~/.pgpass</source>
        <translation>Geben Sie einem Login als Superuser ein Passwort: ALTER ROLE &quot;%1&quot; PASSWORD &apos;…&apos; (oder \password in psql); ARDesk liest es aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 (%5 ms)</source>
        <translation>%1 Zeilen in %2 Tabellen von %3 nach %4 kopiert (%5 ms)</translation>
    </message>
    <message>
        <source>Chain head of %1: %2</source>
        <translation>Kettenkopf von %1: %2</translation>
    </message>
    <message>
        <source>verify FAILS on %1: %2</source>
        <translation>verify SCHEITERT bei %1: %2</translation>
    </message>
    <message>
        <source>the row counts differ between the two</source>
        <translation>Die Zeilenzahlen der beiden weichen voneinander ab</translation>
    </message>
    <message>
        <source>verify passes on both; the heads and every table&apos;s rows are equal</source>
        <translation>verify besteht bei beiden; die Kettenköpfe und die Zeilen jeder Tabelle sind gleich</translation>
    </message>
    <message>
        <source>Login %1 (%2): created, no password yet</source>
        <translation>Login %1 (%2): angelegt, noch ohne Passwort</translation>
    </message>
    <message>
        <source>Login %1 (%2): existed; its group roles were added</source>
        <translation>Login %1 (%2): existierte bereits; seine Gruppenrollen wurden hinzugefügt</translation>
    </message>
    <message>
        <source>Set a password as a superuser: ALTER ROLE &quot;NAME&quot; PASSWORD &apos;…&apos; (or \password NAME in psql); ARDesk reads it from PGPASSWORD or ~/.pgpass</source>
        <translation>Setzen Sie als Superuser ein Passwort: ALTER ROLE &quot;NAME&quot; PASSWORD &apos;…&apos; (oder \password NAME in psql); ARDesk liest es aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>team import</source>
        <translation>team import</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>team export</source>
        <translation>team export</translation>
    </message>
    <message>
        <source>Try &apos;ardesk-cli --help&apos;.</source>
        <translation>Siehe &apos;ardesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db DATEI fehlt</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot; in %2 (add one with &apos;user add&apos; or pass --user)</source>
        <translation>kein Benutzer „%1“ in %2 (legen Sie ihn mit &apos;user add&apos; an oder geben Sie --user an)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (see &apos;ardesk-cli --help&apos;)</source>
        <translation>%1 (siehe &apos;ardesk-cli --help&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --client CODE</source>
        <translation>&apos;%1&apos; braucht --client CODE</translation>
    </message>
    <message>
        <source>no client with code &quot;%1&quot;</source>
        <translation>kein Kunde mit dem Code „%1“</translation>
    </message>
    <message>
        <source>%1 already exists; init creates a new company file</source>
        <translation>%1 existiert bereits; init legt eine neue Firmendatei an</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2, admin user %3)</source>
        <translation>%1 angelegt (Schemaversion %2, Administrator %3)</translation>
    </message>
    <message>
        <source>--clients: &quot;%1&quot; is not a positive number</source>
        <translation>--clients: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation>--seed: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n Zahlungszusage</numerusform>
            <numerusform>%n Zahlungszusagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n Streitfall</numerusform>
            <numerusform>%n Streitfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data in %1: %2 (%3 ms)</source>
        <translation>Demodaten in %1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;</source>
        <translation>--sort: unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number</source>
        <translation>--limit: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>invoices needs --client CODE</source>
        <translation>invoices braucht --client CODE</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Altersstruktur zum %1</translation>
    </message>
    <message>
        <source>import needs clients|invoices|payments|contacts and a FILE</source>
        <translation>import braucht clients|invoices|payments|contacts und eine DATEI</translation>
    </message>
    <message>
        <source>--mapping: cannot read %1: %2</source>
        <translation>--mapping: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--mapping: %1 is not a JSON object of SOURCE: FIELD (%2)</source>
        <translation>--mapping: %1 ist kein JSON-Objekt aus QUELLE: FELD (%2)</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not SOURCE=FIELD</source>
        <translation>--map: „%1“ ist nicht QUELLE=FELD</translation>
    </message>
    <message>
        <source>--decimal: &quot;%1&quot; is not &apos;.&apos; or &apos;,&apos;</source>
        <translation>--decimal: „%1“ ist weder &apos;.&apos; noch &apos;,&apos;</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;,&apos;, &apos;;&apos; or &apos;tab&apos;</source>
        <translation>--delimiter: „%1“ ist weder &apos;,&apos; noch &apos;;&apos; noch &apos;tab&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>import: %1% of %2 (%3 rows)</source>
        <translation>Import: %1 % von %2 (%3 Zeilen)</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>Spalte %1: </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>Dry run (nothing written): %n row(s) from %1</source>
        <translation>
            <numerusform>Probelauf (nichts geschrieben): %n Zeile aus %1</numerusform>
            <numerusform>Probelauf (nichts geschrieben): %n Zeilen aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1</source>
        <translation>
            <numerusform>%n Zeile aus %1 importiert</numerusform>
            <numerusform>%n Zeilen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1; updated %2; unchanged %3 (%4 ms)</source>
        <translation>angelegt %1; aktualisiert %2; unverändert %3 (%4 ms)</translation>
    </message>
    <message>
        <source>%1 (by their status)</source>
        <translation>%1 (nach ihrem Status)</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>invoice needs add, edit, write-off, credit-note, attach or documents</source>
        <translation>invoice braucht add, edit, write-off, credit-note, attach oder documents</translation>
    </message>
    <message>
        <source>Invoice %1 for %2 due %3</source>
        <translation>Rechnung %1 über %2, fällig am %3</translation>
    </message>
    <message>
        <source>Invoice %1: %2, open %3 %4</source>
        <translation>Rechnung %1: %2, offen %3 %4</translation>
    </message>
    <message>
        <source>invoice attach needs --number N and a FILE</source>
        <translation>invoice attach braucht --number N und eine DATEI</translation>
    </message>
    <message>
        <source>Invoice %1: document %2 (%3 bytes, %4)</source>
        <translation>Rechnung %1: Dokument %2 (%3 Bytes, %4)</translation>
    </message>
    <message>
        <source>invoice documents needs import DIR</source>
        <translation>invoice documents braucht import ORDNER</translation>
    </message>
    <message>
        <source>Matched %1, already attached %2, unmatched %3, ambiguous %4, refused %5</source>
        <translation>Zugeordnet %1, schon angehängt %2, nicht zugeordnet %3, mehrdeutig %4, abgelehnt %5</translation>
    </message>
    <message>
        <source>matched: %1 -&gt; %2</source>
        <translation>zugeordnet: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>already attached: %1 -&gt; %2</source>
        <translation>schon angehängt: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unmatched: %1 (no invoice number in the name)</source>
        <translation>nicht zugeordnet: %1 (keine Rechnungsnummer im Namen)</translation>
    </message>
    <message>
        <source>ambiguous: %1 (names %2)</source>
        <translation>mehrdeutig: %1 (nennt %2)</translation>
    </message>
    <message>
        <source>refused: %1 (%2)</source>
        <translation>abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>invoice edit needs at least one of --number, --issue, --due, --amount, --currency, --po</source>
        <translation>invoice edit braucht mindestens eines von --number, --issue, --due, --amount, --currency, --po</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <source>Invoice %1: %2 %3 issued %4 due %5, open %6</source>
        <translation>Rechnung %1: %2 %3, ausgestellt am %4, fällig am %5, offen %6</translation>
    </message>
    <message>
        <source>payment void needs the payment id (see &apos;payment list&apos;)</source>
        <translation>payment void braucht die Nummer der Zahlung (siehe &apos;payment list&apos;)</translation>
    </message>
    <message>
        <source>Payment %1 voided</source>
        <translation>Zahlung %1 storniert</translation>
    </message>
    <message>
        <source>VOID: %1</source>
        <translation>STORNIERT: %1</translation>
    </message>
    <message>
        <source>payment needs add, list or void</source>
        <translation>payment braucht add, list oder void</translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not check, ach_wire, card, cash or other</source>
        <translation>--method: „%1“ ist nicht check, ach_wire, card, cash oder other</translation>
    </message>
    <message>
        <source>give either --invoice (oldest first, that one first) or --allocate NUMBER=AMOUNT (by hand), not both</source>
        <translation>geben Sie entweder --invoice (älteste zuerst, diese zuerst) oder --allocate NUMMER=BETRAG (von Hand) an, nicht beides</translation>
    </message>
    <message>
        <source>--allocate: &quot;%1&quot; is not NUMBER=AMOUNT</source>
        <translation>--allocate: „%1“ ist nicht NUMMER=BETRAG</translation>
    </message>
    <message>
        <source>--allocate: no invoice &quot;%1&quot; for %2</source>
        <translation>--allocate: keine Rechnung „%1“ für %2</translation>
    </message>
    <message>
        <source>no invoice &quot;%1&quot; for %2</source>
        <translation>keine Rechnung „%1“ für %2</translation>
    </message>
    <message>
        <source>Payment %1 of %2 %3 applied to: %4</source>
        <translation>Zahlung %1 über %2 %3 verrechnet mit: %4</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts Offenem</translation>
    </message>
    <message>
        <source>%1 on account</source>
        <translation>%1 als Guthaben</translation>
    </message>
    <message>
        <source>%1 is on credit hold</source>
        <translation>%1 ist in Kreditsperre</translation>
    </message>
    <message>
        <source>%1 is off credit hold</source>
        <translation>%1 ist nicht mehr in Kreditsperre</translation>
    </message>
    <message>
        <source>user needs &apos;add NAME --role ROLE&apos;, &apos;edit NAME&apos; or &apos;list&apos;</source>
        <translation>user braucht &apos;add NAME --role ROLLE&apos;, &apos;edit NAME&apos; oder &apos;list&apos;</translation>
    </message>
    <message>
        <source>Saved %1 %2</source>
        <translation>Gespeichert: %1 %2</translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation>Hinzugefügt: %1 %2</translation>
    </message>
    <message>
        <source>settings needs &apos;company&apos;, &apos;smtp&apos; or &apos;queue&apos;</source>
        <translation>settings braucht &apos;company&apos;, &apos;smtp&apos; oder &apos;queue&apos;</translation>
    </message>
    <message>
        <source>--fiscal-start: &quot;%1&quot; is not a month number</source>
        <translation>--fiscal-start: „%1“ ist keine Monatszahl</translation>
    </message>
    <message>
        <source>--attachment-max-mb: &quot;%1&quot; is not a number</source>
        <translation>--attachment-max-mb: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--backup: &quot;%1&quot; is neither on nor off</source>
        <translation>--backup: „%1“ ist weder on noch off</translation>
    </message>
    <message>
        <source>Saved company settings for %1</source>
        <translation>Firmeneinstellungen für %1 gespeichert</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of changes (1–10000)</source>
        <translation>--limit: „%1“ ist keine Anzahl Änderungen (1–10000)</translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Keine Änderungen gefunden.</translation>
    </message>
    <message>
        <source>No changes match %1 (--user is whose changes; --as is who reads).</source>
        <translation>Keine Änderungen zu %1 (--user ist, wessen Änderungen; --as ist, wer liest).</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not comma, semicolon, tab or one punctuation character</source>
        <translation>--delimiter: „%1“ ist weder comma, semicolon, tab noch ein Satzzeichen</translation>
    </message>
    <message>
        <source>export needs clients|aging|invoices|promises|kpi|activity, not &quot;%1&quot;</source>
        <translation>export braucht clients|aging|invoices|promises|kpi|activity, nicht „%1“</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export braucht --out DATEI</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or xlsx</source>
        <translation>--format: „%1“ ist weder csv noch xlsx</translation>
    </message>
    <message>
        <source>--format csv|xlsx is needed: &quot;%1&quot; ends in neither .csv nor .xlsx</source>
        <translation>--format csv|xlsx fehlt: „%1“ endet weder auf .csv noch auf .xlsx</translation>
    </message>
    <message>
        <source>--decimal: &quot;%1&quot; is not . or ,</source>
        <translation>--decimal: „%1“ ist weder . noch ,</translation>
    </message>
    <message>
        <source>--author: no user named &quot;%1&quot; in this file</source>
        <translation>--author: kein Benutzer „%1“ in dieser Datei</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a contact of %2</source>
        <translation>--to: „%1“ ist kein Kontakt von %2</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; matches %2 contacts of %3; use the contact id</source>
        <translation>--to: „%1“ passt auf %2 Kontakte von %3; nehmen Sie die Nummer des Kontakts</translation>
    </message>
    <message>
        <source>--clerk: no user &quot;%1&quot;</source>
        <translation>--clerk: kein Benutzer „%1“</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not active, on_hold, in_dispute, in_collections or closed</source>
        <translation>--status: „%1“ ist nicht active, on_hold, in_dispute, in_collections oder closed</translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation>Gestoppt durch: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>&apos;email --all&apos; needs --template NAME</source>
        <translation>&apos;email --all&apos; braucht --template NAME</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2)</source>
        <translation>Übersprungen: %1 (%2)</translation>
    </message>
    <message>
        <source>First message:</source>
        <translation>Erste Nachricht:</translation>
    </message>
    <message>
        <source>&apos;email&apos; needs --template NAME</source>
        <translation>&apos;email&apos; braucht --template NAME</translation>
    </message>
    <message>
        <source>--invoice: &quot;%1&quot; is not an invoice of %2</source>
        <translation>--invoice: „%1“ ist keine Rechnung von %2</translation>
    </message>
    <message>
        <source>--promise: &quot;%1&quot; is not AMOUNT:YYYY-MM-DD</source>
        <translation>--promise: „%1“ ist nicht BETRAG:JJJJ-MM-TT</translation>
    </message>
    <message numerus="yes">
        <source>Attachment: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Anhang: %1 (%n Byte)</numerusform>
            <numerusform>Anhang: %1 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued outbox message %1 &lt;%2&gt; to %3; deliver it with &apos;outbox send&apos;</source>
        <translation>Nachricht %1 &lt;%2&gt; an %3 in den Postausgang gestellt; senden Sie sie mit &apos;outbox send&apos;</translation>
    </message>
    <message>
        <source>outbox needs list, send, retry ID, cancel ID, mark-sent ID or show ID</source>
        <translation>outbox braucht list, send, retry ID, cancel ID, mark-sent ID oder show ID</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of queued, sending, sent, failed, parked, unknown, cancelled</source>
        <translation>--status: „%1“ ist keiner von queued, sending, sent, failed, parked, unknown, cancelled</translation>
    </message>
    <message>
        <source>&apos;outbox %1&apos; needs a message id</source>
        <translation>&apos;outbox %1&apos; braucht die Nummer einer Nachricht</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Outbox message %1 queued again</source>
        <translation>Nachricht %1 steht wieder im Postausgang</translation>
    </message>
    <message>
        <source>Outbox message %1 recorded as sent</source>
        <translation>Nachricht %1 als gesendet vermerkt</translation>
    </message>
    <message>
        <source>Outbox message %1 cancelled</source>
        <translation>Nachricht %1 abgebrochen</translation>
    </message>
    <message>
        <source>e-mail is not set up: run &apos;settings smtp --host H --port P --security tls|starttls|none --user U --from ADDR&apos; first</source>
        <translation>E-Mail ist nicht eingerichtet: führen Sie zuerst &apos;settings smtp --host H --port P --security tls|starttls|none --user U --from ADDR&apos; aus</translation>
    </message>
    <message>
        <source>Sent %1, failed (will retry) %2, parked %3, unknown %4; %5 still due</source>
        <translation>Gesendet %1, fehlgeschlagen (neuer Versuch folgt) %2, geparkt %3, unbekannt %4; %5 noch fällig</translation>
    </message>
    <message>
        <source>sending stopped: %1</source>
        <translation>Senden gestoppt: %1</translation>
    </message>
    <message>
        <source>%1; the rest stays queued</source>
        <translation>%1; der Rest bleibt im Postausgang</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number</source>
        <translation>--port: „%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>--security: &quot;%1&quot; is not one of tls, starttls, none</source>
        <translation>--security: „%1“ ist keiner von tls, starttls, none</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not password or xoauth2</source>
        <translation>--auth: „%1“ ist weder password noch xoauth2</translation>
    </message>
    <message>
        <source>--user: no user named &quot;%1&quot; in this file (the SMTP login is --login)</source>
        <translation>--user: kein Benutzer „%1“ in dieser Datei (die SMTP-Anmeldung ist --login)</translation>
    </message>
    <message>
        <source>settings smtp: no user named &quot;%1&quot; in this file to record the change against; pass --user NAME</source>
        <translation>settings smtp: kein Benutzer „%1“ in dieser Datei, dem die Änderung zugeschrieben werden kann; geben Sie --user NAME an</translation>
    </message>
    <message>
        <source>--password-stdin: nothing was read from standard input; nothing was saved</source>
        <translation>--password-stdin: von der Standardeingabe kam nichts; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Saved SMTP settings: %1 to %2:%3 as %4, from %5</source>
        <translation>SMTP-Einstellungen gespeichert: %1 zu %2:%3 als %4, Absender %5</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(ohne Anmeldung)</translation>
    </message>
    <message>
        <source>statement needs --client CODE --out FILE.pdf, or --out-dir DIR for every listed client</source>
        <translation>statement braucht --client CODE --out DATEI.pdf oder --out-dir ORDNER für jeden gelisteten Kunden</translation>
    </message>
    <message>
        <source>statement --out-dir takes --filter, not --client</source>
        <translation>statement --out-dir nimmt --filter, nicht --client</translation>
    </message>
    <message>
        <source>statement --out needs --client CODE</source>
        <translation>statement --out braucht --client CODE</translation>
    </message>
    <message>
        <source>--out-dir: &quot;%1&quot; is not a folder</source>
        <translation>--out-dir: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>case-file needs --out FILE.pdf</source>
        <translation>case-file braucht --out DATEI.pdf</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--expect-head: &quot;%1&quot; is not a chain head (64 hex digits)</source>
        <translation>--expect-head: „%1“ ist kein Kettenkopf (64 Hexziffern)</translation>
    </message>
    <message numerus="yes">
        <source>%n chain entries: %1</source>
        <translation>
            <numerusform>%n Ketteneintrag: %1</numerusform>
            <numerusform>%n Ketteneinträge: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tombstone(s)</source>
        <translation>
            <numerusform>%n Löschvermerk</numerusform>
            <numerusform>%n Löschvermerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment blob(s) (%1 ms)</source>
        <translation>
            <numerusform>%n Anhangsdatei (%1 ms)</numerusform>
            <numerusform>%n Anhangsdateien (%1 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded head is chain entry %1</source>
        <translation>Der vermerkte Kettenkopf ist Ketteneintrag %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were added since</source>
        <translation>
            <numerusform>seitdem kam %n Eintrag hinzu</numerusform>
            <numerusform>seitdem kamen %n Einträge hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: integrity, foreign keys, hash chain and attachment hashes verified</source>
        <translation>OK: Integrität, Fremdschlüssel, Hash-Kette und Hashes der Anhänge geprüft</translation>
    </message>
    <message>
        <source>note needs add, list, show, amend or delete</source>
        <translation>note braucht add, list, show, amend oder delete</translation>
    </message>
    <message>
        <source>note %1 needs a note id (a number), not &quot;%2&quot;</source>
        <translation>note %1 braucht die Nummer einer Notiz (eine Zahl), nicht „%2“</translation>
    </message>
    <message>
        <source>note delete needs --reason R (say why)</source>
        <translation>note delete braucht --reason R (sagen Sie, warum)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not %3</source>
        <translation>--%1: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <source>call, email, text, meeting, letter or internal</source>
        <translation>call, email, text, meeting, letter oder internal</translation>
    </message>
    <message>
        <source>note add needs --channel call|email|text|meeting|letter|internal</source>
        <translation>note add braucht --channel call|email|text|meeting|letter|internal</translation>
    </message>
    <message>
        <source>in or out</source>
        <translation>in oder out</translation>
    </message>
    <message>
        <source>reached, left_voicemail, no_answer, wrong_number, refused, promised, disputed or other</source>
        <translation>reached, left_voicemail, no_answer, wrong_number, refused, promised, disputed oder other</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])</source>
        <translation>ein Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM[:SS][Z|+HH:MM])</translation>
    </message>
    <message>
        <source>--next-contact and --no-follow-up exclude each other</source>
        <translation>--next-contact und --no-follow-up schließen einander aus</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--invoice: no invoice &quot;%1&quot;</source>
        <translation>--invoice: keine Rechnung „%1“</translation>
    </message>
    <message>
        <source>--invoice: invoice %1 belongs to another client</source>
        <translation>--invoice: Rechnung %1 gehört zu einem anderen Kunden</translation>
    </message>
    <message>
        <source>--promise is the promise-to-pay template; it cannot be combined with --template %1</source>
        <translation>--promise ist die Vorlage Zahlungszusage; sie lässt sich nicht mit --template %1 verbinden</translation>
    </message>
    <message>
        <source>--field %1 needs --template KEY</source>
        <translation>--field %1 braucht --template SCHLÜSSEL</translation>
    </message>
    <message>
        <source>--author: no user named &quot;%1&quot;</source>
        <translation>--author: kein Benutzer „%1“</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>revised %1</source>
        <translation>überarbeitet %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <source>Note %1 (%2)</source>
        <translation>Notiz %1 (%2)</translation>
    </message>
    <message>
        <source>DELETED by %1 at %2: %3</source>
        <translation>GELÖSCHT von %1 am %2: %3</translation>
    </message>
    <message>
        <source>revision %1 recorded %2 by %3</source>
        <translation>Revision %1, erfasst %2 von %3</translation>
    </message>
    <message>
        <source>occurred %1</source>
        <translation>geschehen %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>next contact %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <source>no follow-up needed</source>
        <translation>keine Wiedervorlage nötig</translation>
    </message>
    <message>
        <source>attachment %1: %2 (%3 bytes, %4, TYPE MISMATCH)</source>
        <translation>Anhang %1: %2 (%3 Bytes, %4, TYP PASST NICHT)</translation>
    </message>
    <message>
        <source>attachment %1: %2 (%3 bytes, %4)</source>
        <translation>Anhang %1: %2 (%3 Bytes, %4)</translation>
    </message>
    <message>
        <source>--expect-revision: &quot;%1&quot; is not a number</source>
        <translation>--expect-revision: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Note %1 is now at revision %2</source>
        <translation>Notiz %1 ist jetzt in Revision %2</translation>
    </message>
    <message>
        <source>Note %1 deleted (a tombstone was added; its history stays readable)</source>
        <translation>Notiz %1 gelöscht (ein Löschvermerk kam hinzu; ihr Verlauf bleibt lesbar)</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>0 oder mehr</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number of notes</source>
        <translation>--%1: „%2“ ist keine Anzahl Notizen</translation>
    </message>
    <message>
        <source>--channel: &quot;%1&quot; is not one of call, email, text, meeting, letter, internal</source>
        <translation>--channel: „%1“ ist keiner von call, email, text, meeting, letter, internal</translation>
    </message>
    <message>
        <source>search needs words to look for (or a filter)</source>
        <translation>search braucht Suchwörter (oder einen Filter)</translation>
    </message>
    <message>
        <source>  [attachment: %1]</source>
        <translation>  [Anhang: %1]</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Keine Notizen gefunden.</translation>
    </message>
    <message>
        <source>No notes after %1 (%2 in all).</source>
        <translation>Keine Notizen nach %1 (%2 insgesamt).</translation>
    </message>
    <message>
        <source>%1-%2 of %3 notes</source>
        <translation>%1-%2 von %3 Notizen</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>Sachbearbeiter %1</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>pending: e-mail not configured</source>
        <translation>wartet: E-Mail nicht eingerichtet</translation>
    </message>
    <message>
        <source>as a call/text task: the billing contact prefers the phone or texts</source>
        <translation>als Anruf-/SMS-Aufgabe: der Rechnungskontakt bevorzugt Telefon oder SMS</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source> [segment: %1]</source>
        <translation> [Segment: %1]</translation>
    </message>
    <message>
        <source>&apos;policy assign&apos; needs --client CODE --policy NAME</source>
        <translation>&apos;policy assign&apos; braucht --client CODE --policy NAME</translation>
    </message>
    <message>
        <source>%1 follows %2</source>
        <translation>%1 folgt %2</translation>
    </message>
    <message>
        <source>its segment&apos;s or the default policy</source>
        <translation>der Mahnrichtlinie seines Segments oder der Standardrichtlinie</translation>
    </message>
    <message>
        <source>&apos;policy&apos; needs list or assign</source>
        <translation>&apos;policy&apos; braucht list oder assign</translation>
    </message>
    <message>
        <source>kept %1/%2 (%3 %), amount %4 %</source>
        <translation>eingehalten %1/%2 (%3 %), Betrag %4 %</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>bezahlt %1</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) queued</source>
        <translation>
            <numerusform>%n E-Mail eingereiht</numerusform>
            <numerusform>%n E-Mails eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s)</source>
        <translation>
            <numerusform>%n Anrufaufgabe</numerusform>
            <numerusform>%n Anrufaufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s)</source>
        <translation>
            <numerusform>%n Kreditsperre</numerusform>
            <numerusform>%n Kreditsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal review(s)</source>
        <translation>
            <numerusform>%n Prüfung Inkasso / Rechtsweg</numerusform>
            <numerusform>%n Prüfungen Inkasso / Rechtsweg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) defaulted</source>
        <translation>
            <numerusform>%n Zahlungsplan geplatzt</numerusform>
            <numerusform>%n Zahlungspläne geplatzt</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail step(s) stay pending: e-mail not configured (they are taken once it is)</source>
        <translation>
            <numerusform>%n E-Mail-Schritt wartet: E-Mail nicht eingerichtet (er folgt, sobald sie es ist)</numerusform>
            <numerusform>%n E-Mail-Schritte warten: E-Mail nicht eingerichtet (sie folgen, sobald sie es ist)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 follows the policy &quot;%2&quot;</source>
        <translation>%1 folgt der Mahnrichtlinie „%2“</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 am %2 (%3)</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächster: %1</translation>
    </message>
    <message>
        <source>none (every step done)</source>
        <translation>keiner (alle Schritte erledigt)</translation>
    </message>
    <message>
        <source>%1 due now since %2</source>
        <translation>%1 fällig seit %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>held by: %1</source>
        <translation>angehalten durch: %1</translation>
    </message>
    <message>
        <source>--to: no user named &quot;%1&quot;</source>
        <translation>--to: kein Benutzer „%1“</translation>
    </message>
    <message>
        <source>task %1 created</source>
        <translation>Aufgabe %1 angelegt</translation>
    </message>
    <message>
        <source>&apos;task %1&apos; needs a task id</source>
        <translation>&apos;task %1&apos; braucht die Nummer einer Aufgabe</translation>
    </message>
    <message>
        <source>&apos;task snooze&apos; needs --until YYYY-MM-DD</source>
        <translation>&apos;task snooze&apos; braucht --until JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>&apos;task reassign-all&apos; needs --from USER --to USER (existing users)</source>
        <translation>&apos;task reassign-all&apos; braucht --from BENUTZER --to BENUTZER (vorhandene Benutzer)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) moved to %1</source>
        <translation>
            <numerusform>%n Aufgabe an %1 übertragen</numerusform>
            <numerusform>%n Aufgaben an %1 übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;task&apos; needs list, add, done, snooze, reassign or reassign-all</source>
        <translation>&apos;task&apos; braucht list, add, done, snooze, reassign oder reassign-all</translation>
    </message>
    <message>
        <source>&apos;dispute %1&apos; needs a dispute id</source>
        <translation>&apos;dispute %1&apos; braucht die Nummer eines Streitfalls</translation>
    </message>
    <message>
        <source>dispute %1 resolved</source>
        <translation>Streitfall %1 gelöst</translation>
    </message>
    <message>
        <source>dispute %1 rejected</source>
        <translation>Streitfall %1 abgewiesen</translation>
    </message>
    <message>
        <source>&apos;dispute&apos; needs list, resolve or reject</source>
        <translation>&apos;dispute&apos; braucht list, resolve oder reject</translation>
    </message>
    <message>
        <source>--invoice: no invoice &quot;%1&quot; of %2</source>
        <translation>--invoice: keine Rechnung „%1“ von %2</translation>
    </message>
    <message>
        <source>&apos;pause&apos; needs --until YYYY-MM-DD</source>
        <translation>&apos;pause&apos; braucht --until JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>queue: %n row(s) in %1 ms</source>
        <translation>
            <numerusform>queue: %n Zeile in %1 ms</numerusform>
            <numerusform>queue: %n Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>settings queue: --reset and --weight go alone</source>
        <translation>settings queue: --reset und --weight stehen jeweils allein</translation>
    </message>
    <message>
        <source>settings queue needs --weight NAME=VALUE..., --reset or --show</source>
        <translation>settings queue braucht --weight NAME=WERT..., --reset oder --show</translation>
    </message>
    <message>
        <source>--weight: &quot;%1&quot; is not NAME=VALUE with a whole number (the weights are %2)</source>
        <translation>--weight: „%1“ ist nicht NAME=WERT mit einer ganzen Zahl (die Gewichte sind %2)</translation>
    </message>
    <message>
        <source>%1; nothing saved (they would be %2)</source>
        <translation>%1; nichts gespeichert (sie wären %2)</translation>
    </message>
    <message>
        <source>Created the login %1 with the password given
</source>
        <translation type="vanished">Die Anmeldung %1 wurde mit dem angegebenen Passwort angelegt
</translation>
    </message>
    <message>
        <source>Created the login %1 without a password
</source>
        <translation type="vanished">Die Anmeldung %1 wurde ohne Passwort angelegt
</translation>
    </message>
    <message>
        <source>The login %1 existed on the server already: it keeps its password and now has the group roles of %2
</source>
        <translation type="vanished">Die Anmeldung %1 gab es auf dem Server schon: sie behält ihr Passwort und hat jetzt die Gruppenrollen von %2
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>CUR</source>
        <comment>aging column: currency code, at most 4 letters</comment>
        <translation>WÄHR</translation>
    </message>
    <message>
        <source>OPEN</source>
        <comment>aging column: open invoices, at most 6 letters</comment>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>NOT DUE</source>
        <translation>NICHT FÄLLIG</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <source>--no-contact: &quot;%1&quot; is not a number of days from 1 to 3660</source>
        <translation>--no-contact: „%1“ ist keine Zahl von Tagen zwischen 1 und 3660</translation>
    </message>
    <message>
        <source>--deactivate and --activate exclude each other</source>
        <translation>--deactivate und --activate schließen einander aus</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>--json prints machine-readable output (amounts as integer minor units and a currency code) that is the same in every language.</source>
        <translation>--json gibt maschinenlesbare Ausgabe aus (Beträge als ganze Zahl kleinster Einheiten und ein Währungscode), in jeder Sprache dieselbe.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 usage error, 3 input refused (import rows, a note; nothing written).</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 Eingabe abgelehnt (Importzeilen, eine Notiz; nichts geschrieben).</translation>
    </message>
    <message>
        <source>create an empty company file</source>
        <translation>eine leere Firmendatei anlegen</translation>
    </message>
    <message>
        <source>fill an empty file with demo data</source>
        <translation>eine leere Datei mit Demodaten füllen</translation>
    </message>
    <message>
        <source>the client list with balances, sorted and filtered as in the window</source>
        <translation type="vanished">die Kundenliste mit Salden, sortiert und gefiltert wie im Fenster</translation>
    </message>
    <message>
        <source>a client&apos;s invoices</source>
        <translation>die Rechnungen eines Kunden</translation>
    </message>
    <message>
        <source>open receivables by age, per currency</source>
        <translation>offene Forderungen nach Alter, je Währung</translation>
    </message>
    <message>
        <source>audited; the paid part cannot shrink</source>
        <translation>protokolliert; der bezahlte Teil kann nicht schrumpfen</translation>
    </message>
    <message>
        <source>the invoice&apos;s document (its PDF)</source>
        <translation>das Dokument der Rechnung (ihr PDF)</translation>
    </message>
    <message>
        <source>attach the files of DIR named by invoice number</source>
        <translation>die nach Rechnungsnummer benannten Dateien in DIR anhängen</translation>
    </message>
    <message>
        <source>applied to the oldest invoices first (--invoice N first), or by hand with --allocate</source>
        <translation>auf die ältesten Rechnungen zuerst verrechnet (--invoice N vorab) oder von Hand mit --allocate</translation>
    </message>
    <message>
        <source>hold the clients with an invoice 60+ days late</source>
        <translation>Kunden mit einer Rechnung 60+ Tage im Verzug sperren</translation>
    </message>
    <message>
        <source>all or nothing; exit 3 on bad rows</source>
        <translation>alles oder nichts; Exit 3 bei fehlerhaften Zeilen</translation>
    </message>
    <message>
        <source>(an admin) --role R,R or --role R --role R: several roles (an admin is not a clerk); on a team database also the user&apos;s login, with the password read from standard input</source>
        <translation>(ein Administrator) --role R,R oder --role R --role R: mehrere Rollen (ein Administrator ist kein Sachbearbeiter); in einer Teamdatenbank auch das Login des Benutzers, mit dem Passwort von der Standardeingabe</translation>
    </message>
    <message>
        <source>the reminders of the user&apos;s clients and the user&apos;s own e-mails speak with this name, address (Reply-To) and signature</source>
        <translation type="vanished">die Mahnungen an die Kunden des Benutzers und seine eigenen E-Mails sprechen mit diesem Namen, dieser Adresse (Reply-To) und dieser Signatur</translation>
    </message>
    <message>
        <source>the time zone decides the company&apos;s &quot;today&quot; (the default of every --as-of)</source>
        <translation>die Zeitzone bestimmt das „Heute“ der Firma (den Standardwert jedes --as-of)</translation>
    </message>
    <message>
        <source>the Today queue&apos;s priority weights (amount_overdue, days_overdue, broken_promises, days_since_contact, over_credit_limit): each 0–100, together 100</source>
        <translation>die Prioritätsgewichte der Heute-Liste (amount_overdue, days_overdue, broken_promises, days_since_contact, over_credit_limit): je 0–100, zusammen 100</translation>
    </message>
    <message>
        <source>--login is the SMTP login; the password goes to the OS keychain, or set ARDESK_SMTP_PASSWORD when sending</source>
        <translation>--login ist das SMTP-Login; das Passwort kommt in den Schlüsselbund des Systems, oder setzen Sie beim Senden ARDESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>the client&apos;s notes, newest first</source>
        <translation>die Notizen des Kunden, neueste zuerst</translation>
    </message>
    <message>
        <source>a note with its full history</source>
        <translation>eine Notiz mit ihrem ganzen Verlauf</translation>
    </message>
    <message>
        <source>a tombstone; the note stays readable</source>
        <translation>ein Löschvermerk; die Notiz bleibt lesbar</translation>
    </message>
    <message>
        <source>an online copy (safe while the window is open), proved by the integrity check and verify before it counts; prints the chain head (an admin)</source>
        <translation>eine Online-Kopie (sicher, während das Fenster offen ist), durch Integritätsprüfung und verify bewiesen, bevor sie zählt; gibt den Kettenkopf aus (ein Administrator)</translation>
    </message>
    <message>
        <source>proves BACKUP, keeps TARGET as TARGET.replaced-YYYYMMDD-HHMMSS and copies atomically; a TARGET with newer changes needs --force (an admin of the backup; no --db)</source>
        <translation>prüft BACKUP, behält TARGET als TARGET.replaced-YYYYMMDD-HHMMSS und kopiert atomar; ein TARGET mit neueren Änderungen braucht --force (ein Administrator der Sicherung; kein --db)</translation>
    </message>
    <message>
        <source>a company in an empty team database: schema, group roles, --user as its first admin (a login)</source>
        <translation>eine Firma in einer leeren Teamdatenbank: Schema, Gruppenrollen, --user als erster Administrator (ein Login)</translation>
    </message>
    <message>
        <source>the whole company file into an empty team database (a superuser login); its users become logins; prints both chain heads</source>
        <translation>die ganze Firmendatei in eine leere Teamdatenbank (ein Superuser-Login); ihre Benutzer werden Logins; gibt beide Kettenköpfe aus</translation>
    </message>
    <message>
        <source>the team database into a new company file (a backup); prints both chain heads</source>
        <translation>die Teamdatenbank in eine neue Firmendatei (eine Sicherung); gibt beide Kettenköpfe aus</translation>
    </message>
    <message>
        <source>integrity, foreign keys, hash chain, attachments; prints the chain head, exit 1 naming the first bad entry</source>
        <translation>Integrität, Fremdschlüssel, Hash-Kette, Anhänge; gibt den Kettenkopf aus, Exit 1 mit dem ersten fehlerhaften Eintrag</translation>
    </message>
    <message>
        <source>notes by words (the last word also as a prefix)</source>
        <translation>Notizen nach Wörtern (das letzte Wort auch als Anfang)</translation>
    </message>
    <message>
        <source>apply the reminder policies (queue e-mails, tasks, credit holds); a second run the same day does nothing</source>
        <translation>die Mahnrichtlinien anwenden (E-Mails einreihen, Aufgaben, Kreditsperren); ein zweiter Lauf am selben Tag tut nichts</translation>
    </message>
    <message>
        <source>each overdue invoice: steps done, next, holds</source>
        <translation>jede überfällige Rechnung: erledigte Stufen, nächste, Sperren</translation>
    </message>
    <message>
        <source>the Today queue of a user, with reasons and score; --json: {&quot;as_of&quot;, &quot;user&quot;, &quot;items&quot;: [...]}</source>
        <translation>die Heute-Liste eines Benutzers, mit Gründen und Punktzahl; --json: {&quot;as_of&quot;, &quot;user&quot;, &quot;items&quot;: [...]}</translation>
    </message>
    <message>
        <source>(a manager)</source>
        <translation>(ein Manager)</translation>
    </message>
    <message>
        <source>queue a templated e-mail (default: to the billing contacts); --dry-run prints it instead; a send the guard rules stop (pause, dispute, promise, contact cap…) needs a manager&apos;s --override-reason</source>
        <translation>eine E-Mail aus einer Vorlage einreihen (Standard: an die Rechnungskontakte); --dry-run gibt sie stattdessen aus; ein Versand, den die Schutzregeln stoppen (Pause, Streitfall, Zusage, Kontaktgrenze…), braucht das --override-reason eines Managers</translation>
    </message>
    <message>
        <source>one message per matching client to its billing contacts; prints the count and who is left out and why</source>
        <translation>eine Nachricht je passendem Kunden an seine Rechnungskontakte; gibt die Anzahl aus und wer ausgelassen wird und warum</translation>
    </message>
    <message>
        <source>show prints the exact .eml bytes</source>
        <translation>show gibt die genauen .eml-Bytes aus</translation>
    </message>
    <message>
        <source>a message of unknown delivery found in the sent mailbox: recorded as sent, never sent again</source>
        <translation>eine Nachricht unbekannter Zustellung, die im Postfach der gesendeten Mails steht: als gesendet vermerkt, nie erneut gesendet</translation>
    </message>
    <message>
        <source>a table as CSV (RFC 4180, UTF-8) or XLSX (numbers as numbers, dates as dates); text that a spreadsheet would run as a formula stays text</source>
        <translation>eine Tabelle als CSV (RFC 4180, UTF-8) oder XLSX (Zahlen als Zahlen, Daten als Daten); Text, den eine Tabellenkalkulation als Formel ausführen würde, bleibt Text</translation>
    </message>
    <message>
        <source>a statement of account as PDF: every open item with its age, the total due per currency, the late-payment wording and how to pay; --out-dir: one CODE.pdf per listed client with an open balance</source>
        <translation>ein Kontoauszug als PDF: jeder offene Posten mit seinem Alter, die fällige Summe je Währung, der Verzugshinweis und wie zu zahlen ist; --out-dir: eine CODE.pdf je gelistetem Kunden mit offenem Saldo</translation>
    </message>
    <message>
        <source>everything about the client for a dispute or a lawsuit (a manager or an admin): ledger, disputes, promises, plans, every note revision and deletion, attachments with SHA-256; each page&apos;s footer has the chain head and the verify result; the bundle adds the attachment files and a manifest</source>
        <translation>alles über den Kunden für einen Streitfall oder eine Klage (ein Manager oder ein Administrator): Konto, Streitfälle, Zusagen, Pläne, jede Fassung und Löschung einer Notiz, Anhänge mit SHA-256; die Fußzeile jeder Seite trägt den Kettenkopf und das Ergebnis von verify; das Bündel fügt die Dateien der Anhänge und ein Verzeichnis hinzu</translation>
    </message>
    <message>
        <source>who changed what, newest first (a manager or an admin: --as, else the OS login); --user and --kind filter, days are the company&apos;s; --json: [{&quot;id&quot;, &quot;at&quot;, &quot;user&quot;, &quot;entity&quot;, &quot;entity_id&quot;, &quot;client&quot;, &quot;action&quot;, &quot;before&quot;, &quot;after&quot;}]</source>
        <translation>wer was geändert hat, neueste zuerst (ein Manager oder ein Administrator: --as, sonst das Login des Systems); --user und --kind filtern, Tage sind die der Firma; --json: [{&quot;id&quot;, &quot;at&quot;, &quot;user&quot;, &quot;entity&quot;, &quot;entity_id&quot;, &quot;client&quot;, &quot;action&quot;, &quot;before&quot;, &quot;after&quot;}]</translation>
    </message>
    <message>
        <source>DSO, countback DSO, best-possible DSO, CEI, % current, 90+ share, days to pay, promises kept, per currency (a manager or an admin; docs/kpis.md); --json: {&quot;as_of&quot;, &quot;period_days&quot;, &quot;excluding_disputed&quot;, &quot;currencies&quot;: [...] (, &quot;groups&quot;: [{&quot;key&quot;, ...}])}</source>
        <translation>DSO, Countback-DSO, bestmögliche DSO, CEI, % aktuell, Anteil 90+, Tage bis zur Zahlung, gehaltene Zusagen, je Währung (ein Manager oder ein Administrator; docs/kpis.md); --json: {&quot;as_of&quot;, &quot;period_days&quot;, &quot;excluding_disputed&quot;, &quot;currencies&quot;: [...] (, &quot;groups&quot;: [{&quot;key&quot;, ...}])}</translation>
    </message>
    <message>
        <source>every clerk&apos;s notes and sent e-mails, newest first, with per-clerk totals (a manager or an admin: --as, else the OS login; --user filters)</source>
        <translation>die Notizen und gesendeten E-Mails jedes Sachbearbeiters, neueste zuerst, mit Summen je Sachbearbeiter (ein Manager oder ein Administrator: --as, sonst das Login des Systems; --user filtert)</translation>
    </message>
    <message>
        <source>the client list with balances, sorted and filtered as in the window; --owing: only clients who owe a balance; --no-contact: only those nobody has called, e-mailed, texted, written to or met in DAYS days</source>
        <translation>die Kundenliste mit Salden, sortiert und gefiltert wie im Fenster; --owing: nur Kunden mit offenem Saldo; --no-contact: nur die, die in DAYS Tagen niemand angerufen, angeschrieben, per E-Mail oder SMS erreicht oder getroffen hat</translation>
    </message>
    <message>
        <source>the reminders of the user&apos;s clients and the user&apos;s own e-mails speak with this name, address (Reply-To) and signature; on a team database --deactivate also stops the user&apos;s login from connecting and ends its sessions</source>
        <translation>die Mahnungen der Kunden des Benutzers und seine eigenen E-Mails sprechen mit diesem Namen, dieser Adresse (Reply-To) und dieser Signatur; in einer Teamdatenbank sperrt --deactivate auch das Login des Benutzers und beendet seine Sitzungen</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>Im Streitfall</translation>
    </message>
    <message>
        <source>In collections</source>
        <translation>Im Inkasso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>payment terms: %1 days is outside 0–365</source>
        <translation>Zahlungsziel: %1 Tage liegt außerhalb von 0–365</translation>
    </message>
    <message>
        <source>credit limit: must not be negative</source>
        <translation>Kreditlimit: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>country: &quot;%1&quot; is not a two-letter ISO 3166 code</source>
        <translation>Land: „%1“ ist kein zweibuchstabiger ISO-3166-Code</translation>
    </message>
    <message>
        <source>time zone: &quot;%1&quot; is not a known time zone</source>
        <translation>Zeitzone: „%1“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Net </source>
        <translation>Netto </translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>Kredit&amp;limit:</translation>
    </message>
    <message>
        <source>0.00 (no credit)</source>
        <translation>0,00 (kein Kredit)</translation>
    </message>
    <message>
        <source>Assigned c&amp;lerk:</source>
        <translation>Zuständiger Sach&amp;bearbeiter:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. key account, export</source>
        <translation>durch Kommas getrennt, z. B. Schlüsselkunde, Export</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Billing address:</source>
        <translation>&amp;Rechnungsadresse:</translation>
    </message>
    <message>
        <source>Internal n&amp;otes:</source>
        <translation>Interne N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>no client %1</source>
        <translation>Kein Kunde %1</translation>
    </message>
    <message>
        <source>code: a client with code &quot;%1&quot; exists</source>
        <translation>Code: Ein Kunde mit dem Code „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it; reload and apply your change again</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert; laden Sie neu und wiederholen Sie Ihre Änderung</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>reason: say why the client is archived</source>
        <translation>Grund: Geben Sie an, warum der Kunde archiviert wird</translation>
    </message>
    <message>
        <source>%1 is already archived</source>
        <translation>%1 ist bereits archiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has an open balance on %n invoice(s); settle or write off the open invoices first</source>
        <translation>
            <numerusform>%1 hat noch einen offenen Saldo auf %n Rechnung; begleichen Sie die offenen Rechnungen oder buchen Sie sie aus</numerusform>
            <numerusform>%1 hat noch einen offenen Saldo auf %n Rechnungen; begleichen Sie die offenen Rechnungen oder buchen Sie sie aus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not archived</source>
        <translation>%1 ist nicht archiviert</translation>
    </message>
    <message>
        <source>contact %1 is not a contact of this client</source>
        <translation>Kontakt %1 ist kein Kontakt dieses Kunden</translation>
    </message>
</context>
<context>
    <name>CloseBackupRun</name>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>Backing up %1 before closing…</source>
        <translation>%1 wird vor dem Schließen gesichert…</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Cancel stops this copy and removes what was copied so far; the company file is not touched, and the next open of the day backs it up again.</source>
        <translation>Abbrechen beendet diese Kopie und entfernt, was bisher kopiert wurde; die Firmendatei bleibt unberührt, und das nächste Öffnen des Tages sichert sie erneut.</translation>
    </message>
</context>
<context>
    <name>CommandSpec</name>
    <message>
        <source>&apos;%1&apos; does not take --%2</source>
        <translation>&apos;%1&apos; nimmt kein --%2</translation>
    </message>
</context>
<context>
    <name>CompanyFile</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>no default templates in the language &quot;%1&quot;</source>
        <translation>Keine Standardvorlagen in der Sprache „%1“</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message numerus="yes">
        <source>%1: %n character(s) at most</source>
        <translation>
            <numerusform>%1: höchstens %n Zeichen</numerusform>
            <numerusform>%1: höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>early-payment discount wording</source>
        <translation>Text zum Skonto</translation>
    </message>
    <message>
        <source>late-payment penalty wording</source>
        <translation>Text zu Verzugszinsen</translation>
    </message>
    <message>
        <source>remittance details</source>
        <translation>Zahlungsangaben</translation>
    </message>
    <message>
        <source>home currency: &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>Hauswährung: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>locale: &quot;%1&quot; is not a known locale</source>
        <translation>Gebietsschema: „%1“ ist kein bekanntes Gebietsschema</translation>
    </message>
    <message>
        <source>attachment size limit: %1 MiB is not between 1 and 1024 MiB</source>
        <translation>Größengrenze für Anhänge: %1 MiB liegt nicht zwischen 1 und 1024 MiB</translation>
    </message>
    <message>
        <source>time zone: &quot;%1&quot; is not a known time zone (use an IANA id such as America/Los_Angeles or Europe/Berlin)</source>
        <translation>Zeitzone: „%1“ ist keine bekannte Zeitzone (verwenden Sie eine IANA-ID wie America/Los_Angeles oder Europe/Berlin)</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message numerus="yes">
        <source>backup folder: %n character(s) at most</source>
        <translation>
            <numerusform>Sicherungsordner: höchstens %n Zeichen</numerusform>
            <numerusform>Sicherungsordner: höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>daily backups kept: %1 is not between 1 and 366 days</source>
        <translation>Aufbewahrte tägliche Sicherungen: %1 liegt nicht zwischen 1 und 366 Tagen</translation>
    </message>
    <message>
        <source>monthly backups kept: %1 is not between 0 and 120 months</source>
        <translation>Aufbewahrte monatliche Sicherungen: %1 liegt nicht zwischen 0 und 120 Monaten</translation>
    </message>
    <message>
        <source>fiscal year start: month %1 is not 1–12</source>
        <translation>Beginn des Geschäftsjahres: Monat %1 liegt nicht in 1–12</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company settings</source>
        <translation>Firmeneinstellungen</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Hauswährung:</translation>
    </message>
    <message>
        <source>&amp;Locale for amounts and dates:</source>
        <translation>&amp;Gebietsschema für Beträge und Daten:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Geschäftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation>Größter &amp;Anhang:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The company&apos;s &quot;today&quot; is the date in this zone: overdue days, the Today list, reminders and every date check.</source>
        <translation>Das „Heute“ der Firma ist das Datum in dieser Zone: Verzugstage, die Heute-Liste, Mahnungen und jede Datumsprüfung.</translation>
    </message>
    <message>
        <source>Early-payment &amp;discount wording:</source>
        <translation>Text zum &amp;Skonto:</translation>
    </message>
    <message>
        <source>e.g. Take 2% off when you pay within 10 days of the invoice date.</source>
        <translation>z. B. 2 % Skonto bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum.</translation>
    </message>
    <message>
        <source>Late-payment &amp;penalty wording:</source>
        <translation>Text zu &amp;Verzugszinsen:</translation>
    </message>
    <message>
        <source>e.g. Overdue amounts carry interest of 1% a month. A reminder policy&apos;s own wording replaces this on its clients&apos; statements.</source>
        <translation>z. B. Überfällige Beträge werden mit 1 % pro Monat verzinst. Der eigene Text einer Mahnrichtlinie ersetzt diesen auf den Kontoauszügen ihrer Kunden.</translation>
    </message>
    <message>
        <source>Re&amp;mittance details:</source>
        <translation>Zahlungsa&amp;ngaben:</translation>
    </message>
    <message>
        <source>e.g. Bank, account holder and IBAN, or the address to send cheques to</source>
        <translation>z. B. Bank, Kontoinhaber und IBAN oder die Adresse für Schecks</translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>Automatische &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Back up on the first open of each day and on close</source>
        <translation>Beim ersten Öffnen jedes Tages und beim Schließen sichern</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>backups (beside the company file)</source>
        <translation>backups (neben der Firmendatei)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Daily backups &amp;kept (days):</source>
        <translation>Tägliche Sicherungen &amp;behalten (Tage):</translation>
    </message>
    <message>
        <source>Monthly backups kept (m&amp;onths):</source>
        <translation>Monatliche Sicherungen behalten (&amp;Monate):</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>phone: is empty</source>
        <translation>Telefon: ist leer</translation>
    </message>
    <message>
        <source>phone: &quot;%1&quot; is not an E.164 number</source>
        <translation>Telefon: „%1“ ist keine E.164-Nummer</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>contact %1 was changed or removed by someone else; reload and apply your change again</source>
        <translation>Kontakt %1 wurde von jemand anderem geändert oder entfernt; laden Sie neu und wiederholen Sie Ihre Änderung</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>as of: not a valid date</source>
        <translation>Stichtag: kein gültiges Datum</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 past due (rule: %3 or more)</source>
        <translation>Rechnung %1 ist %2 überfällig (Regel: %3 oder mehr)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already on credit hold</source>
        <translation>%1 hat bereits eine Kreditsperre</translation>
    </message>
    <message>
        <source>%1 is not on credit hold</source>
        <translation>%1 hat keine Kreditsperre</translation>
    </message>
    <message>
        <source>reason: say why the client goes on hold</source>
        <translation>Grund: Geben Sie an, warum der Kunde gesperrt wird</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the format %3</source>
        <translation>%1: „%2“ ist kein Datum im Format %3</translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>client_code: is required</source>
        <translation>client_code: ist erforderlich</translation>
    </message>
    <message>
        <source>client_name: is required</source>
        <translation>client_name: ist erforderlich</translation>
    </message>
    <message>
        <source>number: is required</source>
        <translation>number: ist erforderlich</translation>
    </message>
    <message>
        <source>number: &quot;%1&quot; looks like a number a spreadsheet rewrote in scientific notation; export invoice numbers as text</source>
        <translation>number: „%1“ sieht aus wie eine von einer Tabellenkalkulation in wissenschaftliche Schreibweise umgeschriebene Zahl; exportieren Sie Rechnungsnummern als Text</translation>
    </message>
    <message>
        <source>due_date: %1 is before the issue date %2</source>
        <translation>due_date: %1 liegt vor dem Rechnungsdatum %2</translation>
    </message>
    <message>
        <source>paid_date: %1 is before the issue date %2</source>
        <translation>paid_date: %1 liegt vor dem Rechnungsdatum %2</translation>
    </message>
    <message>
        <source>amount: %1 must be positive (credit notes are not imported as invoices)</source>
        <translation>amount: %1 muss positiv sein (Gutschriften werden nicht als Rechnungen importiert)</translation>
    </message>
    <message>
        <source>disputed: &quot;%1&quot; is not yes/no/true/false/1/0</source>
        <translation>disputed: „%1“ ist nicht yes/no/true/false/1/0</translation>
    </message>
    <message>
        <source>%1: %2 is negative</source>
        <translation>%1: %2 ist negativ</translation>
    </message>
    <message>
        <source>%1: %2 is more than the invoice amount %3</source>
        <translation>%1: %2 ist mehr als der Rechnungsbetrag %3</translation>
    </message>
    <message>
        <source>status: &quot;%1&quot; is not a status ARDesk knows (paid; authorised, open or awaiting payment; voided, void or deleted; draft, submitted or awaiting approval)</source>
        <translation>status: „%1“ ist kein Status, den ARDesk kennt (paid; authorised, open oder awaiting payment; voided, void oder deleted; draft, submitted oder awaiting approval)</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>currency: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n draft invoice(s) skipped</source>
        <translation>
            <numerusform>%1 und %n Rechnungsentwurf übersprungen</numerusform>
            <numerusform>%1 und %n Rechnungsentwürfe übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void</source>
        <translation>
            <numerusform>%n storniert</numerusform>
            <numerusform>%n storniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void invoice(s) skipped</source>
        <translation>
            <numerusform>%n stornierte Rechnung übersprungen</numerusform>
            <numerusform>%n stornierte Rechnungen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft invoice(s) skipped</source>
        <translation>
            <numerusform>%n Rechnungsentwurf übersprungen</numerusform>
            <numerusform>%n Rechnungsentwürfe übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no import preset &quot;%1&quot; (known: %2)</source>
        <translation>Keine Importvorlage „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>Die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>mapping: &quot;%1&quot; is not a field (fields: %2)</source>
        <translation>Zuordnung: „%1“ ist kein Feld (Felder: %2)</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; both map to %3</source>
        <translation>Die Spalten „%1“ und „%2“ werden beide %3 zugeordnet</translation>
    </message>
    <message>
        <source>no column for client_code or client_name (map one with --map SOURCE=client_code or --map SOURCE=client_name)</source>
        <translation>Keine Spalte für client_code oder client_name (ordnen Sie eine zu mit --map QUELLE=client_code oder --map QUELLE=client_name)</translation>
    </message>
    <message>
        <source>no column for the client: choose which column holds the client code (client_code) or the client&apos;s name (client_name)</source>
        <translation>Keine Spalte für den Kunden: Wählen Sie die Spalte mit dem Kundencode (client_code) oder dem Kundennamen (client_name)</translation>
    </message>
    <message>
        <source>no column for %1 (map one with --map SOURCE=%1)</source>
        <translation>Keine Spalte für %1 (ordnen Sie eine zu mit --map QUELLE=%1)</translation>
    </message>
    <message>
        <source>no column for %1: choose the column that holds it under “Imports as”</source>
        <translation>Keine Spalte für %1: Wählen Sie unter „Importiert als“ die Spalte, die es enthält</translation>
    </message>
    <message>
        <source>no currency column; pass --currency CODE</source>
        <translation>Keine Währungsspalte; geben Sie --currency CODE an</translation>
    </message>
    <message>
        <source>no currency column: choose the column that holds it, or type the currency of every row under “Default currency”</source>
        <translation>Keine Währungsspalte: Wählen Sie die Spalte mit der Währung oder tragen Sie die Währung aller Zeilen unter „Standardwährung“ ein</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>--currency: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>Default currency: &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>Standardwährung: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message numerus="yes">
        <source>client_name: %n clients are named &quot;%1&quot; (%2); add a client_code column to tell them apart</source>
        <translation>
            <numerusform>client_name: %n Kunde heißt „%1“ (%2); fügen Sie eine Spalte client_code hinzu, um sie zu unterscheiden</numerusform>
            <numerusform>client_name: %n Kunden heißen „%1“ (%2); fügen Sie eine Spalte client_code hinzu, um sie zu unterscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>client_name: no client named &quot;%1&quot; (import clients first, or pass --create-clients)</source>
        <translation>client_name: Kein Kunde namens „%1“ (importieren Sie zuerst die Kunden oder geben Sie --create-clients an)</translation>
    </message>
    <message>
        <source>client_name: no client named &quot;%1&quot; (import clients first, or tick “Create missing clients”)</source>
        <translation>client_name: Kein Kunde namens „%1“ (importieren Sie zuerst die Kunden oder kreuzen Sie „Fehlende Kunden anlegen“ an)</translation>
    </message>
    <message>
        <source>client_name: no client named &quot;%1&quot; (import clients first)</source>
        <translation>client_name: Kein Kunde namens „%1“ (importieren Sie zuerst die Kunden)</translation>
    </message>
    <message>
        <source>clerk: no user &quot;%1&quot; (the user name or display name of a user of this company file)</source>
        <translation>clerk: Kein Benutzer „%1“ (der Benutzername oder Anzeigename eines Benutzers dieser Firmendatei)</translation>
    </message>
    <message>
        <source>clerk: &quot;%1&quot; is the display name of %2; use the user name</source>
        <translation>clerk: „%1“ ist der Anzeigename von %2; verwenden Sie den Benutzernamen</translation>
    </message>
    <message>
        <source>more errors not listed</source>
        <translation>weitere Fehler nicht aufgeführt</translation>
    </message>
    <message>
        <source>client_code: &quot;%1&quot; is also on line %2</source>
        <translation>client_code: „%1“ steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>payment_terms_days: &quot;%1&quot; is not a whole number</source>
        <translation>payment_terms_days: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>client_code: no client &quot;%1&quot;</source>
        <translation>client_code: Kein Kunde „%1“</translation>
    </message>
    <message>
        <source>amount: %1 must be positive</source>
        <translation>amount: %1 muss positiv sein</translation>
    </message>
    <message>
        <source>method: &quot;%1&quot; is not check, ach/wire, card, cash or other</source>
        <translation>method: „%1“ ist nicht check, ach/wire, card, cash oder other</translation>
    </message>
    <message>
        <source>invoice_number: %1 is not an invoice of %2</source>
        <translation>invoice_number: %1 ist keine Rechnung von %2</translation>
    </message>
    <message>
        <source>the same payment (client, date, amount and reference) is also on line %1</source>
        <translation>Dieselbe Zahlung (Kunde, Datum, Betrag und Referenz) steht auch in Zeile %1</translation>
    </message>
    <message>
        <source>client_code: no client &quot;%1&quot; (import clients first)</source>
        <translation>client_code: Kein Kunde „%1“ (importieren Sie zuerst die Kunden)</translation>
    </message>
    <message>
        <source>contact_name: %1 of client %2 is also on line %3</source>
        <translation>contact_name: %1 von Kunde %2 steht auch in Zeile %3</translation>
    </message>
    <message>
        <source>preferred_channel: &quot;%1&quot; is not any, email, phone, text or letter</source>
        <translation>preferred_channel: „%1“ ist nicht any, email, phone, text oder letter</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes/no/true/false/1/0</source>
        <translation>%1: „%2“ ist nicht yes/no/true/false/1/0</translation>
    </message>
    <message>
        <source>contact_name: is required</source>
        <translation>contact_name: ist erforderlich</translation>
    </message>
    <message>
        <source>client_code: no client &quot;%1&quot; (import clients first, or pass --create-clients)</source>
        <translation>client_code: Kein Kunde „%1“ (importieren Sie zuerst die Kunden oder geben Sie --create-clients an)</translation>
    </message>
    <message>
        <source>client_code: no client &quot;%1&quot; (import clients first, or tick “Create missing clients”)</source>
        <translation>client_code: Kein Kunde „%1“ (importieren Sie zuerst die Kunden oder kreuzen Sie „Fehlende Kunden anlegen“ an)</translation>
    </message>
    <message>
        <source>number: invoice %1 on line %2 has different values on line %3</source>
        <translation>number: Rechnung %1 in Zeile %2 hat in Zeile %3 andere Werte</translation>
    </message>
    <message>
        <source>invoice %1 already exists with a different client, amount, currency or issue date; ARDesk does not overwrite money</source>
        <translation>Rechnung %1 existiert bereits mit anderem Kunden, Betrag, Währung oder Rechnungsdatum; ARDesk überschreibt keine Beträge</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>NUL byte in the data</source>
        <translation>NUL-Byte in den Daten</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid UTF-16 data</source>
        <translation>Ungültige UTF-16-Daten</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use utf-8, windows-1252 or latin1</source>
        <translation>Unbekannte Kodierung „%1“; verwenden Sie utf-8, windows-1252 oder latin1</translation>
    </message>
    <message>
        <source>the delimiter must be an ASCII character other than a quote or a line break</source>
        <translation>Das Trennzeichen muss ein ASCII-Zeichen sein, aber kein Anführungszeichen und kein Zeilenumbruch</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file is not UTF-8 — pass --encoding windows-1252 or latin1</source>
        <translation>Ungültiges UTF-8 (Byte 0x%1); die Datei ist kein UTF-8 — geben Sie --encoding windows-1252 oder latin1 an</translation>
    </message>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>Ein Feld ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>unterminated quoted field (opened on line %1)</source>
        <translation>Nicht abgeschlossenes Feld in Anführungszeichen (begonnen in Zeile %1)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>the CSV delimiter and the decimal separator are both &quot;%1&quot;</source>
        <translation>CSV-Trennzeichen und Dezimaltrennzeichen sind beide „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a CSV delimiter</source>
        <translation>„%1“ kann kein CSV-Trennzeichen sein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>%1: %2 is not between %3 and %4</source>
        <translation>%1: %2 liegt nicht zwischen %3 und %4</translation>
    </message>
    <message>
        <source>dashboard cancelled</source>
        <translation>Übersicht abgebrochen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not writable for you: %2</source>
        <translation>%1 ist für Sie nicht beschreibbar: %2</translation>
    </message>
    <message>
        <source>the folder %1 is not writable for you (%2), and SQLite writes its log beside the company file</source>
        <translation>Der Ordner %1 ist für Sie nicht beschreibbar (%2), und SQLite schreibt sein Protokoll neben die Firmendatei</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot connect to the team database %1: %2</source>
        <translation>Keine Verbindung zur Teamdatenbank %1: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s foreign key check failed: %1</source>
        <translation>Die Fremdschlüsselprüfung von SQLite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s foreign key check: a %1 row refers to a missing %2 row</source>
        <translation>Fremdschlüsselprüfung von SQLite: Eine Zeile in %1 verweist auf eine fehlende Zeile in %2</translation>
    </message>
    <message>
        <source>not a SQLite connection</source>
        <translation>Keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>%1 is on a network filesystem. A company file must be on a local disk (SQLite files are never shared over a network drive); use team mode with a PostgreSQL server to share.</source>
        <translation>%1 liegt auf einem Netzwerkdateisystem. Eine Firmendatei muss auf einer lokalen Festplatte liegen (SQLite-Dateien werden nie über ein Netzlaufwerk geteilt); zum Teilen nutzen Sie den Teammodus mit einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>%1 does not exist: there is no company file there; nothing was created</source>
        <translation>%1 existiert nicht: Dort ist keine Firmendatei; nichts wurde angelegt</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): not an ARDesk company file; nothing was changed</source>
        <translation>%1 ist leer (0 Bytes): keine ARDesk-Firmendatei; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an ARDesk company file (it is not a SQLite database)</source>
        <translation>%1 ist keine ARDesk-Firmendatei (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an ARDesk company file</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine ARDesk-Firmendatei</translation>
    </message>
    <message>
        <source>%1 was written by a newer ARDesk (schema version %2; this version reads up to %3). Update ARDesk to open it.</source>
        <translation>%1 wurde von einem neueren ARDesk geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie ARDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check failed: %1</source>
        <translation>Die Schnellprüfung von SQLite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check gave no answer</source>
        <translation>Die Schnellprüfung von SQLite gab keine Antwort</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check: %1</source>
        <translation>Schnellprüfung von SQLite: %1</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>%1 is not an ARDesk team database</source>
        <translation>%1 ist keine ARDesk-Teamdatenbank</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>%1 holds tables but is not an ARDesk team database</source>
        <translation>%1 enthält Tabellen, ist aber keine ARDesk-Teamdatenbank</translation>
    </message>
    <message>
        <source>%1 is empty: create the company in it first (ardesk-cli --db URL init)</source>
        <translation>%1 ist leer: Legen Sie zuerst die Firma darin an (ardesk-cli --db URL init)</translation>
    </message>
    <message>
        <source>no company file given</source>
        <translation>Keine Firmendatei angegeben</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): opened read-only</source>
        <translation>%1 ist beschädigt (%2): schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2, and its last saved changes are still in %3 (SQLite needs to write to read them); nothing was changed</source>
        <translation>%1 kann nicht geöffnet werden: %2, und die zuletzt gespeicherten Änderungen stehen noch in %3 (SQLite muss schreiben können, um sie zu lesen); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 opened read-only: %2</source>
        <translation>%1 schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 free): it cannot be opened until some space is freed; nothing was changed</source>
        <translation>Der Datenträger mit %1 ist voll (%2 frei): Sie kann erst geöffnet werden, wenn Platz frei ist; nichts wurde geändert</translation>
    </message>
    <message>
        <source>creating %1 failed: %2</source>
        <translation>Anlegen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot open %1 to read it</source>
        <translation>%1 kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and needs an upgrade that cannot be written to it; restore it from a backup</source>
        <translation>%1 ist beschädigt (%2) und braucht ein Upgrade, das nicht geschrieben werden kann; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this version of ARDesk reads only %3 without upgrading it</source>
        <translation>%1 hat die Schemaversion %2; diese Version von ARDesk liest ohne Upgrade nur %3</translation>
    </message>
    <message>
        <source>SQLite reported damage</source>
        <translation>SQLite hat eine Beschädigung gemeldet</translation>
    </message>
    <message>
        <source>the company file is damaged: nothing was saved; restore it from a backup (File &gt; Restore from backup… / ardesk-cli restore)</source>
        <translation>Die Firmendatei ist beschädigt: Nichts wurde gespeichert; stellen Sie sie aus einer Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen… / ardesk-cli restore)</translation>
    </message>
    <message>
        <source>the company file is read-only here (%1): nothing was saved; copy it to a folder you may write to, or ask whoever manages that folder</source>
        <translation>Die Firmendatei ist hier schreibgeschützt (%1): Nichts wurde gespeichert; kopieren Sie sie in einen Ordner mit Schreibrecht oder wenden Sie sich an den Verwalter dieses Ordners</translation>
    </message>
    <message>
        <source>the disk is full: nothing was saved; free some space on the drive that holds the company file and try again</source>
        <translation>Der Datenträger ist voll: Nichts wurde gespeichert; schaffen Sie Platz auf dem Laufwerk der Firmendatei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>adding the default templates to %1 failed: %2</source>
        <translation>Hinzufügen der Standardvorlagen zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>adding the default reminder policies to %1 failed: %2</source>
        <translation>Hinzufügen der Standard-Mahnrichtlinien zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the company time zone &quot;%2&quot; is not known on this machine; using UTC until it is set again</source>
        <translation>%1: Die Zeitzone der Firma „%2“ ist auf diesem Rechner unbekannt; bis sie neu gesetzt wird, gilt UTC</translation>
    </message>
    <message>
        <source>%1: could not store the company time zone %2: %3</source>
        <translation>%1: Die Zeitzone der Firma %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>cannot migrate from schema %1 to %2</source>
        <translation>Migration von Schema %1 nach %2 nicht möglich</translation>
    </message>
    <message>
        <source>migration %1 is missing from the build</source>
        <translation>Migration %1 fehlt im Build</translation>
    </message>
    <message>
        <source>upgrading %1 to schema version %2 failed: %3</source>
        <translation>Upgrade von %1 auf Schemaversion %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>Eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <source>the connection to the team database %1 is lost: nothing was saved; save again once it is back</source>
        <translation>Die Verbindung zur Teamdatenbank %1 ist verloren: Nichts wurde gespeichert; speichern Sie erneut, sobald sie wieder besteht</translation>
    </message>
    <message>
        <source>no connection to the database: it could not be opened, or its server cannot be reached</source>
        <translation>Keine Verbindung zur Datenbank: Sie konnte nicht geöffnet werden, oder ihr Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: could not judge the promises to pay: %2</source>
        <translation>%1: die Zahlungszusagen konnten nicht beurteilt werden: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>team database &quot;%1&quot;: %2</source>
        <translation>Teamdatenbank „%1“: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>Sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>team database: a password does not belong in the address; set PGPASSWORD or put it in ~/.pgpass</source>
        <translation>Teamdatenbank: Ein Passwort gehört nicht in die Adresse; setzen Sie PGPASSWORD oder tragen Sie es in ~/.pgpass ein</translation>
    </message>
    <message>
        <source>the user is missing (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>Der Benutzer fehlt (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>the host is missing (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>Der Host fehlt (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>Der Datenbankname fehlt (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>sslrootcert: cannot read the CA file %1</source>
        <translation>sslrootcert: Die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; (sslmode and sslrootcert are known)</source>
        <translation>Unbekannter Parameter „%1“ (bekannt sind sslmode und sslrootcert)</translation>
    </message>
</context>
<context>
    <name>DisputeRepository</name>
    <message>
        <source>no open dispute with id %1</source>
        <translation>Kein offener Streitfall mit der ID %1</translation>
    </message>
    <message>
        <source>dispute %1 was changed by someone else: reload it</source>
        <translation>Streitfall %1 wurde von jemand anderem geändert: Laden Sie ihn neu</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>resolution: say how the dispute was settled</source>
        <translation>Lösung: Geben Sie an, wie der Streitfall beigelegt wurde</translation>
    </message>
    <message>
        <source>dispute %1 was changed by someone else: reload it</source>
        <translation>Streitfall %1 wurde von jemand anderem geändert: Laden Sie ihn neu</translation>
    </message>
    <message>
        <source>Dispute on %1 resolved: %2</source>
        <translation>Streitfall zu %1 gelöst: %2</translation>
    </message>
    <message>
        <source>Dispute on %1 rejected: %2</source>
        <translation>Streitfall zu %1 abgewiesen: %2</translation>
    </message>
</context>
<context>
    <name>Dunning</name>
    <message>
        <source>E-mail reminder</source>
        <translation>Mahnung per E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Escalate to manager</source>
        <translation>An Manager eskalieren</translation>
    </message>
    <message>
        <source>Collections / legal review</source>
        <translation>Prüfung Inkasso / Rechtsweg</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Invoices paid more than 30 days late may be charged interest as agreed in our terms of sale.</source>
        <translation>Für Rechnungen, die mehr als 30 Tage verspätet bezahlt werden, können gemäß unseren Verkaufsbedingungen Zinsen berechnet werden.</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Schlüsselkunden</translation>
    </message>
    <message>
        <source>paid, credited or written off</source>
        <translation>bezahlt, gutgeschrieben oder ausgebucht</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>strittig</translation>
    </message>
    <message>
        <source>invoice paused until %1</source>
        <translation>Rechnung pausiert bis %1</translation>
    </message>
    <message>
        <source>client paused until %1</source>
        <translation>Kunde pausiert bis %1</translation>
    </message>
    <message>
        <source>promise to pay until %1 (grace included)</source>
        <translation>Zahlungszusage bis %1 (inklusive Kulanzfrist)</translation>
    </message>
    <message>
        <source>on a payment plan with installments on time</source>
        <translation>in einem Zahlungsplan mit pünktlichen Raten</translation>
    </message>
    <message>
        <source>the client asked not to be contacted</source>
        <translation>Der Kunde möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>no contact with a usable e-mail address</source>
        <translation>Kein Kontakt mit brauchbarer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no contact with a number that can be dialled</source>
        <translation>Kein Kontakt mit wählbarer Nummer</translation>
    </message>
</context>
<context>
    <name>EnvironmentSecretStore</name>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is read-only here: set the variable in the environment</source>
        <translation>%1 ist hier schreibgeschützt: Setzen Sie die Variable in der Umgebung</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Client activity</source>
        <translation>Kundenaktivität</translation>
    </message>
    <message>
        <source>export cancelled: nothing was written</source>
        <translation>Export abgebrochen: Nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>Zugesagt für</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>AR current</source>
        <translation>Forderungen nicht fällig</translation>
    </message>
    <message>
        <source>AR at the start</source>
        <translation>Forderungen zu Beginn</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Countback DSO</source>
        <translation>Countback-DSO</translation>
    </message>
    <message>
        <source>Best-possible DSO</source>
        <translation>Bestmögliche DSO</translation>
    </message>
    <message>
        <source>Average days delinquent</source>
        <translation>Durchschnittliche Verzugstage</translation>
    </message>
    <message>
        <source>CEI %</source>
        <translation>CEI %</translation>
    </message>
    <message>
        <source>% current</source>
        <translation>% nicht fällig</translation>
    </message>
    <message>
        <source>% over 90 days</source>
        <translation>% über 90 Tage</translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation>Durchschnittliche Zahlungsdauer (Tage)</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>Durchschnittlicher Verzug (Tage)</translation>
    </message>
    <message>
        <source>Promises kept % (count)</source>
        <translation>Eingehaltene Zahlungszusagen % (Anzahl)</translation>
    </message>
    <message>
        <source>Promises kept % (amount)</source>
        <translation>Eingehaltene Zahlungszusagen % (Betrag)</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Zeitraum (Tage)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>due date: %1 is before the issue date %2</source>
        <translation>Fälligkeitsdatum: %1 liegt vor dem Rechnungsdatum %2</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>amount: %1 must be positive</source>
        <translation>Betrag: %1 muss positiv sein</translation>
    </message>
    <message>
        <source>balance: larger than the amount</source>
        <translation>Saldo: größer als der Betrag</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
</context>
<context>
    <name>InvoiceDocumentService</name>
    <message>
        <source>folder: &quot;%1&quot; is not a folder that can be read</source>
        <translation>Ordner: „%1“ ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>invoice %1 has no document attached</source>
        <translation>An Rechnung %1 hängt kein Dokument</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain has no secret for %1</source>
        <translation>Der Schlüsselbund hat kein Geheimnis für %1</translation>
    </message>
    <message>
        <source>the keychain refused access to the secret for %1: %2</source>
        <translation>Der Schlüsselbund verweigerte den Zugriff auf das Geheimnis für %1: %2</translation>
    </message>
    <message>
        <source>no keychain is available (%1); set ARDESK_SMTP_PASSWORD for headless runs</source>
        <translation>Kein Schlüsselbund verfügbar (%1); setzen Sie ARDESK_SMTP_PASSWORD für Läufe ohne Bildschirm</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time (is it locked?)</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>KpiQuery</name>
    <message>
        <source>period: %1 is not a number of days (1 or more)</source>
        <translation>Zeitraum: %1 ist keine Anzahl Tage (1 oder mehr)</translation>
    </message>
    <message>
        <source>as of: not a valid date</source>
        <translation>Stichtag: kein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>LedgerService</name>
    <message>
        <source>invoice: the named invoice is not open for this client in %1</source>
        <translation>Rechnung: Die genannte Rechnung ist für diesen Kunden in %1 nicht offen</translation>
    </message>
    <message>
        <source>allocation: the same invoice is named twice</source>
        <translation>Zuordnung: Dieselbe Rechnung ist zweimal genannt</translation>
    </message>
    <message>
        <source>reason: say why the payment is voided</source>
        <translation>Grund: Geben Sie an, warum die Zahlung storniert wird</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>payment %1 was already voided on %2</source>
        <translation>Zahlung %1 wurde bereits am %2 storniert</translation>
    </message>
    <message>
        <source>client: an invoice cannot move to another client; credit it and issue a new one</source>
        <translation>Kunde: Eine Rechnung kann nicht zu einem anderen Kunden wechseln; schreiben Sie ihr eine Gutschrift und stellen Sie eine neue aus</translation>
    </message>
    <message>
        <source>reason: is required</source>
        <translation>Grund: ist erforderlich</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>invoice %1 has nothing open</source>
        <translation>Rechnung %1 hat nichts offen</translation>
    </message>
    <message>
        <source>date: %1 is before the invoice&apos;s issue date %2</source>
        <translation>Datum: %1 liegt vor dem Rechnungsdatum %2</translation>
    </message>
    <message>
        <source>amount: %1 is not in the currency of invoice %2 (%3)</source>
        <translation>Betrag: %1 ist nicht in der Währung von Rechnung %2 (%3)</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>keine Währung</translation>
    </message>
    <message>
        <source>amount: %1 is not between 0 and the open balance %2 of invoice %3</source>
        <translation>Betrag: %1 liegt nicht zwischen 0 und dem offenen Saldo %2 von Rechnung %3</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>contains a control character (line breaks and other control characters are not allowed here)</source>
        <translation>enthält ein Steuerzeichen (Zeilenumbrüche und andere Steuerzeichen sind hier nicht erlaubt)</translation>
    </message>
    <message>
        <source>%1: an e-mail address is required</source>
        <translation>%1: Eine E-Mail-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@domain)</source>
        <translation>ist keine E-Mail-Adresse (name@domain)</translation>
    </message>
    <message>
        <source>has a local part longer than %1 characters</source>
        <translation>hat einen lokalen Teil mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>has a misplaced dot before the @</source>
        <translation>hat einen falsch platzierten Punkt vor dem @</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;, which is not allowed before the @</source>
        <translation>enthält &apos;%1&apos;, das vor dem @ nicht erlaubt ist</translation>
    </message>
    <message>
        <source>has a domain that is not a valid host name</source>
        <translation>hat eine Domain, die kein gültiger Hostname ist</translation>
    </message>
    <message>
        <source>has a domain longer than %1 characters</source>
        <translation>hat eine Domain mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>has no domain with a dot after the @</source>
        <translation>hat nach dem @ keine Domain mit Punkt</translation>
    </message>
    <message>
        <source>has an invalid domain part &quot;%1&quot;</source>
        <translation>hat einen ungültigen Domainteil „%1“</translation>
    </message>
    <message>
        <source>has an invalid top-level domain</source>
        <translation>hat eine ungültige Top-Level-Domain</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>is too long for a display name</source>
        <translation>ist zu lang für einen Anzeigenamen</translation>
    </message>
    <message>
        <source>has a &apos;&gt;&apos; without a &apos;&lt;&apos;</source>
        <translation>hat ein &apos;&gt;&apos; ohne &apos;&lt;&apos;</translation>
    </message>
</context>
<context>
    <name>MailContext</name>
    <message>
        <source>contact: %1 is not a contact of client %2</source>
        <translation>Kontakt: %1 ist kein Kontakt des Kunden %2</translation>
    </message>
    <message>
        <source>invoices: invoice id %1 does not belong to client %2</source>
        <translation>Rechnungen: Rechnungs-ID %1 gehört nicht zu Kunde %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>call: note %1 is not a note of client %2</source>
        <translation>Anruf: Notiz %1 ist keine Notiz des Kunden %2</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>marked do not contact</source>
        <translation>als „nicht kontaktieren“ markiert</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>template: no e-mail template &quot;%1&quot; (there are: %2)</source>
        <translation>Vorlage: Keine E-Mail-Vorlage „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>E-mail sent: %1</source>
        <translation>E-Mail gesendet: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Message-ID: &lt;%1&gt;</source>
        <translation>Message-ID: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>e-mail is not set up: no sender address (settings smtp --from)</source>
        <translation>E-Mail ist nicht eingerichtet: keine Absenderadresse (settings smtp --from)</translation>
    </message>
    <message>
        <source>%1 has no billing contact</source>
        <translation>%1 hat keinen Rechnungskontakt</translation>
    </message>
    <message>
        <source>to: choose at least one contact</source>
        <translation>An: Wählen Sie mindestens einen Kontakt</translation>
    </message>
    <message>
        <source>to: contact %1 is not a contact of %2</source>
        <translation>An: Kontakt %1 ist kein Kontakt von %2</translation>
    </message>
    <message>
        <source>cc: contact %1 is not a contact of %2</source>
        <translation>Cc: Kontakt %1 ist kein Kontakt von %2</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be e-mailed: %3</source>
        <translation>%1 (%2) kann keine E-Mail erhalten: %3</translation>
    </message>
    <message>
        <source>%1 has no usable recipient (%2)</source>
        <translation>%1 hat keinen brauchbaren Empfänger (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: unknown variable(s): %2</source>
        <translation>
            <numerusform>%1: unbekannte Variable: %2</numerusform>
            <numerusform>%1: unbekannte Variablen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>contact %1 no longer exists</source>
        <translation>Kontakt %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>to: %1 is not one of the client&apos;s contacts that may be e-mailed</source>
        <translation>An: %1 ist keiner der Kontakte des Kunden, die E-Mails erhalten dürfen</translation>
    </message>
    <message>
        <source>Sent despite: %1 — reason: %2</source>
        <translation>Trotz „%1“ gesendet — Grund: %2</translation>
    </message>
    <message>
        <source>ARDesk test message</source>
        <translation>ARDesk-Testnachricht</translation>
    </message>
    <message>
        <source>This is a test message from ARDesk. Your SMTP settings work: %1 via %2 port %3 (%4).</source>
        <translation>Dies ist eine Testnachricht von ARDesk. Ihre SMTP-Einstellungen funktionieren: %1 über %2 Port %3 (%4).</translation>
    </message>
    <message>
        <source>client: no client with id %1</source>
        <translation>Kunde: Kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <source>%1 to %2: not sent: %3</source>
        <translation>%1 an %2: nicht gesendet: %3</translation>
    </message>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation>Kontoauszug %1 %2.pdf</translation>
    </message>
    <message>
        <source>note %1: a recap follows a call or meeting, not a %2</source>
        <translation>Notiz %1: Eine Zusammenfassung folgt auf einen Anruf oder ein Treffen, nicht auf %2</translation>
    </message>
    <message>
        <source>note %1: the call names no contact of the client to send the recap to</source>
        <translation>Notiz %1: Der Anruf nennt keinen Kontakt des Kunden, an den die Zusammenfassung gehen kann</translation>
    </message>
    <message>
        <source>%1: not queued: %2</source>
        <translation>%1: nicht eingereiht: %2</translation>
    </message>
    <message>
        <source>%1: not queued: %2 (a manager may send it anyway, with a reason)</source>
        <translation>%1: nicht eingereiht: %2 (ein Manager kann sie mit Begründung trotzdem senden)</translation>
    </message>
    <message>
        <source>override: %1 is a %2; only a manager may send despite: %3</source>
        <translation>Übergehen: %1 ist %2; nur ein Manager darf trotz %3 senden</translation>
    </message>
    <message>
        <source>sent; the note could not be written: %1</source>
        <translation>Gesendet; die Notiz konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the daily limit of %1 messages is reached</source>
        <translation>Das Tageslimit von %1 Nachrichten ist erreicht</translation>
    </message>
    <message>
        <source>the limit of %1 messages per minute is reached</source>
        <translation>Das Limit von %1 Nachrichten pro Minute ist erreicht</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>Nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>outbox message %1 is %2: only a message whose delivery is unknown can be marked as sent by hand</source>
        <translation>Nachricht %1 im Postausgang ist %2: Nur eine Nachricht mit unbekannter Zustellung kann von Hand als gesendet markiert werden</translation>
    </message>
    <message>
        <source>delivery confirmed by %1 after checking the mailbox (the send was interrupted)</source>
        <translation>Zustellung von %1 nach Prüfung des Postfachs bestätigt (der Versand wurde unterbrochen)</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>a multipart part without a boundary</source>
        <translation>Ein Multipart-Teil ohne Boundary</translation>
    </message>
    <message>
        <source>from: a sender address is required</source>
        <translation>Von: Eine Absenderadresse ist erforderlich</translation>
    </message>
    <message>
        <source>to: at least one recipient is required</source>
        <translation>An: Mindestens ein Empfänger ist erforderlich</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>subject: is required</source>
        <translation>Betreff: ist erforderlich</translation>
    </message>
    <message>
        <source>subject: longer than %1 characters</source>
        <translation>Betreff: länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>message id: &quot;%1&quot; is not a valid Message-ID</source>
        <translation>Message-ID: „%1“ ist keine gültige Message-ID</translation>
    </message>
    <message>
        <source>attachment name</source>
        <translation>Name des Anhangs</translation>
    </message>
    <message>
        <source>attachment name: is required</source>
        <translation>Name des Anhangs: ist erforderlich</translation>
    </message>
    <message>
        <source>attachment name: &quot;%1&quot; must be a file name, not a path</source>
        <translation>Name des Anhangs: „%1“ muss ein Dateiname sein, kein Pfad</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the currency %1 does not match %2</source>
        <translation>Die Währung %1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>the digit grouping is wrong</source>
        <translation>Die Zifferngruppierung ist falsch</translation>
    </message>
    <message>
        <source>it has more than one decimal separator &apos;%1&apos;</source>
        <translation>Es enthält mehr als ein Dezimaltrennzeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>Unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a separator &apos;%1&apos; follows the decimal separator &apos;%2&apos;</source>
        <translation>Ein Trennzeichen &apos;%1&apos; folgt auf das Dezimaltrennzeichen &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it mixes the separators &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>Es mischt die Trennzeichen &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no minor unit</source>
        <translation>%1 hat keine Untereinheit</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n decimal place(s)</source>
        <translation>
            <numerusform>%1 hat %n Nachkommastelle</numerusform>
            <numerusform>%1 hat %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>Unbekannte Währung „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 amount: %3</source>
        <translation>„%1“ ist kein gültiger Betrag in %2: %3</translation>
    </message>
    <message>
        <source>no currency given for &quot;%1&quot;</source>
        <translation>Keine Währung für „%1“ angegeben</translation>
    </message>
    <message>
        <source>the decimal separator must be &apos;.&apos; or &apos;,&apos;</source>
        <translation>Das Dezimaltrennzeichen muss &apos;.&apos; oder &apos;,&apos; sein</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>Es ist leer</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>Es enthält keine Ziffern</translation>
    </message>
    <message>
        <source>no digits after the decimal separator</source>
        <translation>Keine Ziffern nach dem Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>Es ist zu groß</translation>
    </message>
    <message>
        <source>cannot add an amount without a currency</source>
        <translation>Ein Betrag ohne Währung kann nicht addiert werden</translation>
    </message>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>%1 kann nicht zu %2 addiert werden</translation>
    </message>
    <message>
        <source>the sum is too large</source>
        <translation>Die Summe ist zu groß</translation>
    </message>
    <message>
        <source>cannot subtract an amount without a currency</source>
        <translation>Ein Betrag ohne Währung kann nicht subtrahiert werden</translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2</source>
        <translation>%1 kann nicht von %2 subtrahiert werden</translation>
    </message>
    <message>
        <source>the difference is too large</source>
        <translation>Die Differenz ist zu groß</translation>
    </message>
    <message>
        <source>an amount without a currency</source>
        <translation>ein Betrag ohne Währung</translation>
    </message>
    <message>
        <source>the %1 total is too large</source>
        <translation>Die Summe in %1 ist zu groß</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>Auf Mailbox gesprochen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>client: a note belongs to a client</source>
        <translation>Kunde: Eine Notiz gehört zu einem Kunden</translation>
    </message>
    <message>
        <source>text: is required</source>
        <translation>Text: ist erforderlich</translation>
    </message>
    <message>
        <source>text: longer than 100,000 characters</source>
        <translation>Text: länger als 100.000 Zeichen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>occurred at: is required</source>
        <translation>Zeitpunkt: ist erforderlich</translation>
    </message>
    <message>
        <source>outcome and next contact: a %1 note needs an outcome, and a next contact date or &quot;no follow-up needed&quot;</source>
        <translation>Ergebnis und nächster Kontakt: Eine Notiz vom Typ %1 braucht ein Ergebnis und ein Datum für den nächsten Kontakt oder „keine Wiedervorlage nötig“</translation>
    </message>
    <message>
        <source>outcome: a %1 note needs an outcome</source>
        <translation>Ergebnis: Eine Notiz vom Typ %1 braucht ein Ergebnis</translation>
    </message>
    <message>
        <source>next contact: set a date or choose &quot;no follow-up needed&quot;</source>
        <translation>Nächster Kontakt: Setzen Sie ein Datum oder wählen Sie „keine Wiedervorlage nötig“</translation>
    </message>
    <message>
        <source>next contact</source>
        <translation>Nächster Kontakt</translation>
    </message>
</context>
<context>
    <name>NoteDraft</name>
    <message>
        <source>the draft cannot be read: %1</source>
        <translation>Der Entwurf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>NoteDraftService</name>
    <message>
        <source>a draft needs the client it is about</source>
        <translation>Ein Entwurf braucht den Kunden, um den es geht</translation>
    </message>
    <message>
        <source>a draft needs the user who writes it</source>
        <translation>Ein Entwurf braucht den Benutzer, der ihn schreibt</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>client: no client with id %1</source>
        <translation>Kunde: Kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <source>invoices: no invoice &quot;%1&quot;</source>
        <translation>Rechnungen: Keine Rechnung „%1“</translation>
    </message>
    <message>
        <source>invoices: invoice %1 does not belong to client %2</source>
        <translation>Rechnungen: Rechnung %1 gehört nicht zu Kunde %2</translation>
    </message>
    <message>
        <source>author: no user with id %1</source>
        <translation>Verfasser: Kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>occurred at: %1 is in the future; a note records what already happened</source>
        <translation>Zeitpunkt: %1 liegt in der Zukunft; eine Notiz hält fest, was bereits geschehen ist</translation>
    </message>
    <message>
        <source>next contact: choose a date or &quot;no follow-up needed&quot;, not both</source>
        <translation>Nächster Kontakt: Wählen Sie ein Datum oder „keine Wiedervorlage nötig“, nicht beides</translation>
    </message>
    <message>
        <source>contact: no contact %1</source>
        <translation>Kontakt: Kein Kontakt %1</translation>
    </message>
    <message>
        <source>contact: %1 is not a contact of client %2</source>
        <translation>Kontakt: %1 ist kein Kontakt des Kunden %2</translation>
    </message>
    <message>
        <source>invoices: no invoice with id %1</source>
        <translation>Rechnungen: Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <source>invoices: invoice id %1 does not belong to client %2</source>
        <translation>Rechnungen: Rechnungs-ID %1 gehört nicht zu Kunde %2</translation>
    </message>
    <message>
        <source>date: the promised date %1 is before the conversation (%2)</source>
        <translation>Datum: Das zugesagte Datum %1 liegt vor dem Gespräch (%2)</translation>
    </message>
    <message>
        <source>invoices: name the disputed invoices</source>
        <translation>Rechnungen: Nennen Sie die strittigen Rechnungen</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; needs this field to record it</source>
        <translation>%1: Die Vorlage „%2“ braucht dieses Feld, um es zu erfassen</translation>
    </message>
    <message>
        <source>fields: structured fields need a note template</source>
        <translation>Felder: Strukturierte Felder brauchen eine Notizvorlage</translation>
    </message>
    <message>
        <source>template: no note template &quot;%1&quot;</source>
        <translation>Vorlage: Keine Notizvorlage „%1“</translation>
    </message>
    <message>
        <source>template: &quot;%1&quot; is not a note template</source>
        <translation>Vorlage: „%1“ ist keine Notizvorlage</translation>
    </message>
    <message>
        <source>Follow up (%1 of %2)</source>
        <translation>Wiedervorlage (%1 von %2)</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <source>note %1 was deleted (%2); a deleted note cannot be changed</source>
        <translation>Notiz %1 wurde gelöscht (%2); eine gelöschte Notiz kann nicht geändert werden</translation>
    </message>
    <message>
        <source>note %1 was changed by %2 at %3 (it is now at revision %4; you edited revision %5). Reload it and make your change again.</source>
        <translation>Notiz %1 wurde von %2 um %3 geändert (sie ist jetzt in Revision %4; Sie haben Revision %5 bearbeitet). Laden Sie sie neu und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>reason: say why the note is deleted</source>
        <translation>Grund: Geben Sie an, warum die Notiz gelöscht wird</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>note %1 is already deleted (%2)</source>
        <translation>Notiz %1 ist bereits gelöscht (%2)</translation>
    </message>
    <message>
        <source>no note %1</source>
        <translation>Keine Notiz %1</translation>
    </message>
</context>
<context>
    <name>NoteTemplate</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date (%3 or YYYY-MM-DD)</source>
        <translation>%1: „%2“ ist kein Datum (%3 oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be more than zero</source>
        <translation>%1: „%2“ muss größer als null sein</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; must be lower-case letters, digits and dashes</source>
        <translation>Schlüssel: „%1“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>fields: &quot;%1&quot; is not a valid field key</source>
        <translation>Felder: „%1“ ist kein gültiger Feldschlüssel</translation>
    </message>
    <message>
        <source>fields: &quot;%1&quot; appears twice</source>
        <translation>Felder: „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>fields: &quot;%1&quot; needs a label</source>
        <translation>Felder: „%1“ braucht eine Beschriftung</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; has no such field (it has: %3)</source>
        <translation>%1: Die Vorlage „%2“ hat kein solches Feld (sie hat: %3)</translation>
    </message>
    <message>
        <source>%1: is required (%2)</source>
        <translation>%1: ist erforderlich (%2)</translation>
    </message>
    <message>
        <source>%1: longer than 2,000 characters</source>
        <translation>%1: länger als 2.000 Zeichen</translation>
    </message>
    <message>
        <source>%1: name at least one invoice</source>
        <translation>%1: Nennen Sie mindestens eine Rechnung</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not AMOUNT:YYYY-MM-DD</source>
        <translation>%1: „%2“ ist nicht BETRAG:JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1: every installment must be in %2</source>
        <translation>%1: Jede Rate muss in %2 sein</translation>
    </message>
    <message>
        <source>%1: dates must be in order, each after the one before</source>
        <translation>%1: Die Daten müssen in Reihenfolge sein, jedes nach dem vorherigen</translation>
    </message>
    <message>
        <source>%1: give at least one installment as AMOUNT:YYYY-MM-DD</source>
        <translation>%1: Geben Sie mindestens eine Rate als BETRAG:JJJJ-MM-TT an</translation>
    </message>
    <message>
        <source>fields: not a JSON list of field definitions (%1)</source>
        <translation>Felder: keine JSON-Liste von Felddefinitionen (%1)</translation>
    </message>
    <message>
        <source>fields: &quot;%1&quot; has an unknown type &quot;%2&quot;</source>
        <translation>Felder: „%1“ hat einen unbekannten Typ „%2“</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox message %1 is %2; it cannot be %3</source>
        <translation>Nachricht %1 im Postausgang ist %2; sie kann nicht %3 werden</translation>
    </message>
    <message>
        <source>marked sent</source>
        <translation>als gesendet markiert</translation>
    </message>
    <message>
        <source>marked failed</source>
        <translation>als fehlgeschlagen markiert</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>marked unknown</source>
        <translation>als unbekannt markiert</translation>
    </message>
    <message>
        <source>put back in the queue</source>
        <translation>wieder in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>the program stopped while this message was being sent; it may or may not have been delivered (check with the recipient, then retry or cancel it)</source>
        <translation>Das Programm wurde beendet, während diese Nachricht gesendet wurde; sie wurde vielleicht zugestellt, vielleicht nicht (fragen Sie beim Empfänger nach, dann erneut senden oder abbrechen)</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>erneut versucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>OutboxReminderMailer</name>
    <message>
        <source>no contact that may be e-mailed</source>
        <translation>Kein Kontakt, der E-Mails erhalten darf</translation>
    </message>
</context>
<context>
    <name>PauseRepository</name>
    <message>
        <source>client: no client with id %1</source>
        <translation>Kunde: Kein Kunde mit der ID %1</translation>
    </message>
</context>
<context>
    <name>PauseService</name>
    <message>
        <source>until: not a date</source>
        <translation>Bis: kein Datum</translation>
    </message>
    <message>
        <source>reason: say why reminders pause</source>
        <translation>Grund: Geben Sie an, warum die Mahnungen pausieren</translation>
    </message>
    <message>
        <source>invoice: no invoice with id %1</source>
        <translation>Rechnung: Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <source>Reminders paused for invoice %1 until %2: %3</source>
        <translation>Mahnungen für Rechnung %1 pausiert bis %2: %3</translation>
    </message>
    <message>
        <source>Reminders paused for the client until %1: %2</source>
        <translation>Mahnungen für den Kunden pausiert bis %1: %2</translation>
    </message>
    <message>
        <source>Reminders resumed for the invoice.</source>
        <translation>Mahnungen für die Rechnung fortgesetzt.</translation>
    </message>
    <message>
        <source>Reminders resumed for the invoice: %1</source>
        <translation>Mahnungen für die Rechnung fortgesetzt: %1</translation>
    </message>
    <message>
        <source>Reminders resumed for the client.</source>
        <translation>Mahnungen für den Kunden fortgesetzt.</translation>
    </message>
    <message>
        <source>Reminders resumed for the client: %1</source>
        <translation>Mahnungen für den Kunden fortgesetzt: %1</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Check</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>ACH / wire</source>
        <translation>Lastschrift / Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>Zahlungsdatum</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>amount: %1 must be positive</source>
        <translation>Betrag: %1 muss positiv sein</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>allocation: must be positive</source>
        <translation>Zuordnung: muss positiv sein</translation>
    </message>
    <message>
        <source>allocations: %1 allocated is more than the payment %2</source>
        <translation>Zuordnungen: %1 zugeordnet ist mehr als die Zahlung %2</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>allocation: invoice %1 belongs to another client or currency</source>
        <translation>Zuordnung: Rechnung %1 gehört zu einem anderen Kunden oder einer anderen Währung</translation>
    </message>
    <message>
        <source>allocation: %1 is more than the open balance %2 of invoice %3</source>
        <translation>Zuordnung: %1 ist mehr als der offene Saldo %2 von Rechnung %3</translation>
    </message>
    <message>
        <source>no payment %1</source>
        <translation>Keine Zahlung %1</translation>
    </message>
    <message>
        <source>payment %1 is already void or was removed</source>
        <translation>Zahlung %1 ist bereits storniert oder wurde entfernt</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>could not prepare the PDF in memory</source>
        <translation>Das PDF konnte nicht im Speicher vorbereitet werden</translation>
    </message>
    <message>
        <source>could not start writing the PDF</source>
        <translation>Das Schreiben des PDF konnte nicht beginnen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>Das PDF konnte nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the %1 role</source>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <source>the %1 or %2 role</source>
        <translation>die Rolle %1 oder %2</translation>
    </message>
    <message>
        <source>has no role</source>
        <translation>hat keine Rolle</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source>is %1 and %2</source>
        <translation>ist %1 und %2</translation>
    </message>
    <message>
        <source>Reading the company file</source>
        <translation>Lesen der Firmendatei</translation>
    </message>
    <message>
        <source>Logging a note</source>
        <translation>Erfassen einer Notiz</translation>
    </message>
    <message>
        <source>Logging or changing a note for someone else</source>
        <translation>Erfassen oder Ändern einer Notiz für jemand anderen</translation>
    </message>
    <message>
        <source>Sending e-mail</source>
        <translation>Senden von E-Mails</translation>
    </message>
    <message>
        <source>Changing clients and contacts</source>
        <translation>Ändern von Kunden und Kontakten</translation>
    </message>
    <message>
        <source>Changing invoices and payments</source>
        <translation>Ändern von Rechnungen und Zahlungen</translation>
    </message>
    <message>
        <source>Writing off an invoice</source>
        <translation>Ausbuchen einer Rechnung</translation>
    </message>
    <message>
        <source>Issuing a credit note</source>
        <translation>Ausstellen einer Gutschrift</translation>
    </message>
    <message>
        <source>Placing a credit hold</source>
        <translation>Setzen einer Kreditsperre</translation>
    </message>
    <message>
        <source>Releasing a credit hold</source>
        <translation>Aufheben einer Kreditsperre</translation>
    </message>
    <message>
        <source>Recording promises, disputes and payment plans</source>
        <translation>Erfassen von Zahlungszusagen, Streitfällen und Zahlungsplänen</translation>
    </message>
    <message>
        <source>Handling someone else&apos;s tasks</source>
        <translation>Bearbeiten der Aufgaben anderer</translation>
    </message>
    <message>
        <source>Pausing reminders</source>
        <translation>Pausieren von Mahnungen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Changing reminder policies, templates and queue weights</source>
        <translation>Ändern von Mahnrichtlinien, Vorlagen und Gewichten der Warteschlange</translation>
    </message>
    <message>
        <source>Reassigning clients and tasks</source>
        <translation>Neuzuweisen von Kunden und Aufgaben</translation>
    </message>
    <message>
        <source>Running the reminders for every client</source>
        <translation>Ausführen der Mahnungen für alle Kunden</translation>
    </message>
    <message>
        <source>Sending despite a guard rule</source>
        <translation>Senden trotz einer Schutzregel</translation>
    </message>
    <message>
        <source>Viewing the audit trail and reports</source>
        <translation>Einsehen von Änderungsprotokoll und Berichten</translation>
    </message>
    <message>
        <source>Managing users and roles</source>
        <translation>Verwalten von Benutzern und Rollen</translation>
    </message>
    <message>
        <source>Changing company and SMTP settings</source>
        <translation>Ändern der Firmen- und SMTP-Einstellungen</translation>
    </message>
    <message>
        <source>Backing up and restoring</source>
        <translation>Sichern und Wiederherstellen</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>Niemand ist angemeldet</translation>
    </message>
    <message>
        <source>%1 needs an active user; %2 is not active.</source>
        <translation>%1 erfordert einen aktiven Benutzer; %2 ist nicht aktiv.</translation>
    </message>
    <message>
        <source>%1 needs %2; %3.</source>
        <translation>%1 erfordert %2; %3.</translation>
    </message>
    <message>
        <source>%1 needs %2; %3 %4.</source>
        <translation>%1 erfordert %2; %3 %4.</translation>
    </message>
</context>
<context>
    <name>PhoneDialer</name>
    <message>
        <source>Calling %1 with %2</source>
        <translation>%1 wird mit %2 angerufen</translation>
    </message>
    <message>
        <source>The softphone command %1 could not be started</source>
        <translation>Der Softphone-Befehl %1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>No program on this computer handles phone links</source>
        <translation>Kein Programm auf diesem Computer verarbeitet Telefon-Links</translation>
    </message>
    <message>
        <source>%1: %2 is copied — paste it into your phone (a softphone can be set in File &gt; Preferences)</source>
        <translation>%1: %2 ist kopiert — fügen Sie sie in Ihr Telefon ein (ein Softphone lässt sich unter Datei &gt; Einstellungen festlegen)</translation>
    </message>
</context>
<context>
    <name>PhoneNumberParser</name>
    <message>
        <source> ext. %1</source>
        <translation> Durchwahl %1</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>name: a policy needs a name</source>
        <translation>Name: Eine Richtlinie braucht einen Namen</translation>
    </message>
    <message>
        <source>steps[%1].days_after_due: %2 is not from %3 to 3650</source>
        <translation>steps[%1].days_after_due: %2 liegt nicht zwischen %3 und 3650</translation>
    </message>
    <message>
        <source>steps[%1].template: an e-mail or statement step needs a template</source>
        <translation>steps[%1].template: Ein Schritt mit E-Mail oder Kontoauszug braucht eine Vorlage</translation>
    </message>
    <message>
        <source>policy step %1: unknown action &quot;%2&quot;</source>
        <translation>Richtlinienschritt %1: unbekannte Aktion „%2“</translation>
    </message>
    <message>
        <source>policy: no reminder policy named &quot;%1&quot;</source>
        <translation>Richtlinie: Keine Mahnrichtlinie namens „%1“</translation>
    </message>
    <message>
        <source>no client with id %1</source>
        <translation>Kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <source>no reminder policy with id %1</source>
        <translation>Keine Mahnrichtlinie mit der ID %1</translation>
    </message>
    <message>
        <source>name: a policy named &quot;%1&quot; exists already</source>
        <translation>Name: Eine Richtlinie namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>the policy &quot;%1&quot; was changed by someone else: reload it</source>
        <translation>Die Richtlinie „%1“ wurde von jemand anderem geändert: Laden Sie sie neu</translation>
    </message>
    <message>
        <source>steps: the step at +%1 (%2) was already taken for %3 and cannot be removed; change its days instead</source>
        <translation>Schritte: Der Schritt bei +%1 (%2) wurde für %3 bereits ausgeführt und kann nicht entfernt werden; ändern Sie stattdessen seine Tage</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>steps[%1]: step %2 is not a step of this policy</source>
        <translation>steps[%1]: Schritt %2 ist kein Schritt dieser Richtlinie</translation>
    </message>
</context>
<context>
    <name>PriorityScore</name>
    <message>
        <source>amount %1 + days %2 + promises %3 + contact %4 + limit %5</source>
        <translation>Betrag %1 + Tage %2 + Zusagen %3 + Kontakt %4 + Limit %5</translation>
    </message>
</context>
<context>
    <name>PriorityWeights</name>
    <message>
        <source>weights: &quot;%1&quot; is not a weight (the weights are %2)</source>
        <translation>Gewichte: „%1“ ist kein Gewicht (die Gewichte sind %2)</translation>
    </message>
    <message>
        <source>weights: %1 = %2 is not between 0 and 100</source>
        <translation>Gewichte: %1 = %2 liegt nicht zwischen 0 und 100</translation>
    </message>
    <message>
        <source>weights: they add up to %1, not 100</source>
        <translation>Gewichte: Die Summe ist %1, nicht 100</translation>
    </message>
    <message>
        <source>weights: %1 must be a whole number</source>
        <translation>Gewichte: %1 muss eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Teilweise eingehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>RecordChain</name>
    <message>
        <source>the record chain is only appended inside a write transaction</source>
        <translation>An die Protokollkette wird nur innerhalb einer Schreibtransaktion angehängt</translation>
    </message>
</context>
<context>
    <name>RecordVerifier</name>
    <message>
        <source>the file header is damaged: %1</source>
        <translation>Der Dateikopf ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot open %1 for checking: %2</source>
        <translation>%1 kann nicht zur Prüfung geöffnet werden: %2</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Integritätsprüfung von SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>Integritätsprüfung von SQLite fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1 Zeile %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>foreign key check failed: %1</source>
        <translation>Fremdschlüsselprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the append-only rule %1 of the team database was dropped: %2 can be changed without the database refusing it</source>
        <translation>Die Nur-Anhängen-Regel %1 der Teamdatenbank wurde entfernt: %2 kann geändert werden, ohne dass die Datenbank es verweigert</translation>
    </message>
    <message>
        <source>the append-only rule %1 of the team database is disabled: %2 can be changed without the database refusing it</source>
        <translation>Die Nur-Anhängen-Regel %1 der Teamdatenbank ist deaktiviert: %2 kann geändert werden, ohne dass die Datenbank es verweigert</translation>
    </message>
    <message>
        <source>record chain entry %1 says it is in canonical form %2, which this version of ARDesk does not know (form was altered, or a newer ARDesk wrote it)</source>
        <translation>Eintrag %1 der Protokollkette gibt die kanonische Form %2 an, die diese Version von ARDesk nicht kennt (die Form wurde verändert, oder ein neueres ARDesk hat ihn geschrieben)</translation>
    </message>
    <message>
        <source>record chain entry %1 is in canonical form %2 after entries in form %3: ARDesk never writes an older form after a newer one (the entry was relabelled or written outside ARDesk)</source>
        <translation>Eintrag %1 der Protokollkette hat die kanonische Form %2 nach Einträgen in Form %3: ARDesk schreibt nie eine ältere Form nach einer neueren (der Eintrag wurde umbenannt oder außerhalb von ARDesk geschrieben)</translation>
    </message>
    <message>
        <source>note %1 revision 1 (chain entry %2): the note row&apos;s %3 no longer matches the chained first revision (the note row was altered)</source>
        <translation>Notiz %1 Revision 1 (Ketteneintrag %2): %3 der Notizzeile passt nicht mehr zur verketteten ersten Revision (die Notizzeile wurde verändert)</translation>
    </message>
    <message>
        <source>record chain: entries %1 to %2 are missing (deleted)</source>
        <translation>Protokollkette: Die Einträge %1 bis %2 fehlen (gelöscht)</translation>
    </message>
    <message>
        <source>note %1: %2 %3 (chain entry %4): the hash stored in the record chain was altered (the entry&apos;s data is intact)</source>
        <translation>Notiz %1: %2 %3 (Ketteneintrag %4): Der in der Protokollkette gespeicherte Hash wurde verändert (die Daten des Eintrags sind intakt)</translation>
    </message>
    <message>
        <source>record chain entry %1: its previous hash does not match entry %2 (the chain was cut or rewritten)</source>
        <translation>Eintrag %1 der Protokollkette: Sein vorheriger Hash passt nicht zu Eintrag %2 (die Kette wurde unterbrochen oder umgeschrieben)</translation>
    </message>
    <message>
        <source>record chain entry %1 has an unknown kind &quot;%2&quot;</source>
        <translation>Eintrag %1 der Protokollkette hat eine unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>record chain entry %1: %2 %3 is missing from the file (deleted)</source>
        <translation>Eintrag %1 der Protokollkette: %2 %3 fehlt in der Datei (gelöscht)</translation>
    </message>
    <message>
        <source>note %1 %2: the structured fields are not valid JSON (fields_json was altered)</source>
        <translation>Notiz %1 %2: Die strukturierten Felder sind kein gültiges JSON (fields_json wurde verändert)</translation>
    </message>
    <message>
        <source>note %1 %2: the note row is missing (deleted)</source>
        <translation>Notiz %1 %2: Die Notizzeile fehlt (gelöscht)</translation>
    </message>
    <message>
        <source>note %1 %2: fields differ from the hash chain (fields_json was rewritten)</source>
        <translation>Notiz %1 %2: Die Felder weichen von der Hash-Kette ab (fields_json wurde umgeschrieben)</translation>
    </message>
    <message>
        <source>the stored %1 differs from the hash chain</source>
        <translation>Der gespeicherte Wert %1 weicht von der Hash-Kette ab</translation>
    </message>
    <message>
        <source>%1 differs from the hash chain</source>
        <translation>%1 weicht von der Hash-Kette ab</translation>
    </message>
    <message>
        <source>%1 differ from the hash chain</source>
        <translation>%1 weichen von der Hash-Kette ab</translation>
    </message>
    <message>
        <source>note %1 %2 (chain entry %3): %4</source>
        <translation>Notiz %1 %2 (Ketteneintrag %3): %4</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>tombstone</source>
        <translation>Löschvermerk</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>note %1: %2 %3 has no entry in the record chain (chain_seq %4): it was added outside ARDesk</source>
        <translation>Notiz %1: %2 %3 hat keinen Eintrag in der Protokollkette (chain_seq %4): Sie wurde außerhalb von ARDesk hinzugefügt</translation>
    </message>
    <message>
        <source>note %1 attachment %2: </source>
        <translation>Notiz %1 Anhang %2: </translation>
    </message>
    <message>
        <source>invoice %1 document: </source>
        <translation>Dokument zu Rechnung %1: </translation>
    </message>
    <message>
        <source>attachment content %1: its bytes hash to %2 (the content was changed)</source>
        <translation>Anhangsinhalt %1: Seine Bytes ergeben den Hash %2 (der Inhalt wurde geändert)</translation>
    </message>
    <message>
        <source>attachment content %1: size says %2 bytes, the content has %3</source>
        <translation>Anhangsinhalt %1: Die Größe gibt %2 Bytes an, der Inhalt hat %3</translation>
    </message>
    <message>
        <source>verify needs a company file or a team database</source>
        <translation>verify braucht eine Firmendatei oder eine Teamdatenbank</translation>
    </message>
    <message>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>SHA-256 ist nicht verfügbar (OpenSSL)</translation>
    </message>
    <message>
        <source>the recorded chain head %1 is not in the record chain: the chain was rewritten since it was recorded</source>
        <translation>Der erfasste Kettenkopf %1 ist nicht in der Protokollkette: Die Kette wurde seit seiner Erfassung umgeschrieben</translation>
    </message>
    <message>
        <source>Checking the record chain</source>
        <translation>Protokollkette wird geprüft</translation>
    </message>
    <message>
        <source>Checking attached files</source>
        <translation>Angehängte Dateien werden geprüft</translation>
    </message>
    <message>
        <source>verification cancelled — nothing concluded: the record was neither found intact nor altered</source>
        <translation>Prüfung abgebrochen — kein Ergebnis: Die Aufzeichnungen wurden weder als unversehrt noch als verändert befunden</translation>
    </message>
    <message>
        <source>Checking the file structure</source>
        <translation>Dateistruktur wird geprüft</translation>
    </message>
    <message>
        <source>the file&apos;s schema: %1</source>
        <translation>das Schema der Datei: %1</translation>
    </message>
    <message>
        <source>the record cannot be read: %1</source>
        <translation>der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>e-mail is not set up any more (File &gt; E-mail settings): nothing was done; run reminders again</source>
        <translation>E-Mail ist nicht mehr eingerichtet (Datei &gt; E-Mail-Einstellungen): Nichts wurde getan; führen Sie die Mahnungen erneut aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reminder policy &quot;%1&quot;: invoice %2 is %3 past due</source>
        <translation>Mahnrichtlinie „%1“: Rechnung %2 ist %3 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>invoice %1: another run recorded these steps already; run again to see what is left</source>
        <translation>Rechnung %1: Ein anderer Lauf hat diese Schritte bereits erfasst; führen Sie ihn erneut aus, um zu sehen, was übrig ist</translation>
    </message>
    <message>
        <source>e-mail is not configured</source>
        <translation>E-Mail ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>e-mail not queued: %1 since the plan was made; run reminders again</source>
        <translation>E-Mail nicht eingereiht: %1 seit der Planung; führen Sie die Mahnungen erneut aus</translation>
    </message>
    <message>
        <source>Reminder text, instead of an e-mail (prefers texts; +%1): %2</source>
        <translation>Mahnung per SMS statt E-Mail (bevorzugt SMS; +%1): %2</translation>
    </message>
    <message>
        <source>Reminder call, instead of an e-mail (prefers calls; +%1): %2</source>
        <translation>Mahnanruf statt E-Mail (bevorzugt Anrufe; +%1): %2</translation>
    </message>
    <message>
        <source>Reminder call (+%1): %2</source>
        <translation>Mahnanruf (+%1): %2</translation>
    </message>
    <message>
        <source>Escalation (+%1): %2</source>
        <translation>Eskalation (+%1): %2</translation>
    </message>
    <message>
        <source>Collections / legal review (+%1): %2</source>
        <translation>Prüfung Inkasso / Rechtsweg (+%1): %2</translation>
    </message>
    <message>
        <source>no client with id %1</source>
        <translation>Kein Kunde mit der ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n client(s) done</source>
        <translation>
            <numerusform>Abgebrochen: %n Kunde erledigt</numerusform>
            <numerusform>Abgebrochen: %n Kunden erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) not done (the next run takes them)</source>
        <translation>
            <numerusform>%n Kunde nicht erledigt (der nächste Lauf übernimmt ihn)</numerusform>
            <numerusform>%n Kunden nicht erledigt (der nächste Lauf übernimmt sie)</numerusform>
        </translation>
    </message>
    <message>
        <source>reminder run cancelled before any client was done: nothing was queued or recorded</source>
        <translation>Mahnlauf abgebrochen, bevor ein Kunde erledigt war: Nichts wurde eingereiht oder erfasst</translation>
    </message>
    <message>
        <source>Evaluating promises</source>
        <translation>Zahlungszusagen werden ausgewertet</translation>
    </message>
    <message>
        <source>Planning the reminders</source>
        <translation>Mahnungen werden geplant</translation>
    </message>
    <message>
        <source>Applying the reminders</source>
        <translation>Mahnungen werden ausgeführt</translation>
    </message>
    <message>
        <source>Only the clients assigned to you: a manager&apos;s run covers every client.</source>
        <translation>Nur die Ihnen zugewiesenen Kunden: der Lauf eines Managers umfasst alle Kunden.</translation>
    </message>
    <message>
        <source>%1 is not assigned to you: nothing was done.</source>
        <translation>%1 ist Ihnen nicht zugewiesen: es wurde nichts getan.</translation>
    </message>
</context>
<context>
    <name>RestoreRun</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the schema version cannot be read: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the schema cannot be read: %1</source>
        <translation>das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the record of the schema cannot be read: %1</source>
        <translation>die Aufzeichnung des Schemas kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the record of the schema is empty</source>
        <translation>die Aufzeichnung des Schemas ist leer</translation>
    </message>
    <message>
        <source>the definition of %1 %2 is not the one ARDesk wrote</source>
        <translation>die Definition von %1 %2 ist nicht die, die ARDesk geschrieben hat</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>%1 %2 fehlt</translation>
    </message>
    <message>
        <source>%1 %2 was not written by ARDesk</source>
        <translation>%1 %2 wurde nicht von ARDesk geschrieben</translation>
    </message>
</context>
<context>
    <name>SendGuard</name>
    <message>
        <source>nothing is owed (zero balance)</source>
        <translation>Nichts geschuldet (Saldo null)</translation>
    </message>
    <message>
        <source>nothing is overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>client paused until %1</source>
        <translation>Kunde pausiert bis %1</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every overdue invoice is held (%1)</source>
        <translation>Jede überfällige Rechnung ist zurückgehalten (%1)</translation>
    </message>
    <message>
        <source>%1 left out: disputed</source>
        <translation>%1 ausgelassen: strittig</translation>
    </message>
    <message>
        <source>the client asked not to be contacted</source>
        <translation>Der Kunde möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>contact cap %1/7 days reached (%2 sent or queued in the last 7 days)</source>
        <translation>Kontaktgrenze %1/7 Tage erreicht (%2 in den letzten 7 Tagen gesendet oder eingereiht)</translation>
    </message>
    <message>
        <source>the same message already went to this client today</source>
        <translation>Dieselbe Nachricht ging heute bereits an diesen Kunden</translation>
    </message>
</context>
<context>
    <name>SenderIdentity</name>
    <message>
        <source>e-mail of user %1</source>
        <translation>E-Mail von Benutzer %1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>password: empty; nothing was saved</source>
        <translation>Passwort: leer; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the password could not be stored in the keychain, so nothing was saved: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden, daher wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SmtpSecret</name>
    <message>
        <source>no SMTP %1 for %2: set %3 or store it in the keychain (E-mail settings, or settings smtp --password-stdin); %4</source>
        <translation>Kein SMTP-%1 für %2: Setzen Sie %3 oder speichern Sie es im Schlüsselbund (E-Mail-Einstellungen oder settings smtp --password-stdin); %4</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>host: the SMTP server is required</source>
        <translation>Host: Der SMTP-Server ist erforderlich</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>is not a host name or IP address</source>
        <translation>ist kein Hostname und keine IP-Adresse</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>is not a port number (1-65535)</source>
        <translation>ist keine Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>is only allowed to a loopback host (127.0.0.1, ::1, localhost), not to %1: use tls or starttls</source>
        <translation>ist nur zu einem Loopback-Host erlaubt (127.0.0.1, ::1, localhost), nicht zu %1: Verwenden Sie tls oder starttls</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>is longer than 256 characters</source>
        <translation>ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>reply-to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>from name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>rate per minute</source>
        <translation>Rate pro Minute</translation>
    </message>
    <message>
        <source>must be between 0 (no limit) and 100000</source>
        <translation>muss zwischen 0 (keine Grenze) und 100000 liegen</translation>
    </message>
    <message>
        <source>rate per day</source>
        <translation>Rate pro Tag</translation>
    </message>
    <message>
        <source>must be between 0 (no limit) and 10000000</source>
        <translation>muss zwischen 0 (keine Grenze) und 10000000 liegen</translation>
    </message>
    <message>
        <source>max attempts</source>
        <translation>Max. Versuche</translation>
    </message>
    <message>
        <source>must be between 1 and 50</source>
        <translation>muss zwischen 1 und 50 liegen</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>must be between 1 and 3600 seconds</source>
        <translation>muss zwischen 1 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not a number</source>
        <translation>Einstellung %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>setting smtp.security: &quot;%1&quot; is not one of tls, starttls, none</source>
        <translation>Einstellung smtp.security: „%1“ ist nicht tls, starttls oder none</translation>
    </message>
    <message>
        <source>setting smtp.auth: &quot;%1&quot; is not password or xoauth2</source>
        <translation>Einstellung smtp.auth: „%1“ ist nicht password oder xoauth2</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>the server refused the login for user &quot;%1&quot;</source>
        <translation>Der Server hat die Anmeldung für Benutzer „%1“ abgelehnt</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS; refusing to send in clear</source>
        <translation>Der Server bietet kein STARTTLS an; unverschlüsseltes Senden wird verweigert</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified for %1</source>
        <translation>Das Zertifikat des Servers konnte für %1 nicht überprüft werden</translation>
    </message>
    <message>
        <source>the CA file %1 could not be used</source>
        <translation>Die CA-Datei %1 konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>the host %1 could not be resolved</source>
        <translation>Der Host %1 konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>could not connect to %1 port %2</source>
        <translation>Keine Verbindung zu %1 Port %2</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the message was sent but the server&apos;s answer never came (%1)</source>
        <translation>Die Nachricht wurde gesendet, aber die Antwort des Servers kam nie (%1)</translation>
    </message>
    <message>
        <source>password: none given for the SMTP user &quot;%1&quot;</source>
        <translation>Passwort: keines für den SMTP-Benutzer „%1“ angegeben</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>Die Nachricht hat keine Empfänger</translation>
    </message>
    <message>
        <source>libcurl could not be initialised</source>
        <translation>libcurl konnte nicht initialisiert werden</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>closing the copy failed</source>
        <translation>Schließen der Kopie fehlgeschlagen</translation>
    </message>
    <message>
        <source>copying the company failed: %1</source>
        <translation>Kopieren der Firma fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a backup copies a SQLite company file; back up a team database with team export</source>
        <translation>Eine Sicherung kopiert eine SQLite-Firmendatei; eine Teamdatenbank sichern Sie mit team export</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot write %1 to disk</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>not a SQLite company file</source>
        <translation>Keine SQLite-Firmendatei</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: %1</source>
        <translation>Integritätsprüfung von SQLite fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>Integritätsprüfung von SQLite: %1</translation>
    </message>
    <message>
        <source>cannot write %1 (is the disk full or the folder read-only?)</source>
        <translation>%1 kann nicht geschrieben werden (ist der Datenträger voll oder der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <source>cannot keep %1 as %2</source>
        <translation>%1 kann nicht als %2 behalten werden</translation>
    </message>
    <message>
        <source>copying the company was cancelled</source>
        <translation>Das Kopieren der Firma wurde abgebrochen</translation>
    </message>
    <message>
        <source>Copying the company file</source>
        <translation>Firmendatei wird kopiert</translation>
    </message>
    <message>
        <source>Checking the file structure</source>
        <translation>Dateistruktur wird geprüft</translation>
    </message>
    <message>
        <source>the integrity check was cancelled</source>
        <translation>Die Integritätsprüfung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>SqliteHeader</name>
    <message>
        <source>the header does not start with &quot;SQLite format 3&quot;</source>
        <translation>Der Header beginnt nicht mit „SQLite format 3“</translation>
    </message>
    <message>
        <source>the page size %1 is not a power of two from 512 to 65536</source>
        <translation>Die Seitengröße %1 ist keine Zweierpotenz von 512 bis 65536</translation>
    </message>
    <message>
        <source>the file format version at byte %1 is %2 (1 or 2 expected)</source>
        <translation>Die Dateiformatversion an Byte %1 ist %2 (1 oder 2 erwartet)</translation>
    </message>
    <message>
        <source>%1 reserved bytes per page (ARDesk reserves none)</source>
        <translation>%1 reservierte Bytes pro Seite (ARDesk reserviert keine)</translation>
    </message>
    <message>
        <source>the payload fractions are %1/%2/%3 (64/32/32 expected)</source>
        <translation>Die Nutzlastanteile sind %1/%2/%3 (64/32/32 erwartet)</translation>
    </message>
    <message>
        <source>the schema format %1 is not 1 to 4</source>
        <translation>Das Schemaformat %1 liegt nicht zwischen 1 und 4</translation>
    </message>
    <message>
        <source>the text encoding %1 is not UTF-8 (1)</source>
        <translation>Die Textkodierung %1 ist nicht UTF-8 (1)</translation>
    </message>
    <message>
        <source>the auto-vacuum fields are %1 and %2 (ARDesk writes 0 and 0)</source>
        <translation>Die Auto-Vacuum-Felder sind %1 und %2 (ARDesk schreibt 0 und 0)</translation>
    </message>
    <message>
        <source>the reserved header byte %1 is not zero</source>
        <translation>Das reservierte Header-Byte %1 ist nicht null</translation>
    </message>
    <message>
        <source>the SQLite version number %1 is not one of SQLite 3</source>
        <translation>Die SQLite-Versionsnummer %1 gehört nicht zu SQLite 3</translation>
    </message>
    <message>
        <source>the file size %1 is not a whole number of %2-byte pages</source>
        <translation>Die Dateigröße %1 ist kein ganzzahliges Vielfaches von Seiten zu %2 Byte</translation>
    </message>
    <message>
        <source>the header counts %1 pages of %2 bytes, the file holds %3 bytes</source>
        <translation>Der Header zählt %1 Seiten zu %2 Byte, die Datei enthält %3 Byte</translation>
    </message>
    <message>
        <source>the free-page list (first page %1, %2 pages) does not fit the %3 pages of the file</source>
        <translation>Die Liste freier Seiten (erste Seite %1, %2 Seiten) passt nicht zu den %3 Seiten der Datei</translation>
    </message>
    <message numerus="yes">
        <source>the file is too short (%n byte(s)) to hold a SQLite header</source>
        <translation>
            <numerusform>Die Datei ist zu kurz (%n Byte) für einen SQLite-Header</numerusform>
            <numerusform>Die Datei ist zu kurz (%n Byte) für einen SQLite-Header</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>StatementData</name>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Nothing is open on %1.</source>
        <translation>Zum %1 ist nichts offen.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Total due (%1): %2</source>
        <translation>Fällig insgesamt (%1): %2</translation>
    </message>
    <message>
        <source>of which overdue: %1</source>
        <translation>davon überfällig: %1</translation>
    </message>
    <message>
        <source>Late payment</source>
        <translation>Zahlungsverzug</translation>
    </message>
    <message>
        <source>Early payment</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Zahlungshinweise</translation>
    </message>
    <message>
        <source>Statement of account — %1</source>
        <translation>Kontoauszug — %1</translation>
    </message>
    <message>
        <source>%1 · statement for %2 (%3) as of %4</source>
        <translation>%1 · Kontoauszug für %2 (%3), Stand %4</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <source>the tables&apos; references form a cycle; cannot order the copy</source>
        <translation>Die Verweise der Tabellen bilden einen Zyklus; die Kopierreihenfolge kann nicht bestimmt werden</translation>
    </message>
    <message>
        <source>the team database has no table %1 (is it at the same schema version as the company file?)</source>
        <translation>Die Teamdatenbank hat keine Tabelle %1 (hat sie dieselbe Schemaversion wie die Firmendatei?)</translation>
    </message>
    <message>
        <source>%1 only in the team database</source>
        <translation>%1 nur in der Teamdatenbank</translation>
    </message>
    <message>
        <source>%1 only in the company file</source>
        <translation>%1 nur in der Firmendatei</translation>
    </message>
    <message>
        <source>table %1 differs between the two schemas: %2</source>
        <translation>Tabelle %1 unterscheidet sich zwischen den beiden Schemas: %2</translation>
    </message>
    <message>
        <source>the copy into a team database needs a superuser login (it switches the triggers off while it loads): %1</source>
        <translation>Das Kopieren in eine Teamdatenbank braucht ein Superuser-Login (es schaltet die Trigger während des Ladens ab): %1</translation>
    </message>
    <message>
        <source>the company file and the team database do not have the same tables (%1): are they at the same schema version?</source>
        <translation>Firmendatei und Teamdatenbank haben nicht dieselben Tabellen (%1): Haben sie dieselbe Schemaversion?</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>Kopieren von %1: %2</translation>
    </message>
    <message>
        <source>no libpq connection to the team database</source>
        <translation>Keine libpq-Verbindung zur Teamdatenbank</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>no task with id %1</source>
        <translation>Keine Aufgabe mit der ID %1</translation>
    </message>
    <message>
        <source>task %1 is %2, not open</source>
        <translation>Aufgabe %1 ist %2, nicht offen</translation>
    </message>
    <message>
        <source>task %1 was changed by someone else: reload it</source>
        <translation>Aufgabe %1 wurde von jemand anderem geändert: bitte neu laden</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>title: a task needs a title</source>
        <translation>Titel: Eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>due date: a task needs a due date</source>
        <translation>Fälligkeit: Eine Aufgabe braucht ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>client: no client with id %1</source>
        <translation>Kunde: Kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <source>until: not a date</source>
        <translation>Bis: kein Datum</translation>
    </message>
    <message>
        <source>to: user %1 does not exist or is not active</source>
        <translation>An: Benutzer %1 existiert nicht oder ist nicht aktiv</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <source>the server asks for a password: type it in File &gt; Open team database… (tick &quot;Remember in the keychain&quot; to keep it there), or put it in PGPASSWORD or ~/.pgpass</source>
        <translation>der Server verlangt ein Passwort: geben Sie es unter Datei &gt; Teamdatenbank öffnen… ein (mit „Im Schlüsselbund merken“ wird es dort aufbewahrt) oder hinterlegen Sie es in PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>%1 is no team database address</source>
        <translation>%1 ist keine Adresse einer Teamdatenbank</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>cannot create the login %1: %2</source>
        <translation>Das Login %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot give the login %1 the role %2: %3</source>
        <translation>Dem Login %1 kann die Rolle %2 nicht gegeben werden: %3</translation>
    </message>
    <message>
        <source>creating a company in the team database %1 creates its group roles and their grants, which needs a superuser or a login with CREATEROLE that owns the database; the login %2 is neither (use `ardesk-cli team init`, run as a superuser); nothing was changed</source>
        <translation>eine Firma in der Teamdatenbank %1 anzulegen legt ihre Gruppenrollen und deren Rechte an; dazu braucht es einen Superuser oder eine Anmeldung mit CREATEROLE, der die Datenbank gehört; die Anmeldung %2 ist keines von beiden (verwenden Sie `ardesk-cli team init` als Superuser); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the team database %1 is at schema version %2 and this ARDesk needs version %3: the upgrade creates the group roles and their grants (version %4), which needs a superuser or the owner of the database&apos;s tables with CREATEROLE; the login %5 is neither. Have the administrator of the team database open it once with this ARDesk (or run `ardesk-cli --db … verify`) as such a login, then everyone can work again; nothing was changed</source>
        <translation>die Teamdatenbank %1 hat die Schemaversion %2, dieses ARDesk braucht Version %3: die Aktualisierung legt die Gruppenrollen und ihre Rechte an (Version %4); dazu braucht es einen Superuser oder den Eigentümer der Tabellen mit CREATEROLE; die Anmeldung %5 ist keines von beiden. Lassen Sie den Administrator der Teamdatenbank sie einmal mit diesem ARDesk als solche Anmeldung öffnen (oder `ardesk-cli --db … verify` ausführen), dann können alle wieder arbeiten; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1. The login %2 may not change the database&apos;s schema: upgrades of a team database are run by the owner of its tables (with CREATEROLE) or a superuser; have the administrator of the team database open it once with this ARDesk as such a login; nothing was changed</source>
        <translation>%1. Die Anmeldung %2 darf das Schema der Datenbank nicht ändern: Aktualisierungen einer Teamdatenbank führt der Eigentümer ihrer Tabellen (mit CREATEROLE) oder ein Superuser aus; lassen Sie den Administrator der Teamdatenbank sie einmal mit diesem ARDesk als solche Anmeldung öffnen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot set the password of the login %1: no connection to the team database</source>
        <translation>das Passwort der Anmeldung %1 kann nicht gesetzt werden: keine Verbindung zur Teamdatenbank</translation>
    </message>
    <message>
        <source>cannot set the password of the login %1: %2</source>
        <translation>das Passwort der Anmeldung %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot take the role %2 from the login %1: %3</source>
        <translation>der Anmeldung %1 kann die Rolle %2 nicht entzogen werden: %3</translation>
    </message>
    <message>
        <source>adding the user %1 to a team database creates its PostgreSQL login, and the login ARDesk is connected as (%2) may not create logins: it needs CREATEROLE (ALTER ROLE … CREATEROLE, given by a superuser) or to be a superuser; nothing was changed</source>
        <translation>den Benutzer %1 einer Teamdatenbank hinzuzufügen legt seine PostgreSQL-Anmeldung an, und die Anmeldung, mit der ARDesk verbunden ist (%2), darf keine Anmeldungen anlegen: sie braucht CREATEROLE (ALTER ROLE … CREATEROLE, von einem Superuser vergeben) oder muss Superuser sein; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>changing the roles of %1 in a team database changes its PostgreSQL login, and the login ARDesk is connected as (%2) may not: it needs CREATEROLE (ALTER ROLE … CREATEROLE, given by a superuser) or to be a superuser; nothing was changed</source>
        <translation>die Rollen von %1 in einer Teamdatenbank zu ändern ändert seine PostgreSQL-Anmeldung, und die Anmeldung, mit der ARDesk verbunden ist (%2), darf das nicht: sie braucht CREATEROLE (ALTER ROLE … CREATEROLE, von einem Superuser vergeben) oder muss Superuser sein; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>making %1 active or inactive in a team database decides whether its PostgreSQL login may connect (LOGIN or NOLOGIN), and the login ARDesk is connected as (%2) may not change that: it needs CREATEROLE (ALTER ROLE … CREATEROLE, given by a superuser) or to be a superuser; nothing was changed</source>
        <translation>ob %1 in einer Teamdatenbank aktiv oder inaktiv ist, entscheidet, ob sich sein PostgreSQL-Login verbinden darf (LOGIN oder NOLOGIN), und das Login, mit dem ARDesk verbunden ist (%2), darf das nicht ändern: es braucht CREATEROLE (ALTER ROLE … CREATEROLE, von einem Superuser vergeben) oder muss Superuser sein; nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of the login %1 stay connected until they end: the login ARDesk is connected as (%2) may not end them (that needs a superuser, or membership of pg_signal_backend); a superuser can end them with SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = &apos;%1&apos;</source>
        <translation>
            <numerusform>%n Sitzung des Logins %1 bleibt verbunden, bis sie endet: das Login, mit dem ARDesk verbunden ist (%2), darf sie nicht beenden (dazu braucht es einen Superuser oder die Mitgliedschaft in pg_signal_backend); ein Superuser beendet sie mit SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = &apos;%1&apos;</numerusform>
            <numerusform>%n Sitzungen des Logins %1 bleiben verbunden, bis sie enden: das Login, mit dem ARDesk verbunden ist (%2), darf sie nicht beenden (dazu braucht es einen Superuser oder die Mitgliedschaft in pg_signal_backend); ein Superuser beendet sie mit SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot let the login %1 connect again: %2</source>
        <translation>Das Login %1 kann nicht wieder freigegeben werden: %2</translation>
    </message>
    <message>
        <source>cannot stop the login %1 from connecting: %2</source>
        <translation>Das Login %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>the open sessions of the login %1 are ended only once its NOLOGIN is committed, and a transaction is still open here</source>
        <translation>die offenen Sitzungen des Logins %1 werden erst beendet, wenn sein NOLOGIN festgeschrieben ist, und hier ist noch eine Transaktion offen</translation>
    </message>
    <message>
        <source>cannot end the sessions of the login %1: %2</source>
        <translation>Die Sitzungen des Logins %1 können nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>Created the login %1 with the password given</source>
        <translation>Das Login %1 wurde mit dem angegebenen Passwort angelegt</translation>
    </message>
    <message>
        <source>Created the login %1 without a password</source>
        <translation>Das Login %1 wurde ohne Passwort angelegt</translation>
    </message>
    <message>
        <source>The login %1 existed on the server already: it keeps its password and now has the group roles of %2</source>
        <translation>Das Login %1 gab es auf dem Server schon: es behält sein Passwort und hat jetzt die Gruppenrollen von %2</translation>
    </message>
    <message>
        <source>The login %1 was given the group roles of %2</source>
        <translation>Das Login %1 hat die Gruppenrollen von %2 erhalten</translation>
    </message>
    <message>
        <source>The login %1 lost the group roles of %2</source>
        <translation>Das Login %1 hat die Gruppenrollen von %2 verloren</translation>
    </message>
    <message>
        <source>The login %1 may not connect to the server (NOLOGIN) while the user is inactive</source>
        <translation>Das Login %1 darf sich nicht mit dem Server verbinden (NOLOGIN), solange der Benutzer inaktiv ist</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n open session(s) of the login %1</source>
        <translation>
            <numerusform>%n offene Sitzung des Logins %1 wurde beendet</numerusform>
            <numerusform>%n offene Sitzungen des Logins %1 wurden beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The login %1 may connect to the server again</source>
        <translation>Das Login %1 darf sich wieder mit dem Server verbinden</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>%1 is not a team database address (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>%1 ist keine Adresse einer Teamdatenbank (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1 already holds an ARDesk company (schema version %2): %3 needs an empty database; nothing was changed</source>
        <translation>%1 enthält bereits eine ARDesk-Firma (Schemaversion %2): %3 braucht eine leere Datenbank; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 does not pass verify: %2</source>
        <translation>%1 besteht verify nicht: %2</translation>
    </message>
    <message>
        <source>%1 is not a company file</source>
        <translation>%1 ist keine Firmendatei</translation>
    </message>
    <message>
        <source>%1 is at schema version %2, this ARDesk writes %3: open it once with this version (it is upgraded) and import it again; nothing was changed</source>
        <translation>%1 hat die Schemaversion %2, dieses ARDesk schreibt %3: Öffnen Sie sie einmal mit dieser Version (sie wird aktualisiert) und importieren Sie sie erneut; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; nichts wurde importiert</translation>
    </message>
    <message>
        <source>team import needs a superuser login (it creates the schema, its extension and the logins, and loads with the triggers off)</source>
        <translation>team import braucht ein Superuser-Login (es legt das Schema, seine Erweiterung und die Logins an und lädt mit abgeschalteten Triggern)</translation>
    </message>
    <message>
        <source>%1 was filled by someone else meanwhile; nothing was imported</source>
        <translation>%1 wurde inzwischen von jemand anderem befüllt; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: export writes a company file, not a team database</source>
        <translation>%1: export schreibt eine Firmendatei, keine Teamdatenbank</translation>
    </message>
    <message>
        <source>%1 exists already; pass --force to replace it</source>
        <translation>%1 existiert bereits; geben Sie --force an, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1; nothing was exported</source>
        <translation>%1; nichts wurde exportiert</translation>
    </message>
    <message>
        <source>the copy of %1 does not match it (%2); nothing was exported</source>
        <translation>Die Kopie von %1 stimmt nicht mit ihr überein (%2); nichts wurde exportiert</translation>
    </message>
    <message>
        <source>row counts or chain head differ</source>
        <translation>Zeilenzahlen oder Kettenkopf weichen ab</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>%1 has saved changes that are still in %2: it is open in ARDesk, or ARDesk stopped before it closed it. Close it (or open it once and close it again) and import again; nothing was imported</source>
        <translation>%1 hat gespeicherte Änderungen, die noch in %2 stehen: die Datei ist in ARDesk geöffnet, oder ARDesk wurde beendet, bevor es sie geschlossen hat. Schließen Sie sie (oder öffnen und schließen Sie sie einmal) und importieren Sie erneut; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>No client with code &quot;%1&quot;</source>
        <translation>Kein Kunde mit dem Code „%1“</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>a tag opened with {{ is never closed</source>
        <translation>Ein mit {{ geöffnetes Tag wird nie geschlossen</translation>
    </message>
    <message>
        <source>{{%1%2}}: partials and delimiter changes are not supported</source>
        <translation>{{%1%2}}: Partials und Änderungen der Begrenzer werden nicht unterstützt</translation>
    </message>
    <message>
        <source>{{{%1}}}: unescaped values are not allowed in the HTML part</source>
        <translation>{{{%1}}}: unmaskierte Werte sind im HTML-Teil nicht erlaubt</translation>
    </message>
    <message>
        <source>{{%1}} is not a valid variable name</source>
        <translation>{{%1}} ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open</source>
        <translation>{{/%1}} schließt einen Abschnitt, der nicht geöffnet ist</translation>
    </message>
    <message>
        <source>the section {{#%1}} is never closed</source>
        <translation>Der Abschnitt {{#%1}} wird nie geschlossen</translation>
    </message>
    <message>
        <source>template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>template (%1): %2</source>
        <translation>Vorlage (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>unknown variable(s): %1</source>
        <translation>
            <numerusform>Unbekannte Variable: %1</numerusform>
            <numerusform>Unbekannte Variablen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no value for: %1</source>
        <translation>Kein Wert für: %1</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>the default templates are missing from the build (%1)</source>
        <translation>Die Standardvorlagen fehlen im Build (%1)</translation>
    </message>
    <message>
        <source>default templates: %1</source>
        <translation>Standardvorlagen: %1</translation>
    </message>
    <message>
        <source>default template %1: unknown kind</source>
        <translation>Standardvorlage %1: unbekannte Art</translation>
    </message>
    <message>
        <source>default template %1: %2</source>
        <translation>Standardvorlage %1: %2</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;</source>
        <translation>Keine Vorlage „%1“</translation>
    </message>
    <message>
        <source>key: a template &quot;%1&quot; already exists</source>
        <translation>Schlüssel: Eine Vorlage „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; was changed by someone else since you opened it; reopen it and make your change again</source>
        <translation>Vorlage „%1“ wurde seit dem Öffnen von jemand anderem geändert; öffnen Sie sie erneut und nehmen Sie Ihre Änderung noch einmal vor</translation>
    </message>
    <message>
        <source>template &quot;%1&quot; was changed by someone else since you opened it; reopen it and try again</source>
        <translation>Vorlage „%1“ wurde seit dem Öffnen von jemand anderem geändert; öffnen Sie sie erneut und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>key: no free key like &quot;%1&quot;</source>
        <translation>Schlüssel: Kein freier Schlüssel wie „%1“</translation>
    </message>
    <message>
        <source>no default templates in the language &quot;%1&quot; (there are: %2)</source>
        <translation>Keine Standardvorlagen in der Sprache „%1“ (vorhanden: %2)</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>name: a new template needs a name</source>
        <translation>Name: Eine neue Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with ARDesk and cannot be deleted; duplicate it to make your own version</source>
        <translation>„%1“ wird mit ARDesk ausgeliefert und kann nicht gelöscht werden; duplizieren Sie sie, um eine eigene Fassung anzulegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sent by the reminder policy %2; change the policy first</source>
        <translation>„%1“ wird von der Mahnrichtlinie %2 versendet; ändern Sie zuerst die Richtlinie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shipped template</source>
        <translation>„%1“ ist keine ausgelieferte Vorlage</translation>
    </message>
</context>
<context>
    <name>TodayQueue</name>
    <message>
        <source>setting workflow.priority_weights: not a JSON object (%1)</source>
        <translation>Einstellung workflow.priority_weights: kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>setting workflow.priority_weights: %1</source>
        <translation>Einstellung workflow.priority_weights: %1</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (fällig seit %1)</translation>
    </message>
    <message>
        <source>No clerk assigned</source>
        <translation>Kein Sachbearbeiter zugewiesen</translation>
    </message>
    <message>
        <source>Dispute on %1 open since %2: %3</source>
        <translation>Streitfall zu %1 offen seit %2: %3</translation>
    </message>
    <message>
        <source>Invoice %1 fell due on %2 (%3 open)</source>
        <translation>Rechnung %1 wurde am %2 fällig (%3 offen)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) late</source>
        <translation>
            <numerusform>%1, %n Tag überfällig</numerusform>
            <numerusform>%1, %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 step due: %2</source>
        <translation>Fälliger Schritt (%1): %2</translation>
    </message>
    <message>
        <source>Call to %1 at %2 not logged</source>
        <translation>Anruf bei %1 um %2 nicht protokolliert</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; may not have gone out (sending was interrupted): check the sent mailbox, then mark it sent or send it again</source>
        <translation>E-Mail „%1“ ist möglicherweise nicht versandt worden (der Versand wurde unterbrochen): prüfen Sie den Ordner „Gesendet“ und markieren Sie sie dann als gesendet oder senden Sie sie erneut</translation>
    </message>
    <message>
        <source>Promise to pay %1 due today</source>
        <translation>Zahlungszusage über %1 heute fällig</translation>
    </message>
    <message>
        <source>Promise to pay %1 by %2 broken: nothing received</source>
        <translation>Zahlungszusage über %1 bis %2 gebrochen: nichts eingegangen</translation>
    </message>
    <message>
        <source>Promise to pay %1 by %2 partly kept: %3 received</source>
        <translation>Zahlungszusage über %1 bis %2 teilweise eingehalten: %3 eingegangen</translation>
    </message>
    <message>
        <source>Payment plan installment of %1 due %2 missed</source>
        <translation>Rate des Zahlungsplans über %1, fällig %2, versäumt</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>role: &quot;%1&quot; is not sales, clerk, manager or admin</source>
        <translation>Rolle: „%1“ ist nicht sales, clerk, manager oder admin</translation>
    </message>
    <message>
        <source>role: give at least one of sales, clerk, manager or admin</source>
        <translation>Rolle: Geben Sie mindestens eine von sales, clerk, manager oder admin an</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>user name: &quot;%1&quot; may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>Benutzername: „%1“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>role: %1 needs at least one of sales, clerk, manager or admin</source>
        <translation>Rolle: %1 braucht mindestens eine von sales, clerk, manager oder admin</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>signature: %n character(s) at most</source>
        <translation>
            <numerusform>Signatur: höchstens %n Zeichen</numerusform>
            <numerusform>Signatur: höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>a user named &quot;%1&quot; exists</source>
        <translation>Ein Benutzer namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>Kein Benutzer namens „%1“</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: contains a control character (U+%2) at position %3</source>
        <translation>%1: enthält ein Steuerzeichen (U+%2) an Position %3</translation>
    </message>
    <message>
        <source>%1: is not a valid date</source>
        <translation>%1: ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>%1: %2 is outside 1990–2100</source>
        <translation>%1: %2 liegt außerhalb von 1990–2100</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 4217 code</source>
        <translation>%1: „%2“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid e-mail address</source>
        <translation>%1: „%2“ ist keine gültige E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>WorkflowSettings</name>
    <message>
        <source>setting %1: &quot;%2&quot; is not a number of e-mails</source>
        <translation>Einstellung %1: „%2“ ist keine Anzahl von E-Mails</translation>
    </message>
    <message>
        <source>promise grace: %1 days is not 0–30</source>
        <translation>Karenzzeit für Zahlungszusagen: %1 Tage liegt nicht zwischen 0 und 30</translation>
    </message>
    <message>
        <source>contact cap: %1 e-mails per 7 days is not 0–50</source>
        <translation>Kontaktgrenze: %1 E-Mails pro 7 Tage liegt nicht zwischen 0 und 50</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>cannot write %1 (row %2, column %3): %4</source>
        <translation>%1 kann nicht geschrieben werden (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>could not write the archive: %1</source>
        <translation>Das Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the archive would exceed 4 GiB or 65,535 files</source>
        <translation>Das Archiv würde 4 GiB oder 65.535 Dateien überschreiten</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityDialog</name>
    <message>
        <source>C&amp;lerk:</source>
        <translation>&amp;Sachbearbeiter:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Client activity</source>
        <translation>Kundenaktivität</translation>
    </message>
    <message>
        <source>Every clerk</source>
        <translation>Alle Sachbearbeiter</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Abgegebene Zahlungszusagen</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Eingehaltene Zahlungszusagen</translation>
    </message>
    <message>
        <source>Reading the activity…</source>
        <translation>Aktivität wird gelesen…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Keine Aktivität entspricht diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n note(s) — Load more for earlier ones</source>
        <translation>
            <numerusform>Neueste Notizen: %n — „Mehr laden“ für frühere</numerusform>
            <numerusform>Neueste Notizen: %n — „Mehr laden“ für frühere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity totals per clerk</source>
        <translation>Aktivitätssummen pro Sachbearbeiter</translation>
    </message>
    <message>
        <source>Notes and calls in the period</source>
        <translation>Notizen und Anrufe im Zeitraum</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityModel</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ardesk::AddUserDialog</name>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>Geben Sie den Namen des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>The password and its confirmation differ: type the same password in both.</source>
        <translation>Passwort und Bestätigung unterscheiden sich: geben Sie in beide Felder dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>how they sign in, e.g. nina.park</source>
        <translation>womit er sich anmeldet, z. B. nina.park</translation>
    </message>
    <message>
        <source>the name customers see; the name when empty</source>
        <translation>der Name, den Kunden sehen; leer: der Benutzername</translation>
    </message>
    <message>
        <source>replies to this user&apos;s reminders come here</source>
        <translation>Antworten auf die Mahnungen dieses Benutzers gehen an diese Adresse</translation>
    </message>
    <message>
        <source>empty: the login gets no password</source>
        <translation>leer: das Login bekommt kein Passwort</translation>
    </message>
    <message>
        <source>On this team database the user also gets a PostgreSQL login of the same name, in the group roles of the roles ticked. The server keeps only a SCRAM verifier of the password. A login that exists on the server already keeps its own password.</source>
        <translation>In dieser Teamdatenbank bekommt der Benutzer auch ein PostgreSQL-Login gleichen Namens, in den Gruppenrollen der angekreuzten Rollen. Der Server speichert vom Passwort nur einen SCRAM-Verifier. Ein Login, das es auf dem Server schon gibt, behält sein eigenes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>ardesk::AdjustmentDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>Credit note &amp;number:</source>
        <translation>Gutschrift&amp;nummer:</translation>
    </message>
    <message>
        <source>Credit note against invoice %1</source>
        <translation>Gutschrift zu Rechnung %1</translation>
    </message>
    <message>
        <source>Reduces the open balance of invoice %1 (%2) without money received.</source>
        <translation>Verringert den offenen Betrag der Rechnung %1 (%2), ohne dass Geld eingegangen ist.</translation>
    </message>
    <message>
        <source>Write off invoice %1</source>
        <translation>Rechnung %1 ausbuchen</translation>
    </message>
    <message>
        <source>Writes off the open balance of %1 on invoice %2. The invoice stays on file as written off.</source>
        <translation>Bucht den offenen Betrag von %1 der Rechnung %2 aus. Die Rechnung bleibt als ausgebucht erhalten.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Required; kept in the ledger and the audit log</source>
        <translation>Pflichtfeld; wird im Kontoblatt und im Änderungsprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Currency: unknown</source>
        <translation>Währung: unbekannt</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Amount: %1 is not between zero and the open balance %2</source>
        <translation>Betrag: %1 liegt nicht zwischen null und dem offenen Betrag %2</translation>
    </message>
    <message>
        <source>Reason: say why (it is kept in the ledger and the audit log).</source>
        <translation>Grund: Bitte begründen (wird im Kontoblatt und im Änderungsprotokoll festgehalten).</translation>
    </message>
</context>
<context>
    <name>ardesk::AuditTrailDialog</name>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Jede Änderung</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>Änderungsprotokoll — %1</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Änderungsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>client: no client with code &quot;%1&quot;</source>
        <translation>Kunde: Kein Kunde mit dem Code „%1“</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Keine Änderung entspricht diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) — Load more for earlier ones</source>
        <translation>
            <numerusform>Neueste Änderungen: %n — „Mehr laden“ für frühere</numerusform>
            <numerusform>Neueste Änderungen: %n — „Mehr laden“ für frühere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>ardesk::AuditTrailModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
</context>
<context>
    <name>ardesk::BulkSendDialog</name>
    <message>
        <source>&amp;Owing money</source>
        <translation>&amp;Mit offenem Saldo</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Mahnungen senden</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Days late at least:</source>
        <translation>Mindestens &amp;Tage überfällig:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Any clerk</source>
        <translation>Alle Sachbearbeiter</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Reason (goes into each client&apos;s e-mail note)</source>
        <translation>Grund (wird in die E-Mail-Notiz jedes Kunden übernommen)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send anyway to the %n client(s) left out for a rule a manager may override</source>
        <translation>
            <numerusform>Trotzdem an den %n Kunden &amp;senden, der wegen einer Regel ausgelassen wurde, die ein Manager aufheben darf</numerusform>
            <numerusform>Trotzdem an die %n Kunden &amp;senden, die wegen einer Regel ausgelassen wurden, die ein Manager aufheben darf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht in den &amp;Postausgang stellen</numerusform>
            <numerusform>%n Nachrichten in den &amp;Postausgang stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for sending despite the rules</source>
        <translation>Geben Sie an, warum trotz der Regeln gesendet wird</translation>
    </message>
    <message>
        <source>%1, to %2; %3.</source>
        <translation>%1, an %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), one per client</source>
        <translation>
            <numerusform>%n Nachricht, eine pro Kunde</numerusform>
            <numerusform>%n Nachrichten, eine pro Kunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) left out</source>
        <translation>
            <numerusform>%n Kunde ausgelassen</numerusform>
            <numerusform>%n Kunden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client(s) match the filters.</source>
        <translation>
            <numerusform>%1 von %n Kunde entspricht den Filtern.</numerusform>
            <numerusform>%1 von %n Kunden entsprechen den Filtern.</numerusform>
        </translation>
    </message>
    <message>
        <source>First message — %1
To: %2
Subject: %3

%4</source>
        <translation>Erste Nachricht — %1
An: %2
Betreff: %3

%4</translation>
    </message>
    <message>
        <source>Clients skipped</source>
        <translation>Übersprungene Kunden</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>Reason for sending despite the rules</source>
        <translation>Grund, trotz der Regeln zu senden</translation>
    </message>
</context>
<context>
    <name>ardesk::CallLogDialog</name>
    <message>
        <source>&amp;Next contact on</source>
        <translation>Nächster &amp;Kontakt am</translation>
    </message>
    <message>
        <source>No &amp;follow-up needed</source>
        <translation>Keine &amp;Nachverfolgung nötig</translation>
    </message>
    <message>
        <source>Call %1 — %2</source>
        <translation>Anruf bei %1 — %2</translation>
    </message>
    <message>
        <source>Text with %1 — %2</source>
        <translation>SMS mit %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Started %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Beginn %4</translation>
    </message>
    <message>
        <source>We sent a text</source>
        <translation>Wir haben eine SMS gesendet</translation>
    </message>
    <message>
        <source>They sent a text</source>
        <translation>Der Kontakt hat eine SMS gesendet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>The outcome: %1 (%2)</source>
        <translation>Das Ergebnis: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Was wurde &amp;gesagt:</translation>
    </message>
    <message>
        <source>&amp;What was written:</source>
        <translation>Was wurde &amp;geschrieben:</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>The text, as sent or received</source>
        <translation>Die SMS, wie gesendet oder empfangen</translation>
    </message>
    <message>
        <source>Promise to pay (if one was made)</source>
        <translation>Zahlungszusage (falls eine gegeben wurde)</translation>
    </message>
    <message>
        <source>Amount, e.g. 1500.00</source>
        <translation>Betrag, z. B. 1500.00</translation>
    </message>
    <message>
        <source>The amount promised (Alt+A); &quot;%1&quot; fills in the overdue total, typing replaces it</source>
        <translation>Der zugesagte Betrag (Alt+T); „%1“ setzt den überfälligen Gesamtbetrag ein, Tippen ersetzt ihn</translation>
    </message>
    <message>
        <source>The date promised, as %1 or YYYY-MM-DD (Alt+B); typing replaces it</source>
        <translation>Das zugesagte Datum, als %1 oder JJJJ-MM-TT (Alt+B); Tippen ersetzt es</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>A follow-up on this date (Alt+N); a promise sets it to the weekday after the promised date unless you choose one</source>
        <translation>Nachfassen an diesem Datum (Alt+K); eine Zahlungszusage setzt es auf den Werktag nach dem zugesagten Datum, sofern Sie keines wählen</translation>
    </message>
    <message>
        <source>The next contact, as %1 or YYYY-MM-DD</source>
        <translation>Der nächste Kontakt, als %1 oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Nothing more to do for this account (Alt+F)</source>
        <translation>Für dieses Konto ist nichts mehr zu tun (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Log this call (Alt+S or %1)</source>
        <translation>Diesen Anruf protokollieren (Alt+S oder %1)</translation>
    </message>
    <message>
        <source>Log this text (Alt+S or %1)</source>
        <translation>Diese SMS protokollieren (Alt+S oder %1)</translation>
    </message>
    <message>
        <source>Close without logging (Esc); asks first when something would be lost</source>
        <translation>Schließen, ohne zu protokollieren (Esc); fragt vorher, wenn etwas verloren ginge</translation>
    </message>
    <message>
        <source>Save &amp;&amp; send &amp;recap…</source>
        <translation>Speichern &amp;&amp; &amp;Zusammenfassung senden…</translation>
    </message>
    <message>
        <source>Log this call, then e-mail %1 (only) what was agreed: call-recap template, the invoices&apos; documents attached (Alt+R or %2)</source>
        <translation>Diesen Anruf protokollieren, dann %1 (nur diesem Kontakt) per E-Mail das Vereinbarte senden: Vorlage für Gesprächszusammenfassungen, Dokumente der Rechnungen angehängt (Alt+Z oder %2)</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>Anruf b&amp;eenden</translation>
    </message>
    <message>
        <source>Stop the call timer (%1)</source>
        <translation>Den Anruf-Timer anhalten (%1)</translation>
    </message>
    <message>
        <source>R&amp;esume call</source>
        <translation>Anruf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Start the call timer again; the time adds up (%1)</source>
        <translation>Den Anruf-Timer wieder starten; die Zeit wird addiert (%1)</translation>
    </message>
    <message>
        <source>Hide scri&amp;pt</source>
        <translation>&amp;Leitfaden ausblenden</translation>
    </message>
    <message>
        <source>Show scri&amp;pt</source>
        <translation>&amp;Leitfaden einblenden</translation>
    </message>
    <message>
        <source>Hide the call script (Alt+P)</source>
        <translation>Den Gesprächsleitfaden ausblenden (Alt+L)</translation>
    </message>
    <message>
        <source>Show the call script (Alt+P)</source>
        <translation>Den Gesprächsleitfaden einblenden (Alt+L)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 overdue — &quot;%2&quot; fills it in</source>
        <translation>%1 überfällig — „%2“ setzt den Betrag ein</translation>
    </message>
    <message>
        <source>(Call to %1, logged afterwards)</source>
        <translation>(Anruf bei %1, nachträglich protokolliert)</translation>
    </message>
    <message>
        <source>(Call to %1, %2)</source>
        <translation>(Anruf bei %1, %2)</translation>
    </message>
    <message>
        <source>(Text, %1)</source>
        <translation>(SMS, %1)</translation>
    </message>
    <message>
        <source>Next contact: &quot;%1&quot; is not a date; write it as %2</source>
        <translation>Nächster Kontakt: „%1“ ist kein Datum; schreiben Sie es als %2</translation>
    </message>
    <message>
        <source>Promise date: &quot;%1&quot; is not a date; write it as %2</source>
        <translation>Datum der Zahlungszusage: „%1“ ist kein Datum; schreiben Sie es als %2</translation>
    </message>
    <message>
        <source>Discard call log</source>
        <translation>Anrufprotokoll verwerfen</translation>
    </message>
    <message>
        <source>Discard text log</source>
        <translation>SMS-Protokoll verwerfen</translation>
    </message>
    <message>
        <source>Discard this call log? The call stays in Today as not logged until you log it or say no call took place.</source>
        <translation>Dieses Anrufprotokoll verwerfen? Der Anruf bleibt unter „Heute“ als nicht protokolliert, bis Sie ihn protokollieren oder angeben, dass kein Anruf stattfand.</translation>
    </message>
    <message>
        <source>Discard this text log? The text will not be recorded.</source>
        <translation>Dieses SMS-Protokoll verwerfen? Die SMS wird nicht festgehalten.</translation>
    </message>
    <message>
        <source>The call to %1 lasted %2.</source>
        <translation>Der Anruf bei %1 dauerte %2.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>ardesk::ChaseTab</name>
    <message>
        <source>Reminder policy &lt;b&gt;%1&lt;/b&gt;, as of %2.</source>
        <translation>Mahnrichtlinie &lt;b&gt;%1&lt;/b&gt;, Stand %2.</translation>
    </message>
    <message>
        <source>Nothing is overdue: nobody chases this client.</source>
        <translation>Nichts ist überfällig: Dieser Kunde wird nicht gemahnt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, due %3, %n day(s) late</source>
        <translation>
            <numerusform>%1 — %2, fällig %3, %n Tag überfällig</numerusform>
            <numerusform>%1 — %2, fällig %3, %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1: %2 (+%3) — %4</source>
        <translation>Erledigt am %1: %2 (+%3) — %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Next: %1 — due now, taken by the next reminder run</source>
        <translation>Nächster Schritt: %1 — jetzt fällig, wird beim nächsten Mahnlauf ausgeführt</translation>
    </message>
    <message>
        <source>Next: %1 on %2</source>
        <translation>Nächster Schritt: %1 am %2</translation>
    </message>
    <message>
        <source>Not chased: %1 is held — %2</source>
        <translation>Nicht gemahnt: %1 wird zurückgehalten — %2</translation>
    </message>
    <message>
        <source>Every step of the policy was taken.</source>
        <translation>Jeder Schritt der Richtlinie wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ardesk::ClientActions</name>
    <message>
        <source>Reminders paused</source>
        <translation>Mahnungen pausiert</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Mahnungen fortgesetzt</translation>
    </message>
    <message>
        <source>Put on credit hold</source>
        <translation>Kreditsperre setzen</translation>
    </message>
    <message>
        <source>Why is this client going on hold? (everyone who opens the client sees it)</source>
        <translation>Warum erhält dieser Kunde eine Kreditsperre? (jeder, der den Kunden öffnet, sieht es)</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Release credit hold</source>
        <translation>Kreditsperre aufheben</translation>
    </message>
    <message>
        <source>Lift the credit hold on this client?</source>
        <translation>Die Kreditsperre dieses Kunden aufheben?</translation>
    </message>
    <message>
        <source>Client put on credit hold</source>
        <translation>Kreditsperre für den Kunden gesetzt</translation>
    </message>
    <message>
        <source>Credit hold released</source>
        <translation>Kreditsperre aufgehoben</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it; reload the client and make your change again.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert; laden Sie den Kunden neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Client archived</source>
        <translation>Kunde archiviert</translation>
    </message>
    <message>
        <source>Client back on the list</source>
        <translation>Kunde wieder in der Liste</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Kunde archivieren</translation>
    </message>
    <message>
        <source>Why is %1 being archived? (kept in the audit log)</source>
        <translation>Warum wird %1 archiviert? (wird im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Archive %1? The client leaves the list; its history is kept.</source>
        <translation>%1 archivieren? Der Kunde verschwindet aus der Liste; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Unarchive client</source>
        <translation>Archivierung aufheben</translation>
    </message>
    <message>
        <source>Put %1 back on the client list?</source>
        <translation>%1 wieder in die Kundenliste aufnehmen?</translation>
    </message>
</context>
<context>
    <name>ardesk::ClientDetailsTab</name>
    <message>
        <source>Attach &amp;document…</source>
        <translation>&amp;Dokument anhängen…</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export invoices…</source>
        <translation>Rechnungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Release credit hold…</source>
        <translation>Kreditsperre aufheben…</translation>
    </message>
    <message>
        <source>Put on credit hold…</source>
        <translation>Kreditsperre setzen…</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>Netto %1 Tage</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last conversation: %1 · Last touch: %2</source>
        <translation>Letztes Gespräch: %1 · Letzte Aktivität: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n open invoice(s)</source>
        <translation>
            <numerusform>%1 in %n offenen Rechnung</numerusform>
            <numerusform>%1 in %n offenen Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 ausgeschöpft</translation>
    </message>
    <message>
        <source>No credit extended</source>
        <translation>Kein Kredit eingeräumt</translation>
    </message>
    <message>
        <source>Over the credit limit by %1</source>
        <translation>Kreditlimit um %1 überschritten</translation>
    </message>
    <message>
        <source>Invoices (%1)</source>
        <translation>Rechnungen (%1)</translation>
    </message>
    <message>
        <source>Aging on %1</source>
        <translation>Altersstruktur am %1</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>90+</source>
        <translation>90+</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>No payment yet</source>
        <translation>Noch keine Zahlung</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the issue date to the payment that settled it, over the %n invoice(s) paid by payments (credit notes and write-offs do not count)</source>
        <translation>
            <numerusform>Vom Rechnungsdatum bis zur ausgleichenden Zahlung, gemittelt über %n durch Zahlung beglichene Rechnung (Gutschriften und Ausbuchungen zählen nicht)</numerusform>
            <numerusform>Vom Rechnungsdatum bis zur ausgleichenden Zahlung, gemittelt über %n durch Zahlungen beglichene Rechnungen (Gutschriften und Ausbuchungen zählen nicht)</numerusform>
        </translation>
    </message>
    <message>
        <source>No paid invoice yet</source>
        <translation>Noch keine bezahlte Rechnung</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nicht kontaktieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit %1: phones, e-mail, flags</source>
        <translation>%1 bearbeiten: Telefonnummern, E-Mail, Kennzeichen</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted</source>
        <translation>%1 möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>E-mail %1 from a template</source>
        <translation>E-Mail an %1 aus einer Vorlage</translation>
    </message>
    <message>
        <source>Call %1 through your softphone and log the call (menu: log a text)</source>
        <translation>%1 über Ihr Softphone anrufen und den Anruf protokollieren (Menü: SMS protokollieren)</translation>
    </message>
    <message>
        <source>%1 is not a valid number and cannot be dialled</source>
        <translation>%1 ist keine gültige Nummer und kann nicht gewählt werden</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Log a text with %1</source>
        <translation>SMS mit %1 protokollieren</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Zahlungsziel:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Zugewiesen an:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Rechnungsadresse:</translation>
    </message>
    <message>
        <source>Country / time zone:</source>
        <translation>Land / Zeitzone:</translation>
    </message>
    <message>
        <source>Internal notes:</source>
        <translation>Interne Notizen:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Kreditlimit:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Ausgeschöpft:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Verfügbar:</translation>
    </message>
    <message>
        <source>Last payment:</source>
        <translation>Letzte Zahlung:</translation>
    </message>
    <message>
        <source>Average days to pay:</source>
        <translation>Durchschnittliche Zahlungsdauer (Tage):</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Ausbuchen…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Streitfall…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Void payment…</source>
        <translation>Zahlung stornieren…</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Zahlungen (%1)</translation>
    </message>
    <message>
        <source>What the client owes in all: its open invoices less the payments, credit notes and write-offs against them, in the client&apos;s currency.</source>
        <translation>Was der Kunde insgesamt schuldet: seine offenen Rechnungen abzüglich der Zahlungen, Gutschriften und Ausbuchungen darauf, in der Währung des Kunden.</translation>
    </message>
    <message>
        <source>The client&apos;s invoices past their due date and still unpaid, in the client&apos;s currency.</source>
        <translation>Die Rechnungen des Kunden, die ihre Fälligkeit überschritten haben und noch unbezahlt sind, in der Währung des Kunden.</translation>
    </message>
    <message>
        <source>The most the client may owe at once, in its currency, set when the client is edited (Client &gt; Edit client…). &quot;No credit extended&quot; when there is none.</source>
        <translation>Der Höchstbetrag, den der Kunde auf einmal schulden darf, in seiner Währung; festgelegt beim Bearbeiten des Kunden (Kunde &gt; Kunde bearbeiten…). „Kein Kredit eingeräumt“, wenn es keinen gibt.</translation>
    </message>
    <message>
        <source>The balance as a share of the credit limit; the bar below shows it. Over the limit, &quot;Over the credit limit by …&quot; says by how much and the account rises in the Today queue.</source>
        <translation>Der Saldo als Anteil am Kreditlimit; der Balken darunter zeigt ihn. Über dem Limit sagt „Kreditlimit um … überschritten“, um wie viel, und das Konto steigt in der Heute-Liste nach oben.</translation>
    </message>
    <message>
        <source>The credit limit less the balance: what the client may still buy on credit. Negative when it is over the limit.</source>
        <translation>Das Kreditlimit abzüglich des Saldos: was der Kunde noch auf Kredit kaufen darf. Negativ, wenn das Limit überschritten ist.</translation>
    </message>
    <message>
        <source>A client on credit hold carries a red banner here and a ⊘ in the client list, so sales see it before they sell. Putting a client on hold needs a reason that everyone sees; only a manager releases it. The credit-hold rule also holds clients with an invoice 60 or more days past due that is not disputed.</source>
        <translation>Ein Kunde mit Kreditsperre trägt hier ein rotes Banner und in der Kundenliste ein ⊘, damit der Vertrieb es vor dem Verkauf sieht. Eine Kreditsperre braucht einen Grund, den jeder sieht; nur ein Manager hebt sie auf. Die Kreditsperre-Regel sperrt außerdem Kunden mit einer nicht strittigen Rechnung, die 60 oder mehr Tage überfällig ist.</translation>
    </message>
    <message>
        <source>The client&apos;s open invoices by how late they are on this date: not due yet, 1–30, 31–60, 61–90 and 90+ days past the due date, one row per currency. Amounts in different currencies are never added together.</source>
        <translation>Die offenen Rechnungen des Kunden danach, wie überfällig sie an diesem Datum sind: noch nicht fällig, 1–30, 31–60, 61–90 und 90+ Tage nach Fälligkeit, eine Zeile pro Währung. Beträge in verschiedenen Währungen werden nie addiert.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <source>Call %1 at %2</source>
        <translation>%1 unter %2 anrufen</translation>
    </message>
</context>
<context>
    <name>ardesk::ClientEditDialog</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Benutzer Nr. %1</translation>
    </message>
    <message>
        <source>credit limit: %1</source>
        <translation>Kreditlimit: %1</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit client — %1</source>
        <translation>Kunde bearbeiten — %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ClientListModel</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 is on credit hold</source>
        <translation>%1 hat eine Kreditsperre</translation>
    </message>
    <message numerus="yes">
        <source>Shown in %1; %n open invoice(s) in other currencies are not included</source>
        <translation>
            <numerusform>Angezeigt in %1; %n offene Rechnung in anderen Währungen ist nicht enthalten</numerusform>
            <numerusform>Angezeigt in %1; %n offene Rechnungen in anderen Währungen sind nicht enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage Verzug</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Active, on hold, in dispute, in collections or closed. A ⊘ marks a client on credit hold: sales see it before they sell, and only a manager releases it.</source>
        <translation>Aktiv, gesperrt, im Streitfall, im Inkasso oder geschlossen. Ein ⊘ kennzeichnet einen Kunden mit Kreditsperre: der Vertrieb sieht es vor dem Verkauf, und nur ein Manager hebt sie auf.</translation>
    </message>
    <message>
        <source>What the client owes in all: its open invoices less the payments, credit notes and write-offs against them, in the client&apos;s currency.</source>
        <translation>Was der Kunde insgesamt schuldet: seine offenen Rechnungen abzüglich der Zahlungen, Gutschriften und Ausbuchungen darauf, in der Währung des Kunden.</translation>
    </message>
    <message>
        <source>The client&apos;s invoices past their due date and still unpaid, in the client&apos;s currency. Amounts in different currencies are never added together.</source>
        <translation>Die Rechnungen des Kunden, die ihre Fälligkeit überschritten haben und noch unbezahlt sind, in der Währung des Kunden. Beträge in verschiedenen Währungen werden nie addiert.</translation>
    </message>
    <message>
        <source>The age of the oldest open invoice past its due date, in days: where the client stands in the aging buckets 1–30, 31–60, 61–90 and 90+. At 60 days and more (not disputed) the credit-hold rule puts the client on hold.</source>
        <translation>Das Alter der ältesten überfälligen offenen Rechnung in Tagen: wo der Kunde in den Altersklassen 1–30, 31–60, 61–90 und 90+ steht. Ab 60 Tagen (nicht strittig) sperrt die Kreditsperre-Regel den Kunden.</translation>
    </message>
    <message>
        <source>The earliest open follow-up or call task of the client; finishing or snoozing it moves the date.</source>
        <translation>Die früheste offene Nachfass- oder Anrufaufgabe des Kunden; sie zu erledigen oder zurückzustellen verschiebt das Datum.</translation>
    </message>
    <message>
        <source>%1, on credit hold</source>
        <translation>%1, mit Kreditsperre</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ClientListPane</name>
    <message>
        <source>&amp;Export this list…</source>
        <translation>Diese Liste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Show all clients</source>
        <translation>Alle Kunden anzeigen</translation>
    </message>
    <message>
        <source>Find a client by name, code or contact (Ctrl+F)</source>
        <translation>Kunden nach Name, Code oder Kontakt suchen (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) match &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Kunde passt zu „%1“</numerusform>
            <numerusform>%n Kunden passen zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Kunden suchen</translation>
    </message>
</context>
<context>
    <name>ardesk::ClientWorkspace</name>
    <message>
        <source>%1 promised by %2, %3 paid so far</source>
        <translation>%1 zugesagt bis %2, bisher %3 bezahlt</translation>
    </message>
    <message>
        <source>%1 promised by %2</source>
        <translation>%1 zugesagt bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n offene Zahlungszusage</numerusform>
            <numerusform>%n offene Zahlungszusagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disputed since %2: %3</source>
        <translation>%1 strittig seit %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n Streitfall</numerusform>
            <numerusform>%n Streitfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 installment(s) still owed, %2</source>
        <translation>
            <numerusform>%n von %1 Rate noch offen, %2</numerusform>
            <numerusform>%n von %1 Raten noch offen, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; the next due %1</source>
        <translation>; die nächste fällig am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment plan(s)</source>
        <translation>
            <numerusform>%n Zahlungsplan</numerusform>
            <numerusform>%n Zahlungspläne</numerusform>
        </translation>
    </message>
    <message>
        <source>All reminders to the client paused until %1</source>
        <translation>Alle Mahnungen an den Kunden pausiert bis %1</translation>
    </message>
    <message>
        <source>Invoice %1 paused until %2: %3</source>
        <translation>Rechnung %1 pausiert bis %2: %3</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) paused</source>
        <translation>
            <numerusform>%n Rechnung pausiert</numerusform>
            <numerusform>%n Rechnungen pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a client in the list to see their details, contacts and invoices.</source>
        <translation>Wählen Sie einen Kunden in der Liste, um seine Details, Kontakte und Rechnungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This client could not be loaded: %1</source>
        <translation>Dieser Kunde konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Sachbearbeiter: %1</translation>
    </message>
    <message>
        <source>On credit hold%1. Do not ship or extend further credit without a manager&apos;s approval.</source>
        <translation>Kreditsperre%1. Ohne Zustimmung eines Managers nicht liefern und keinen weiteren Kredit gewähren.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Kundendetails</translation>
    </message>
</context>
<context>
    <name>ardesk::Column</name>
    <message>
        <source>invoice number: &quot;%1&quot; exists</source>
        <translation>Rechnungsnummer: „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>no invoice &quot;%1&quot;</source>
        <translation>Keine Rechnung „%1“</translation>
    </message>
    <message>
        <source>invoice %1 was changed by someone else since you opened it; reload and apply your change again</source>
        <translation>Rechnung %1 wurde seit dem Öffnen von jemand anderem geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor</translation>
    </message>
    <message>
        <source>currency: invoice %1 already has payments or credits in %2; its currency cannot change</source>
        <translation>Währung: Rechnung %1 hat bereits Zahlungen oder Gutschriften in %2; ihre Währung kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>amount: %1 is less than the %2 already paid, credited or written off on invoice %3</source>
        <translation>Betrag: %1 ist kleiner als die %2, die auf Rechnung %3 bereits bezahlt, gutgeschrieben oder ausgebucht sind</translation>
    </message>
    <message>
        <source>invoice %1 was changed by someone else; reload and apply your change again</source>
        <translation>Rechnung %1 wurde von jemand anderem geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor</translation>
    </message>
    <message>
        <source>outbox: a message needs its bytes, a Message-ID and recipients</source>
        <translation>Postausgang: Eine Nachricht braucht ihre Bytes, eine Message-ID und Empfänger</translation>
    </message>
    <message>
        <source>outbox: no message %1</source>
        <translation>Postausgang: Keine Nachricht %1</translation>
    </message>
</context>
<context>
    <name>ardesk::CompanySettingsDialog</name>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>ardesk::ComposeDialog</name>
    <message>
        <source>&amp;Queue</source>
        <translation>In den &amp;Postausgang</translation>
    </message>
    <message>
        <source>Queue and &amp;send now</source>
        <translation>In den Postausgang und jetzt &amp;senden</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Text (editable)</source>
        <translation>Text (bearbeitbar)</translation>
    </message>
    <message>
        <source>HTML as sent</source>
        <translation>HTML wie versendet</translation>
    </message>
    <message>
        <source>Reason to send it anyway (recorded in the note and the audit log)</source>
        <translation>Grund, trotzdem zu senden (wird in der Notiz und im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted</source>
        <translation>%1 möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <source>%1 has no e-mail address</source>
        <translation>%1 hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source> — do not contact</source>
        <translation> — nicht kontaktieren</translation>
    </message>
    <message>
        <source> — no e-mail</source>
        <translation> — keine E-Mail</translation>
    </message>
    <message>
        <source>%1 — %2 due %3</source>
        <translation>%1 — %2 fällig %3</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 — double-click to remove</source>
        <translation>%1 — zum Entfernen doppelklicken</translation>
    </message>
    <message>
        <source>There are no e-mail templates in this company file.</source>
        <translation>In dieser Firmendatei gibt es keine E-Mail-Vorlagen.</translation>
    </message>
    <message>
        <source>cc %1</source>
        <translation>Cc %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out — %1</source>
        <translation>Ausgelassen — %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Give a reason to send it anyway.</source>
        <translation>Geben Sie einen Grund an, um trotzdem zu senden.</translation>
    </message>
    <message>
        <source>A manager may send it anyway.</source>
        <translation>Ein Manager darf trotzdem senden.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Invoices this e-mail is about</source>
        <translation>Rechnungen, um die es in dieser E-Mail geht</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>ardesk::ContactEditDialog</name>
    <message>
        <source>not a valid number for %1 — kept as typed, never dialled</source>
        <translation>keine gültige Nummer für %1 — wie eingegeben gespeichert, wird nie gewählt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Kontakt %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Prefers:</source>
        <translation>&amp;Bevorzugt:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Durchw.</translation>
    </message>
    <message>
        <source>Dialled as</source>
        <translation>Gewählt als</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Telefon entfernen</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Präferenz</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>&amp;Billing contact (receives statements and reminders)</source>
        <translation>&amp;Rechnungskontakt (erhält Kontoauszüge und Mahnungen)</translation>
    </message>
    <message>
        <source>&amp;Do not contact (never called, texted or e-mailed)</source>
        <translation>Nicht &amp;kontaktieren (wird nie angerufen, per SMS oder per E-Mail angeschrieben)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPane</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Best-possible DSO</source>
        <translation>Bestmögliche DSO</translation>
    </message>
    <message>
        <source>Days delinquent</source>
        <translation>Tage im Verzug</translation>
    </message>
    <message>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>90+ days late</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Eingehaltene Zahlungszusagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2; below it the change against %n day(s) earlier</source>
        <translation>
            <numerusform>%1 %2; darunter die Veränderung gegenüber %n Tag zuvor</numerusform>
            <numerusform>%1 %2; darunter die Veränderung gegenüber %n Tagen zuvor</numerusform>
        </translation>
    </message>
    <message>
        <source>Aging by currency</source>
        <translation>Altersstruktur nach Währung</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>90+ days</source>
        <translation>90+ Tage</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n client(s) — click to list them</source>
        <translation>
            <numerusform>%1 %2: %3, %n Kunde — klicken, um ihn aufzulisten</numerusform>
            <numerusform>%1 %2: %3, %n Kunden — klicken, um sie aufzulisten</numerusform>
        </translation>
    </message>
    <message>
        <source>DSO (solid) and best-possible DSO (dashed) at month-ends</source>
        <translation>DSO (durchgezogen) und bestmögliche DSO (gestrichelt) zum Monatsende</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>DSO %1</source>
        <translation>DSO %1</translation>
    </message>
    <message>
        <source>Best-possible DSO %1</source>
        <translation>Bestmögliche DSO %1</translation>
    </message>
    <message>
        <source>Activity per clerk per week</source>
        <translation>Aktivität pro Sachbearbeiter und Woche</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(kein Verfasser)</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>nicht fälligen Posten</translation>
    </message>
    <message>
        <source>1–30 days past due</source>
        <translation>1–30 Tage überfälligen Posten</translation>
    </message>
    <message>
        <source>31–60 days past due</source>
        <translation>31–60 Tage überfälligen Posten</translation>
    </message>
    <message>
        <source>61–90 days past due</source>
        <translation>61–90 Tage überfälligen Posten</translation>
    </message>
    <message>
        <source>more than 90 days past due</source>
        <translation>mehr als 90 Tage überfälligen Posten</translation>
    </message>
    <message>
        <source>Clients with %1 %2 on %3</source>
        <translation>Kunden mit %2 in %1 am %3</translation>
    </message>
    <message>
        <source>Clients assigned to %1</source>
        <translation>Kunden, die %1 zugewiesen sind</translation>
    </message>
    <message>
        <source>Clients with an overdue balance on %1</source>
        <translation>Kunden mit überfälligem Saldo am %1</translation>
    </message>
    <message numerus="yes">
        <source>Dashboard — %1, over %n day(s); ▲▼ the change since the period before</source>
        <translation>
            <numerusform>Übersicht — %1, über %n Tag; ▲▼ die Veränderung gegenüber dem vorigen Zeitraum</numerusform>
            <numerusform>Übersicht — %1, über %n Tage; ▲▼ die Veränderung gegenüber dem vorigen Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Most overdue accounts (double-click to open)</source>
        <translation>Am stärksten überfällige Konten (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Älteste (Tage)</translation>
    </message>
    <message>
        <source>Calls, e-mails and texts</source>
        <translation>Anrufe, E-Mails und SMS</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Abgegebene Zahlungszusagen</translation>
    </message>
    <message>
        <source>Dashboard figures and charts</source>
        <translation>Kennzahlen und Diagramme der Übersicht</translation>
    </message>
    <message>
        <source>Accounts with the most overdue</source>
        <translation>Konten mit den höchsten Überfälligkeiten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n week(s)</source>
        <translation>
            <numerusform>%1: %2 in %n Woche</numerusform>
            <numerusform>%1: %2 in %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Keine Aktivität</translation>
    </message>
    <message>
        <source>%1 on %2: DSO %3 days, best possible %4 days</source>
        <translation>%1 am %2: DSO %3 Tage, bestmöglich %4 Tage</translation>
    </message>
    <message>
        <source>No month-end yet</source>
        <translation>Noch kein Monatsende</translation>
    </message>
    <message numerus="yes">
        <source>Clients who owe a balance and had no contact in the %n day(s) up to %1</source>
        <translation>
            <numerusform>Kunden mit offenem Saldo ohne Kontakt an %n Tag bis %1</numerusform>
            <numerusform>Kunden mit offenem Saldo ohne Kontakt in den %n Tagen bis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Owing, &amp;no contact for</source>
        <translation>Offen, kein Kontakt &amp;seit</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Show clients</source>
        <translation>Kunden zeigen</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>Lists the clients who owe a balance and with whom no call, e-mail, text, letter or meeting was logged in this many days (internal notes do not count)</source>
        <translation>Listet die Kunden mit offenem Saldo, mit denen in so vielen Tagen kein Anruf, keine E-Mail, SMS, kein Brief und kein Treffen erfasst wurde (interne Notizen zählen nicht)</translation>
    </message>
    <message>
        <source>Show the clients owing with no contact</source>
        <translation>Die Kunden mit offenem Saldo ohne Kontakt zeigen</translation>
    </message>
</context>
<context>
    <name>ardesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Clients, as the list shows them</source>
        <translation>Kunden, wie die Liste sie zeigt</translation>
    </message>
    <message>
        <source>Aging per client</source>
        <translation>Altersstruktur pro Kunde</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <source>KPIs (last 90 days, per currency)</source>
        <translation>Kennzahlen (letzte 90 Tage, pro Währung)</translation>
    </message>
    <message>
        <source>All client activity</source>
        <translation>Gesamte Kundenaktivität</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Only invoices with an open &amp;balance</source>
        <translation>Nur Rechnungen mit &amp;offenem Saldo</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Mark as UTF-8 for &amp;Excel (BOM)</source>
        <translation>Als UTF-8 für &amp;Excel kennzeichnen (BOM)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Wo der Export gespeichert wird</translation>
    </message>
    <message>
        <source>Only the client shown</source>
        <translation>Nur der angezeigte Kunde</translation>
    </message>
    <message>
        <source>Only %1, the client shown</source>
        <translation>Nur %1, der angezeigte Kunde</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s) so far</source>
        <translation type="vanished">
            <numerusform>Wird exportiert… bisher %n Zeile</numerusform>
            <numerusform>Wird exportiert… bisher %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Import aus CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A CSV export of clients or invoices</source>
        <translation>Ein CSV-Export von Kunden oder Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importieren:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Column names and formats of a known export</source>
        <translation>Spaltennamen und Formate eines bekannten Exports</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Detect reads a byte-order mark (UTF-8, UTF-16), else UTF-8; choose windows-1252 or latin1 for older exports</source>
        <translation>„Erkennen“ liest eine Byte-Order-Mark (UTF-8, UTF-16), sonst UTF-8; wählen Sie windows-1252 oder latin1 für ältere Exporte</translation>
    </message>
    <message>
        <source>Create &amp;missing clients</source>
        <translation>Fehlende Kunden &amp;anlegen</translation>
    </message>
    <message>
        <source>Clients not in the company file are created from the client code and name columns</source>
        <translation>Kunden, die nicht in der Firmendatei sind, werden aus den Spalten Kundencode und Name angelegt</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Da&amp;tumsformat:</translation>
    </message>
    <message>
        <source>How every date column is written: d day, M month, yyyy year (e.g. M/d/yyyy for 3/31/2026)</source>
        <translation>Wie jede Datumsspalte geschrieben ist: d Tag, M Monat, yyyy Jahr (z. B. d.M.yyyy für 31.3.2026)</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>De&amp;zimaltrennzeichen:</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>Punkt (1234.56)</translation>
    </message>
    <message>
        <source>Comma (1234,56)</source>
        <translation>Komma (1234,56)</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Standardwährung:</translation>
    </message>
    <message>
        <source>from the file&apos;s currency column</source>
        <translation>aus der Währungsspalte der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message numerus="yes">
        <source>File preview (first %n row(s))</source>
        <translation>
            <numerusform>Dateivorschau (erste %n Zeile)</numerusform>
            <numerusform>Dateivorschau (erste %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Read and check every row without writing anything</source>
        <translation>Jede Zeile lesen und prüfen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <source>Check every row, then write all of them, or nothing</source>
        <translation>Jede Zeile prüfen, dann alle schreiben – oder keine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not a file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the header: %1</source>
        <translation>Die Kopfzeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty (no header row)</source>
        <translation>Die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>%1 columns separated by %2, %3, %4</source>
        <translation>%1 Spalten, getrennt durch %2, %3, %4</translation>
    </message>
    <message>
        <source>The columns match the preset “%1”: its column mapping and formats were chosen. Choose None under Preset to map the columns yourself.</source>
        <translation>Die Spalten passen zur Voreinstellung „%1“: deren Spaltenzuordnung und Formate wurden gewählt. Wählen Sie unter Voreinstellung „Keine“, um die Spalten selbst zuzuordnen.</translation>
    </message>
    <message>
        <source>“%1” is imported as %2 because of its name; map another column to %2 to ignore it.</source>
        <translation>Die Spalte „%1“ wird wegen ihres Namens als %2 importiert; ordnen Sie eine andere Spalte %2 zu, um sie zu ignorieren.</translation>
    </message>
    <message>
        <source>Using the mapping saved when a file with these columns was last imported.</source>
        <translation>Es wird die Zuordnung verwendet, die beim letzten Import einer Datei mit diesen Spalten gespeichert wurde.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checking: %1 rows (%2 rows/s)</source>
        <translation>Prüfen: %1 Zeilen (%2 Zeilen/s)</translation>
    </message>
    <message>
        <source>Importing: %1 rows (%2 rows/s)</source>
        <translation>Importieren: %1 Zeilen (%2 Zeilen/s)</translation>
    </message>
    <message>
        <source>Comparing with the company file: %1 rows (%2 rows/s)</source>
        <translation>Abgleich mit der Firmendatei: %1 Zeilen (%2 Zeilen/s)</translation>
    </message>
    <message>
        <source>Writing: %1 rows (%2 rows/s)</source>
        <translation>Schreiben: %1 Zeilen (%2 Zeilen/s)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>Der Import konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported</source>
        <translation>Abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>1 problem — nothing was imported</source>
        <translation>1 Problem — es wurde nichts importiert</translation>
    </message>
    <message>
        <source>More than 1000 problems — nothing was imported</source>
        <translation>Mehr als 1000 Probleme — es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 problems — nothing was imported</source>
        <translation>%1 Probleme — es wurde nichts importiert</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 Rechnung</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 Rechnungen</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 Zahlung</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 Zahlungen</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Check passed. %1: %2 would be created, %3 updated, %4 unchanged. Nothing was written yet.</source>
        <translation>Prüfung bestanden. %1: anzulegen %2, zu aktualisieren %3, unverändert %4. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1: angelegt %2, aktualisiert %3, unverändert %4</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceDocumentActions</name>
    <message numerus="yes">
        <source>Attached: %n file(s)</source>
        <translation>
            <numerusform>Angehängt: %n Datei</numerusform>
            <numerusform>Angehängt: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 → invoice %2</source>
        <translation>  %1 → Rechnung %2</translation>
    </message>
    <message numerus="yes">
        <source>Already attached: %n file(s)</source>
        <translation>
            <numerusform>Bereits angehängt: %n Datei</numerusform>
            <numerusform>Bereits angehängt: %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No invoice number in the name: %n file(s)</source>
        <translation>
            <numerusform>Keine Rechnungsnummer im Namen: %n Datei</numerusform>
            <numerusform>Keine Rechnungsnummer im Namen: %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names more than one invoice: %n file(s)</source>
        <translation>
            <numerusform>Name nennt mehr als eine Rechnung: %n Datei</numerusform>
            <numerusform>Name nennt mehr als eine Rechnung: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2)</source>
        <translation>  %1 (%2)</translation>
    </message>
    <message>
        <source>Not attached: %1 (%2)</source>
        <translation>Nicht angehängt: %1 (%2)</translation>
    </message>
    <message>
        <source>Attach the document of invoice %1</source>
        <translation>Dokument der Rechnung %1 anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf);;All files (*)</source>
        <translation>Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Document attached to invoice %1</source>
        <translation>Dokument an Rechnung %1 angehängt</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>No application opens %1</source>
        <translation>Keine Anwendung öffnet %1</translation>
    </message>
    <message>
        <source>Import invoice documents from a folder (files named by invoice number)</source>
        <translation>Rechnungsdokumente aus einem Ordner importieren (Dateien nach Rechnungsnummer benannt)</translation>
    </message>
    <message>
        <source>Import invoice documents</source>
        <translation>Rechnungsdokumente importieren</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceEditDialog</name>
    <message>
        <source>%1 has already been paid, credited or written off on this invoice: the amount cannot go below it and the currency is fixed.</source>
        <translation>Auf diese Rechnung wurden bereits %1 bezahlt, gutgeschrieben oder ausgebucht: der Betrag kann nicht darunter sinken, und die Währung steht fest.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>Währung: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>New invoice for %1</source>
        <translation>Neue Rechnung für %1</translation>
    </message>
    <message>
        <source>Edit invoice %1</source>
        <translation>Rechnung %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Ausgestellt:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;PO number:</source>
        <translation>Be&amp;stellnummer:</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceTableModel</name>
    <message>
        <source>%1 (%2, %3): right-click the invoice to open it</source>
        <translation>%1 (%2, %3): Rechtsklick auf die Rechnung, um das Dokument zu öffnen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage Verzug</translation>
    </message>
    <message>
        <source>PO</source>
        <translation>Bestellnr.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>What is still owed on the invoice: its amount less the payments, credit notes and write-offs allocated to it.</source>
        <translation>Was auf der Rechnung noch offen ist: ihr Betrag abzüglich der ihr zugeordneten Zahlungen, Gutschriften und Ausbuchungen.</translation>
    </message>
    <message>
        <source>Days since the due date while the invoice is unpaid: it counts in the aging bucket 1–30, 31–60, 61–90 or 90+.</source>
        <translation>Tage seit der Fälligkeit, solange die Rechnung unbezahlt ist: sie zählt zur Altersklasse 1–30, 31–60, 61–90 oder 90+.</translation>
    </message>
</context>
<context>
    <name>ardesk::LedgerActions</name>
    <message>
        <source>Contact %1 added</source>
        <translation>Kontakt %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Contact %1 saved</source>
        <translation>Kontakt %1 gespeichert</translation>
    </message>
    <message>
        <source>Invoice %1 entered</source>
        <translation>Rechnung %1 erfasst</translation>
    </message>
    <message>
        <source>Invoice %1 saved</source>
        <translation>Rechnung %1 gespeichert</translation>
    </message>
    <message>
        <source>Invoice %1 written off</source>
        <translation>Rechnung %1 ausgebucht</translation>
    </message>
    <message>
        <source>Credit note against %1 recorded</source>
        <translation>Gutschrift zu %1 erfasst</translation>
    </message>
    <message>
        <source>Payment of %1 recorded</source>
        <translation>Zahlung über %1 erfasst</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <source>Why is the payment of %1 on %2 voided? (e.g. the check bounced; kept with the payment and in the audit log)</source>
        <translation>Warum wird die Zahlung über %1 vom %2 storniert? (z. B. Scheck geplatzt; wird bei der Zahlung und im Änderungsprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>Zahlung storniert</translation>
    </message>
</context>
<context>
    <name>ardesk::LiveUpdates</name>
    <message>
        <source>Connection to the team database %1 lost — retrying… Nothing you type is lost; saving is paused until it is back.</source>
        <translation>Verbindung zur Teamdatenbank %1 verloren — neuer Versuch… Nichts, was Sie eingeben, geht verloren; das Speichern pausiert, bis sie wieder besteht.</translation>
    </message>
</context>
<context>
    <name>ardesk::MailActions</name>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: File &gt; E-mail settings.</source>
        <translation>E-Mail ist noch nicht eingerichtet: Datei &gt; E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>Sent %1, failed %2 (retried later), not delivered %3, unknown %4; %5 still waiting.</source>
        <translation>Gesendet %1, fehlgeschlagen %2 (wird später erneut versucht), nicht zugestellt %3, unbekannt %4; %5 warten noch.</translation>
    </message>
    <message>
        <source> Stopped by you.</source>
        <translation> Von Ihnen angehalten.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>%1 is not the address of a contact of %2. Add it to a contact (Details &gt; Contacts) to write to it from ARDesk.</source>
        <translation>%1 ist nicht die Adresse eines Kontakts von %2. Fügen Sie sie einem Kontakt hinzu (Details &gt; Kontakte), um aus ARDesk dorthin zu schreiben.</translation>
    </message>
    <message>
        <source>Call recap</source>
        <translation>Gesprächszusammenfassung</translation>
    </message>
    <message>
        <source>E-mail queued in the outbox</source>
        <translation>E-Mail in den Postausgang gestellt</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Mahnungen senden</translation>
    </message>
    <message>
        <source>There are no e-mail templates.</source>
        <translation>Es gibt keine E-Mail-Vorlagen.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message numerus="yes">
        <source>The %n client(s) selected in the list</source>
        <translation>
            <numerusform>%n in der Liste ausgewählter Kunde</numerusform>
            <numerusform>Die %n in der Liste ausgewählten Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n client(s) in the list</source>
        <translation>
            <numerusform>%n Kunde in der Liste</numerusform>
            <numerusform>Alle %n Kunden in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n client(s) matching &quot;%1&quot;</source>
        <translation>
            <numerusform>%n Kunde, der zu „%1“ passt</numerusform>
            <numerusform>Alle %n Kunden, die zu „%1“ passen</numerusform>
        </translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird vorbereitet…</numerusform>
            <numerusform>%n Nachrichten werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued in the outbox</source>
        <translation>
            <numerusform>%n Nachricht in den Postausgang gestellt</numerusform>
            <numerusform>%n Nachrichten in den Postausgang gestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3 — %4</source>
        <translation>%1 von %2: %3 — %4</translation>
    </message>
    <message>
        <source>E-mail settings saved</source>
        <translation>E-Mail-Einstellungen gespeichert</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <source>About ARDesk</source>
        <translation>Über ARDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ARDesk %1&lt;/b&gt;&lt;p&gt;The accounts-receivable collections desk: every interaction recorded, the day&apos;s work queued, nothing lost.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ARDesk %1&lt;/b&gt;&lt;p&gt;Der Arbeitsplatz für das Forderungsmanagement: jede Interaktion festgehalten, die Arbeit des Tages geordnet, nichts geht verloren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New company file…</source>
        <translation>&amp;Neue Firmendatei…</translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation>Firmendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>&amp;Teamdatenbank öffnen…</translation>
    </message>
    <message>
        <source>Open a company kept on a PostgreSQL server, shared by the team</source>
        <translation>Eine Firma öffnen, die auf einem PostgreSQL-Server liegt und vom Team gemeinsam genutzt wird</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import invoice &amp;documents…</source>
        <translation>Rechnungs&amp;dokumente importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export a table to a spreadsheet (CSV or Excel)</source>
        <translation>Eine Tabelle in eine Tabellenkalkulation exportieren (CSV oder Excel)</translation>
    </message>
    <message>
        <source>&amp;Company settings…</source>
        <translation>Firmeneinste&amp;llungen…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Benutzer we&amp;chseln…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Settings of this computer, such as what a call does when no program handles phone links</source>
        <translation>Einstellungen dieses Computers, etwa was ein Anruf tut, wenn kein Programm Telefon-Links verarbeitet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Find a client, or in the open client&apos;s notes</source>
        <translation>Einen Kunden suchen oder in den Notizen des geöffneten Kunden suchen</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive client…</source>
        <translation>Kunde &amp;archivieren…</translation>
    </message>
    <message>
        <source>&amp;Unarchive client…</source>
        <translation>Archivierung &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>&amp;Pause reminders…</source>
        <translation>Mahnungen &amp;pausieren…</translation>
    </message>
    <message>
        <source>Res&amp;ume reminders…</source>
        <translation>Mahnungen &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived clients</source>
        <translation>A&amp;rchivierte Kunden anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ARDesk</source>
        <translation>&amp;Über ARDesk</translation>
    </message>
    <message>
        <source>&amp;Record integrity…</source>
        <translation>&amp;Integrität der Aufzeichnungen…</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>Notizen &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Templates and call scripts…</source>
        <translation>&amp;Vorlagen und Gesprächsleitfäden…</translation>
    </message>
    <message>
        <source>Reminder &amp;policies…</source>
        <translation>Mahn&amp;richtlinien…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Ben&amp;utzer…</translation>
    </message>
    <message>
        <source>&amp;E-mail settings…</source>
        <translation>E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>E-&amp;mail client…</source>
        <translation>E-&amp;Mail an Kunden…</translation>
    </message>
    <message>
        <source>Send &amp;reminders to listed clients…</source>
        <translation>Mahnungen an gelistete Kunden &amp;senden…</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Arbeit</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Done — next account</source>
        <translation>&amp;Erledigt — nächstes Konto</translation>
    </message>
    <message>
        <source>&amp;Log a call</source>
        <translation>Anruf &amp;protokollieren</translation>
    </message>
    <message>
        <source>&amp;Call the billing contact</source>
        <translation>&amp;Rechnungskontakt anrufen</translation>
    </message>
    <message>
        <source>&amp;Run reminders…</source>
        <translation>&amp;Mahnlauf starten…</translation>
    </message>
    <message>
        <source>Tasks and &amp;disputes…</source>
        <translation>&amp;Aufgaben und Streitfälle…</translation>
    </message>
    <message>
        <source>&amp;Promise-kept rates…</source>
        <translation>Einhaltungs&amp;quoten der Zusagen…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Client &amp;activity…</source>
        <translation>Kunden&amp;aktivität…</translation>
    </message>
    <message>
        <source>Audit &amp;trail of this client…</source>
        <translation>Änderungsprotokoll dieses &amp;Kunden…</translation>
    </message>
    <message>
        <source>Statement &amp;of account…</source>
        <translation>Kon&amp;toauszug…</translation>
    </message>
    <message>
        <source>Case &amp;file…</source>
        <translation>Fa&amp;llakte…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>%1  — team database</source>
        <translation>%1  — Teamdatenbank</translation>
    </message>
    <message>
        <source>Cannot open company file</source>
        <translation>Firmendatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This company file is damaged (%1). ARDesk opened it read-only: you can read what is still readable, but nothing can be saved. Restore it from a backup with File &gt; Restore from backup… (or ardesk-cli restore).</source>
        <translation>Diese Firmendatei ist beschädigt (%1). ARDesk hat sie schreibgeschützt geöffnet: Sie können lesen, was noch lesbar ist, aber nichts speichern. Stellen Sie sie mit Datei &gt; Aus Sicherung wiederherstellen… (oder ardesk-cli restore) aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This company file cannot be saved here: %1. ARDesk opened it read-only: you can read everything, but nothing can be saved. Copy it to a folder you may write to, or ask whoever manages that folder.</source>
        <translation>Diese Firmendatei kann hier nicht gespeichert werden: %1. ARDesk hat sie schreibgeschützt geöffnet: Sie können alles lesen, aber nichts speichern. Kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, oder fragen Sie die Person, die diesen Ordner verwaltet.</translation>
    </message>
    <message>
        <source>ARDesk</source>
        <translation>ARDesk</translation>
    </message>
    <message>
        <source>No company file open — File &gt; Open or New</source>
        <translation>Keine Firmendatei geöffnet — Datei &gt; Öffnen oder Neu</translation>
    </message>
    <message>
        <source>%1 — ARDesk</source>
        <translation>%1 — ARDesk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>no user chosen</source>
        <translation>Kein Benutzer gewählt</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of ARDesk…
This happens once; a large company file takes a few seconds.</source>
        <translation>%1 wird für diese ARDesk-Version aktualisiert…
Das geschieht einmalig; eine große Firmendatei braucht einige Sekunden.</translation>
    </message>
    <message>
        <source>Upgrading company file</source>
        <translation>Firmendatei wird aktualisiert</translation>
    </message>
    <message>
        <source>the upgrade did not finish</source>
        <translation>Die Aktualisierung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Finishing the automatic backup of %1…</source>
        <translation>Die automatische Sicherung von %1 wird abgeschlossen…</translation>
    </message>
    <message>
        <source>the call log is still open: save or discard it first</source>
        <translation>Das Anrufprotokoll ist noch offen: Speichern oder verwerfen Sie es zuerst</translation>
    </message>
    <message>
        <source>Could not load clients: %1</source>
        <translation>Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The automatic backup when ARDesk last closed this file failed: %1</source>
        <translation>Die automatische Sicherung beim letzten Schließen dieser Datei durch ARDesk ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>ARDesk company files (*.ardesk);;All files (*)</source>
        <translation>ARDesk-Firmendateien (*.ardesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open team database</source>
        <translation>Teamdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation>Neue Firmendatei</translation>
    </message>
    <message>
        <source>ARDesk company files (*.ardesk)</source>
        <translation>ARDesk-Firmendateien (*.ardesk)</translation>
    </message>
    <message>
        <source>Cannot create company file</source>
        <translation>Firmendatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>Firmeneinstellungen</translation>
    </message>
    <message>
        <source>Imported %1 into the company file</source>
        <translation>%1 in die Firmendatei importiert</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>The note you started is still here: save or discard it first</source>
        <translation>Die begonnene Notiz ist noch da: Speichern oder verwerfen Sie sie zuerst</translation>
    </message>
    <message>
        <source>The note you started is still here: save or discard it before recording the dispute</source>
        <translation>Die begonnene Notiz ist noch da: Speichern oder verwerfen Sie sie, bevor Sie den Streitfall erfassen</translation>
    </message>
    <message>
        <source>Say what is disputed and save: reminders on %1 pause until the dispute is resolved</source>
        <translation>Beschreiben Sie, was strittig ist, und speichern Sie: Mahnungen zu %1 pausieren, bis der Streitfall gelöst ist</translation>
    </message>
    <message>
        <source>no company file is open</source>
        <translation>Keine Firmendatei geöffnet</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced file is kept as %2</source>
        <translation>Aus %1 wiederhergestellt; die ersetzte Datei wird als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The backup is checked first; the current file is kept beside it as %3.replaced-… .</source>
        <translation>%1 durch die Sicherung %2 ersetzen?

Die Sicherung wird zuerst geprüft; die aktuelle Datei wird daneben als %3.replaced-… aufbewahrt.</translation>
    </message>
    <message>
        <source>%1

Replace it anyway? The changes stay in the file kept beside it.</source>
        <translation>%1

Trotzdem ersetzen? Die Änderungen bleiben in der daneben aufbewahrten Datei.</translation>
    </message>
    <message>
        <source>Backing up %1 before closing…</source>
        <translation type="vanished">%1 wird vor dem Schließen gesichert…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="vanished">Automatische Sicherung</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Passwort nicht gemerkt</translation>
    </message>
    <message>
        <source>The team database is open, but its password could not be kept in the keychain: %1</source>
        <translation>Die Teamdatenbank ist geöffnet, aber ihr Passwort konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Verbindung zur Teamdatenbank %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening team database</source>
        <translation>Teamdatenbank öffnen</translation>
    </message>
    <message>
        <source>the connection did not finish</source>
        <translation>die Verbindung wurde nicht fertig aufgebaut</translation>
    </message>
</context>
<context>
    <name>ardesk::NoteActions</name>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>Note revised (the earlier text stays in its history)</source>
        <translation>Notiz überarbeitet (der frühere Text bleibt in ihrem Verlauf)</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Why is this note deleted? It leaves the timeline but stays readable in its history; the reason is kept.</source>
        <translation>Warum wird diese Notiz gelöscht? Sie verschwindet aus der Zeitleiste, bleibt aber in ihrem Verlauf lesbar; der Grund wird festgehalten.</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <source>Revision %1 — %2 by %3</source>
        <translation>Revision %1 — %2 von %3</translation>
    </message>
    <message>
        <source>%1 · %2 · occurred %3</source>
        <translation>%1 · %2 · erfolgt am %3</translation>
    </message>
    <message>
        <source>Deleted %1 by %2</source>
        <translation>Gelöscht am %1 von %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Notizverlauf</translation>
    </message>
    <message>
        <source>History of note %1</source>
        <translation>Verlauf der Notiz %1</translation>
    </message>
    <message>
        <source>No note of this client was deleted.</source>
        <translation>Keine Notiz dieses Kunden wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Gelöschte Notizen</translation>
    </message>
    <message>
        <source>Deleted notes of %1</source>
        <translation>Gelöschte Notizen von %1</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>No application opens %1; use Save as</source>
        <translation>Keine Anwendung öffnet %1; verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Anhang speichern unter</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Nobody at %1 can be called: no contact with a phone number who may be contacted</source>
        <translation>Bei %1 kann niemand angerufen werden: kein Kontakt mit Telefonnummer, der kontaktiert werden darf</translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation>Der Anruf wurde nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Anruf protokolliert</translation>
    </message>
</context>
<context>
    <name>ardesk::NoteComposer</name>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 — %2 due %3</source>
        <translation>%1 — %2 fällig %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type mismatch: %1 (%2, %3 — the name says %4)</source>
        <translation>Dateityp passt nicht: %1 (%2, %3 — laut Name %4)</translation>
    </message>
    <message>
        <source>%1
%2 — double-click to remove</source>
        <translation>%1
%2 — zum Entfernen doppelklicken</translation>
    </message>
    <message>
        <source>%1
Dropped content — double-click to remove</source>
        <translation>%1
Eingefügter Inhalt — zum Entfernen doppelklicken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Edit note (saving adds revision %1; the original stays readable)</source>
        <translation>Notiz bearbeiten (Speichern legt Revision %1 an; das Original bleibt lesbar)</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>About invoices:</source>
        <translation>Zu Rechnungen:</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What was said (plain text). Ctrl+Enter saves.</source>
        <translation>Was gesagt wurde (reiner Text). Ctrl+Enter speichert.</translation>
    </message>
    <message>
        <source>&amp;Next contact on</source>
        <translation>&amp;Nächster Kontakt am</translation>
    </message>
    <message>
        <source>No &amp;follow-up needed</source>
        <translation>Keine Nachverfol&amp;gung nötig</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Dateien hier ablegen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation>Revision &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Note composer</source>
        <translation>Notizeditor</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Draft restored — saved %1. This note is not saved yet.</source>
        <translation>Entwurf wiederhergestellt — gespeichert %1. Diese Notiz ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>What you typed here earlier was kept when you left it. Save the note, or Discard to throw the draft away.</source>
        <translation>Was Sie hier vorhin eingegeben hatten, wurde beim Verlassen aufbewahrt. Speichern Sie die Notiz, oder verwerfen Sie den Entwurf mit „Entwurf verwerfen“.</translation>
    </message>
    <message>
        <source>Disca&amp;rd draft</source>
        <translation>Entwur&amp;f verwerfen</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Invoices this note is about</source>
        <translation>Rechnungen, um die es in dieser Notiz geht</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>ardesk::NoteDelegate</name>
    <message>
        <source>revised %1×</source>
        <translation>%1× überarbeitet</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Rechnungen: %1</translation>
    </message>
    <message>
        <source>Next contact %1</source>
        <translation>Nächster Kontakt %1</translation>
    </message>
    <message>
        <source>No follow-up needed</source>
        <translation>Keine Nachverfolgung nötig</translation>
    </message>
    <message>
        <source>Type mismatch: %1</source>
        <translation>Dateityp passt nicht: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::NoteDraftKeeper</name>
    <message>
        <source>The draft note could not be kept: %1</source>
        <translation>Der Notizentwurf konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Entwurf verworfen</translation>
    </message>
    <message>
        <source>The draft could not be discarded: %1</source>
        <translation>Der Entwurf konnte nicht verworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::NoteTimelineModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 — the name says %4)</source>
        <translation>%1 (%2, %3 — laut Name %4)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Erfasst am %1 von %2</translation>
    </message>
</context>
<context>
    <name>ardesk::NotesPane</name>
    <message>
        <source>Deleted notes…</source>
        <translation>Gelöschte Notizen…</translation>
    </message>
    <message>
        <source>Notes deleted from this client&apos;s timeline, with every revision and the reason — nothing is ever erased</source>
        <translation>Aus der Zeitleiste dieses Kunden gelöschte Notizen, mit jeder Revision und dem Grund — nichts wird je endgültig gelöscht</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 von %n Notiz</numerusform>
            <numerusform>%1 von %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit (new revision)…</source>
        <translation>&amp;Bearbeiten (neue Revision)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E-mail %1…</source>
        <translation>E-Mail an %1…</translation>
    </message>
    <message>
        <source>%1 (type mismatch!)</source>
        <translation>%1 (Dateityp passt nicht!)</translation>
    </message>
    <message>
        <source>Open a read-only copy</source>
        <translation>Schreibgeschützte Kopie öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Notes timeline</source>
        <translation>Zeitleiste der Notizen</translation>
    </message>
</context>
<context>
    <name>ardesk::OutboxDialog</name>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>Nachricht a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
</context>
<context>
    <name>ardesk::OutboxTableModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Failed — retrying %1</source>
        <translation>Fehlgeschlagen — neuer Versuch %1</translation>
    </message>
    <message>
        <source>Not delivered — retry by hand</source>
        <translation>Nicht zugestellt — manuell erneut versuchen</translation>
    </message>
    <message>
        <source>Unknown — check before sending again</source>
        <translation>Unbekannt — vor erneutem Senden prüfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Eingereiht am</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Server reply / error</source>
        <translation>Serverantwort / Fehler</translation>
    </message>
</context>
<context>
    <name>ardesk::PauseDialog</name>
    <message>
        <source>Pause reminders for %1</source>
        <translation>Mahnungen für %1 pausieren</translation>
    </message>
    <message>
        <source>Resume reminders for %1</source>
        <translation>Mahnungen für %1 fortsetzen</translation>
    </message>
    <message>
        <source>The whole client</source>
        <translation>Der ganze Kunde</translation>
    </message>
    <message>
        <source>Invoice %1 (%2, due %3)</source>
        <translation>Rechnung %1 (%2, fällig %3)</translation>
    </message>
    <message>
        <source>Why reminders pause (kept as an internal note)</source>
        <translation>Warum Mahnungen pausieren (wird als interne Notiz festgehalten)</translation>
    </message>
    <message>
        <source>Optional: why reminders resume</source>
        <translation>Optional: warum Mahnungen fortgesetzt werden</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Bis (einschließlich):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>No reminder goes out for what you pause until the day after the date; the reason is kept on the record.</source>
        <translation>Für das, was Sie pausieren, geht bis einschließlich dieses Datums keine Mahnung hinaus; der Grund wird festgehalten.</translation>
    </message>
    <message>
        <source>Reminders follow the policy again from today.</source>
        <translation>Mahnungen folgen ab heute wieder der Richtlinie.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Until: %1 is before today</source>
        <translation>Bis: %1 liegt vor heute</translation>
    </message>
    <message>
        <source>Reason: say why reminders pause (it is kept on the record)</source>
        <translation>Grund: Geben Sie an, warum Mahnungen pausieren (wird festgehalten)</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentDialog</name>
    <message>
        <source>Currency: &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>Währung: „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Nothing is open in %1: the payment stays on account.</source>
        <translation>In %1 ist nichts offen: Die Zahlung bleibt als Guthaben auf dem Konto.</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Geben Sie den erhaltenen Betrag ein.</translation>
    </message>
    <message numerus="yes">
        <source>Applies %1 to %n invoice(s); %2 stays on account.</source>
        <translation>
            <numerusform>Ordnet %1 %n Rechnung zu; %2 bleibt als Guthaben auf dem Konto.</numerusform>
            <numerusform>Ordnet %1 %n Rechnungen zu; %2 bleibt als Guthaben auf dem Konto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies %1 to %n invoice(s).</source>
        <translation>
            <numerusform>Ordnet %1 %n Rechnung zu.</numerusform>
            <numerusform>Ordnet %1 %n Rechnungen zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Invoice %1: %2 is more than its open balance %3</source>
        <translation>Rechnung %1: %2 ist mehr als ihr offener Betrag %3</translation>
    </message>
    <message>
        <source>Record a payment from %1</source>
        <translation>Zahlung von %1 erfassen</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Eingegangen:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>&amp;Reference / check no.:</source>
        <translation>&amp;Referenz / Schecknr.:</translation>
    </message>
    <message>
        <source>Apply &amp;oldest first</source>
        <translation>&amp;Älteste zuerst zuordnen</translation>
    </message>
    <message>
        <source>Apply &amp;by hand</source>
        <translation>&amp;Manuell zuordnen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Allocation to invoices</source>
        <translation>Zuordnung zu Rechnungen</translation>
    </message>
</context>
<context>
    <name>ardesk::PaymentTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation>Storniert am %1: %2</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Storno: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>ardesk::PoliciesDialog</name>
    <message>
        <source>Reminder policies</source>
        <translation>Mahnrichtlinien</translation>
    </message>
    <message>
        <source>Days after due</source>
        <translation>Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>E-Mail-Vorlage</translation>
    </message>
    <message>
        <source>empty: clients without a segment policy</source>
        <translation>leer: Kunden ohne Segment-Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For &amp;segment:</source>
        <translation>Für Se&amp;gment:</translation>
    </message>
    <message>
        <source>&amp;Late-payment wording:</source>
        <translation>Formulierung zu &amp;Zahlungsverzug:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>Assign to the shown client</source>
        <translation>Dem angezeigten Kunden zuweisen</translation>
    </message>
    <message>
        <source>&amp;Assign to %1</source>
        <translation>&amp;An %1 zuweisen</translation>
    </message>
    <message>
        <source>Today queue priority (weights add up to 100)</source>
        <translation>Priorität in der Heute-Liste (Gewichte ergeben zusammen 100)</translation>
    </message>
    <message>
        <source>Amount overdue</source>
        <translation>Überfälliger Betrag</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Gebrochene Zahlungszusagen</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Tage seit letztem Gespräch</translation>
    </message>
    <message>
        <source>Over credit limit</source>
        <translation>Über Kreditlimit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A promise to pay is kept if paid up to</source>
        <translation>Eine Zahlungszusage gilt als eingehalten, wenn bis zu</translation>
    </message>
    <message>
        <source>after its date.</source>
        <translation>nach ihrem Datum gezahlt wird.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>At most this many e-mails to one client in 7 days (0: no cap)</source>
        <translation>Höchstens so viele E-Mails an einen Kunden in 7 Tagen (0: keine Grenze)</translation>
    </message>
    <message>
        <source>E-mails per client per 7 days:</source>
        <translation>E-Mails pro Kunde in 7 Tagen:</translation>
    </message>
    <message>
        <source>Save &amp;priorities and grace</source>
        <translation>&amp;Prioritäten und Karenzzeit speichern</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no policy is selected</source>
        <translation>keine Richtlinie ausgewählt</translation>
    </message>
    <message>
        <source>step %1 (+%2 days): an e-mail step needs a template</source>
        <translation>Schritt %1 (+%2 Tage): Ein E-Mail-Schritt braucht eine Vorlage</translation>
    </message>
    <message>
        <source>name: is required</source>
        <translation>Name: ist erforderlich</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Policy steps</source>
        <translation>Schritte der Richtlinie</translation>
    </message>
    <message>
        <source>Step %1: days after due</source>
        <translation>Schritt %1: Tage nach Fälligkeit</translation>
    </message>
    <message>
        <source>Step %1: action</source>
        <translation>Schritt %1: Aktion</translation>
    </message>
    <message>
        <source>Step %1: template</source>
        <translation>Schritt %1: Vorlage</translation>
    </message>
</context>
<context>
    <name>ardesk::PoliciesScreen</name>
    <message>
        <source>Policy %1 saved</source>
        <translation>Richtlinie %1 gespeichert</translation>
    </message>
    <message>
        <source>The client follows this policy now</source>
        <translation>Der Kunde folgt jetzt dieser Richtlinie</translation>
    </message>
    <message>
        <source>Priorities and grace days saved</source>
        <translation>Prioritäten und Karenztage gespeichert</translation>
    </message>
</context>
<context>
    <name>ardesk::PreferencesDialog</name>
    <message>
        <source>Type the softphone&apos;s command line, or choose to copy the number.</source>
        <translation>Geben Sie die Befehlszeile des Softphones ein, oder lassen Sie die Nummer kopieren.</translation>
    </message>
    <message>
        <source>Preferences (this computer)</source>
        <translation>Einstellungen (dieser Computer)</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Anrufe</translation>
    </message>
    <message>
        <source>When no program on this computer handles phone links (tel:)</source>
        <translation>Wenn kein Programm auf diesem Computer Telefon-Links (tel:) verarbeitet</translation>
    </message>
    <message>
        <source>Copy the &amp;number to the clipboard</source>
        <translation>Die &amp;Nummer in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Start a &amp;softphone with this command line:</source>
        <translation>Ein &amp;Softphone mit dieser Befehlszeile starten:</translation>
    </message>
    <message>
        <source>Softphone command line</source>
        <translation>Befehlszeile des Softphones</translation>
    </message>
    <message>
        <source>%1 is replaced by the number in international form (+14155550100); without %1 the number is added at the end. Quotes group words. The command is started directly, never through a shell. When a program does handle phone links, it dials and this setting is not used.</source>
        <translation>%1 wird durch die Nummer im internationalen Format (+14155550100) ersetzt; ohne %1 wird die Nummer ans Ende angehängt. Anführungszeichen fassen Wörter zusammen. Der Befehl wird direkt gestartet, nie über eine Shell. Wenn ein Programm Telefon-Links verarbeitet, wählt es, und diese Einstellung wird nicht verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Sprache des Fensters:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Applies at the next start of ARDesk. Messages of ardesk-cli follow the same choice. Dates and amounts follow the company&apos;s locale (Company settings), whatever the language.</source>
        <translation>Gilt ab dem nächsten Start von ARDesk. Die Meldungen von ardesk-cli folgen derselben Wahl. Daten und Beträge folgen unabhängig von der Sprache dem Gebietsschema der Firma (Firmeneinstellungen).</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>System follows this computer&apos;s colours. Dark shows light text on dark backgrounds; every colour that carries meaning is also said in words. Kept for this computer.</source>
        <translation>„System“ folgt den Farben dieses Computers. „Dunkel“ zeigt hellen Text auf dunklem Hintergrund; jede Farbe, die eine Bedeutung trägt, wird auch in Worten genannt. Gilt für diesen Computer.</translation>
    </message>
</context>
<context>
    <name>ardesk::PrintActions</name>
    <message>
        <source>Statement %1 %2.pdf</source>
        <translation>Kontoauszug %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save the statement of %1</source>
        <translation>Kontoauszug von %1 speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Statement saved to %1</source>
        <translation>Kontoauszug gespeichert unter %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Bundle with the attachments and their hashes (*.zip)</source>
        <translation>Paket mit den Anhängen und ihren Hashes (*.zip)</translation>
    </message>
    <message>
        <source>Case file %1 %2.pdf</source>
        <translation>Fallakte %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save the case file of %1</source>
        <translation>Fallakte von %1 speichern</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Case file saved to %1</source>
        <translation>Fallakte gespeichert unter %1</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <source>Reading the client&apos;s record</source>
        <translation>Akte des Kunden wird gelesen</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
</context>
<context>
    <name>ardesk::ProgressPanel</name>
    <message>
        <source>Cancelling — stopping at the next safe point…</source>
        <translation>Wird abgebrochen — Halt am nächsten sicheren Punkt…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the work at the next safe point (Esc)</source>
        <translation>Die Arbeit am nächsten sicheren Punkt anhalten (Esc)</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Die Arbeit abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>ardesk::PromiseRatesDialog</name>
    <message>
        <source>Promise-kept rates</source>
        <translation>Einhaltungsquoten der Zahlungszusagen</translation>
    </message>
    <message>
        <source>Promises resolved by %1 (kept, partly kept or broken; open and cancelled ones do not count). By count: kept ÷ resolved. By amount: received towards the promises ÷ promised, per currency.</source>
        <translation>Zahlungszusagen, die bis %1 abgeschlossen wurden (eingehalten, teilweise eingehalten oder gebrochen; offene und stornierte zählen nicht). Nach Anzahl: eingehalten ÷ abgeschlossen. Nach Betrag: auf die Zusagen eingegangen ÷ zugesagt, pro Währung.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Nach Anzahl</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>Nach Betrag</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 received of %2 promised</source>
        <translation>%1 von zugesagten %2 eingegangen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation>(unbekannter Verfasser)</translation>
    </message>
    <message>
        <source>No promise has been resolved yet.</source>
        <translation>Es wurde noch keine Zahlungszusage abgeschlossen.</translation>
    </message>
    <message>
        <source>The rates could not be read: %1</source>
        <translation>Die Quoten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::RecordIntegrityDialog</name>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Record integrity</source>
        <translation>Integrität der Aufzeichnungen</translation>
    </message>
    <message>
        <source>Every note revision, deletion and attachment is a link in a SHA-256 hash chain. The newest link (the chain head) changes with every entry; if anything in the record is altered outside ARDesk, verification names the first entry that no longer matches.</source>
        <translation>Jede Notizrevision, Löschung und jeder Anhang ist ein Glied einer SHA-256-Hash-Kette. Das neueste Glied (der Kettenkopf) ändert sich mit jedem Eintrag; wird etwas in den Aufzeichnungen außerhalb von ARDesk verändert, nennt die Prüfung den ersten Eintrag, der nicht mehr passt.</translation>
    </message>
    <message>
        <source>Chain head: reading…</source>
        <translation>Kettenkopf: wird gelesen…</translation>
    </message>
    <message>
        <source>Chain head: could not be read</source>
        <translation>Kettenkopf: konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Chain head: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Kettenkopf: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 chain entries: %2 note revisions, %3 deletions, %4 attachment references, %5 stored files.
</source>
        <translation>%1 Kettenglieder: %2 Notizrevisionen, %3 Löschungen, %4 Anhangsverweise, %5 gespeicherte Dateien.
</translation>
    </message>
    <message>
        <source>
OK — the record is intact. Chain head %1</source>
        <translation>
OK — die Aufzeichnungen sind unversehrt. Kettenkopf %1</translation>
    </message>
    <message>
        <source>
ALTERED — the first problem:
  %1
</source>
        <translation>
VERÄNDERT — das erste Problem:
  %1
</translation>
    </message>
    <message numerus="yes">
        <source>
%n more problem(s) found.</source>
        <translation>
            <numerusform>
%n weiteres Problem gefunden.</numerusform>
            <numerusform>
%n weitere Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Verifying the record</source>
        <translation>Aufzeichnungen werden geprüft</translation>
    </message>
    <message>
        <source>Verification cancelled — nothing concluded. The record was neither found intact nor altered; verify again to know.</source>
        <translation>Prüfung abgebrochen — kein Ergebnis. Die Aufzeichnungen wurden weder als unversehrt noch als verändert befunden; prüfen Sie erneut, um Gewissheit zu haben.</translation>
    </message>
</context>
<context>
    <name>ardesk::RemindersDialog</name>
    <message numerus="yes">
        <source>e-mail &quot;%1&quot; about %n invoice(s)</source>
        <translation>
            <numerusform>E-Mail „%1“ zu %n Rechnung</numerusform>
            <numerusform>E-Mail „%1“ zu %n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>text task for the clerk, not an e-mail (prefers texts)</source>
        <translation>SMS-Aufgabe für den Sachbearbeiter, keine E-Mail (bevorzugt SMS)</translation>
    </message>
    <message>
        <source>call task, not an e-mail (prefers calls)</source>
        <translation>Anrufaufgabe, keine E-Mail (bevorzugt Anrufe)</translation>
    </message>
    <message>
        <source>call task</source>
        <translation>Anrufaufgabe</translation>
    </message>
    <message>
        <source>credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>escalate to manager</source>
        <translation>an Manager eskalieren</translation>
    </message>
    <message>
        <source>collections/legal review</source>
        <translation>Inkasso/rechtliche Prüfung</translation>
    </message>
    <message>
        <source>payment plan defaulted</source>
        <translation>Zahlungsplan nicht eingehalten</translation>
    </message>
    <message>
        <source>%1: %2 held (%3)</source>
        <translation>%1: %2 zurückgehalten (%3)</translation>
    </message>
    <message>
        <source>%1: %2 skipped (%3)</source>
        <translation>%1: %2 übersprungen (%3)</translation>
    </message>
    <message>
        <source>%1: e-mail waits until e-mail is set up</source>
        <translation>%1: E-Mail wartet, bis der E-Mail-Versand eingerichtet ist</translation>
    </message>
    <message>
        <source>Run reminders</source>
        <translation>Mahnlauf</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Held or skipped</source>
        <translation>Zurückgehalten oder übersprungen</translation>
    </message>
    <message>
        <source>As of %1: %2 to queue (one per client), %3, %4, %5, for %6.</source>
        <translation>Stand %1: %2 zum Einreihen (eine pro Kunde), %3, %4, %5, für %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s)</source>
        <translation>
            <numerusform>%n Anrufaufgabe</numerusform>
            <numerusform>%n Anrufaufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s)</source>
        <translation>
            <numerusform>%n Kreditsperre</numerusform>
            <numerusform>%n Kreditsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source> E-mail is not set up (File &gt; E-mail settings): e-mail steps stay pending.</source>
        <translation> E-Mail ist nicht eingerichtet (Datei &gt; E-Mail-Einstellungen): E-Mail-Schritte bleiben ausstehend.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Reminders planned</source>
        <translation>Geplante Mahnungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ardesk::RemindersScreen</name>
    <message>
        <source>Working out today&apos;s reminders…</source>
        <translation>Die heutigen Mahnungen werden ermittelt…</translation>
    </message>
    <message>
        <source>Run reminders</source>
        <translation>Mahnlauf</translation>
    </message>
    <message>
        <source>Reminders: %1 queued, %2, %3, %4.</source>
        <translation>Mahnungen: %1 eingereiht, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s)</source>
        <translation>
            <numerusform>%n Anrufaufgabe</numerusform>
            <numerusform>%n Anrufaufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit hold(s)</source>
        <translation>
            <numerusform>%n Kreditsperre</numerusform>
            <numerusform>%n Kreditsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message>
        <source> Problems: %1</source>
        <translation> Probleme: %1</translation>
    </message>
    <message>
        <source>Applying the reminders</source>
        <translation>Mahnungen werden ausgeführt</translation>
    </message>
</context>
<context>
    <name>ardesk::SearchDialog</name>
    <message>
        <source>Between</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words from a note, a contact or an attachment name</source>
        <translation>Wörter aus einer Notiz, einem Kontakt oder einem Anhangsnamen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>More than %1 notes match; showing the best first.</source>
        <translation>Mehr als %1 Notizen passen; die besten werden zuerst angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) match.</source>
        <translation>
            <numerusform>%n Notiz passt.</numerusform>
            <numerusform>%n Notizen passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Only the shown client</source>
        <translation>Nur der angezeigte Kunde</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Type to search every note.</source>
        <translation>Tippen Sie, um alle Notizen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Search notes for</source>
        <translation>Notizen durchsuchen nach</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Gefundene Notizen</translation>
    </message>
</context>
<context>
    <name>ardesk::SearchResultModel</name>
    <message>
        <source>Matched the attachment %1</source>
        <translation>Treffer im Anhang %1</translation>
    </message>
    <message>
        <source> [attachment: %1]</source>
        <translation> [Anhang: %1]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ardesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the window, by menu, as they are set right now. Menu entries you can open with Alt and the underlined letter.</source>
        <translation>Alle Tastenkürzel des Fensters, nach Menü, wie sie gerade eingestellt sind. Menüeinträge öffnen Sie mit Alt und dem unterstrichenen Buchstaben.</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
</context>
<context>
    <name>ardesk::SingleInstance</name>
    <message>
        <source>Another ARDesk window has %1 open</source>
        <translation>Ein anderes ARDesk-Fenster hat %1 geöffnet</translation>
    </message>
</context>
<context>
    <name>ardesk::SmtpSettingsDialog</name>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <source>E-mail settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Send a test message to…</source>
        <translation>Eine Testnachricht senden an…</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (erforderlich)</translation>
    </message>
    <message>
        <source>TLS (implicit, smtps)</source>
        <translation>TLS (implizit, smtps)</translation>
    </message>
    <message>
        <source>None — loopback relay only</source>
        <translation>Keine — nur Loopback-Relay</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth2 token (XOAUTH2)</source>
        <translation>OAuth2-Token (XOAUTH2)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>System certificates (leave empty) or a PEM file</source>
        <translation>Systemzertifikate (leer lassen) oder eine PEM-Datei</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Pass&amp;word / token:</source>
        <translation>Pass&amp;wort / Token:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Absender-Adr&amp;esse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>Antw&amp;ort an:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Private &amp;CA:</source>
        <translation>Private &amp;Zertifizierungsstelle (CA):</translation>
    </message>
    <message>
        <source>At most per &amp;minute:</source>
        <translation>Höchstens pro Min&amp;ute:</translation>
    </message>
    <message>
        <source>At most per &amp;day:</source>
        <translation>Höchstens pro T&amp;ag:</translation>
    </message>
    <message>
        <source>Certificate authority (PEM)</source>
        <translation>Zertifizierungsstelle (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Test message recipient</source>
        <translation>Empfänger der Testnachricht</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
</context>
<context>
    <name>ardesk::TeamDatabaseDialog</name>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Security (sslmode):</source>
        <translation>&amp;Sicherheit (sslmode):</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open team database</source>
        <translation>Teamdatenbank öffnen</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>the CA that signed the server&apos;s certificate</source>
        <translation>die CA, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>The password is read from PGPASSWORD or ~/.pgpass (host:port:database:user:password); ARDesk never asks for it or keeps it. Across a network use verify-full with the CA certificate.</source>
        <translation type="vanished">Das Passwort wird aus PGPASSWORD oder ~/.pgpass (host:port:database:user:password) gelesen; ARDesk fragt nie danach und speichert es nie. Verwenden Sie über ein Netzwerk verify-full mit dem CA-Zertifikat.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>from the keychain, PGPASSWORD or ~/.pgpass</source>
        <translation>aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Leave the password empty to use the one kept in the keychain, or PGPASSWORD or ~/.pgpass (host:port:database:user:password). ARDesk keeps a password only in the keychain, and only when asked to. Across a network use verify-full with the CA certificate.</source>
        <translation>Lassen Sie das Passwort leer, um das im Schlüsselbund aufbewahrte zu verwenden, oder PGPASSWORD bzw. ~/.pgpass (Host:Port:Datenbank:Benutzer:Passwort). ARDesk bewahrt ein Passwort nur im Schlüsselbund auf, und nur auf Wunsch. Über ein Netzwerk verwenden Sie verify-full mit dem CA-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>ardesk::TemplatesDialog</name>
    <message>
        <source>Note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>E-Mail-Vorlage</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;HTML body:</source>
        <translation>&amp;HTML-Text:</translation>
    </message>
    <message>
        <source>Fields (the questions to ask):</source>
        <translation>Felder (die zu stellenden Fragen):</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Restore shipped text</source>
        <translation>Ausgelieferten Text wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Preview for client (code, empty: example values):</source>
        <translation>&amp;Vorschau für Kunden (Code; leer: Beispielwerte):</translation>
    </message>
    <message>
        <source>Templates and call scripts</source>
        <translation>Vorlagen und Gesprächsleitfäden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Text ({{client.name}}-style placeholders):</source>
        <translation>&amp;Text (Platzhalter im Stil {{client.name}}):</translation>
    </message>
    <message>
        <source>A copy of the selected template to make your own version</source>
        <translation>Eine Kopie der ausgewählten Vorlage, um eine eigene Fassung anzulegen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Name of the new %1:</source>
        <translation>Name der neuen Vorlage (%1):</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Notes written with it keep their text.</source>
        <translation>Die Vorlage „%1“ löschen? Mit ihr geschriebene Notizen behalten ihren Text.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Question / help</source>
        <translation>Frage / Hilfe</translation>
    </message>
    <message>
        <source>ARDesk reads this field by its key; the key cannot change</source>
        <translation>ARDesk liest dieses Feld über seinen Schlüssel; der Schlüssel kann sich nicht ändern</translation>
    </message>
    <message>
        <source>no template is selected</source>
        <translation>keine Vorlage ausgewählt</translation>
    </message>
    <message>
        <source>Add default &amp;set</source>
        <translation type="vanished">Standard&amp;satz hinzufügen</translation>
    </message>
    <message>
        <source>Adds the templates ARDesk ships in another language beside yours; none of your templates is changed</source>
        <translation>Fügt die Vorlagen, die ARDesk in einer anderen Sprache mitbringt, neben Ihren hinzu; keine Ihrer Vorlagen wird geändert</translation>
    </message>
    <message>
        <source>&amp;Add default set</source>
        <translation>Standards&amp;atz hinzufügen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template fields</source>
        <translation>Felder der Vorlage</translation>
    </message>
    <message>
        <source>Type of %1</source>
        <translation>Typ von %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>ardesk::TemplatesScreen</name>
    <message>
        <source>Template %1 created</source>
        <translation>Vorlage %1 angelegt</translation>
    </message>
    <message>
        <source>Template %1 deleted</source>
        <translation>Vorlage %1 gelöscht</translation>
    </message>
    <message>
        <source>Template %1 saved</source>
        <translation>Vorlage %1 gespeichert</translation>
    </message>
    <message>
        <source>The default set is there already: nothing was added</source>
        <translation>Der Standardsatz ist bereits vorhanden: Nichts wurde hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added: %1</source>
        <translation>
            <numerusform>%n Vorlage hinzugefügt: %1</numerusform>
            <numerusform>%n Vorlagen hinzugefügt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TodayActions</name>
    <message>
        <source>No call took place</source>
        <translation>Kein Anruf erfolgt</translation>
    </message>
    <message>
        <source>The dialled call was never made: take it off the queue</source>
        <translation>Der gewählte Anruf fand nie statt: aus der Liste nehmen</translation>
    </message>
    <message>
        <source>E-mail was delivered: mark it sent</source>
        <translation>E-Mail wurde zugestellt: als gesendet markieren</translation>
    </message>
    <message>
        <source>You found it in the sent mailbox: record it as sent</source>
        <translation>Sie haben sie im Ordner „Gesendet“ gefunden: als gesendet festhalten</translation>
    </message>
    <message>
        <source>Send the e-mail again</source>
        <translation>E-Mail erneut senden</translation>
    </message>
    <message>
        <source>It is not in the sent mailbox: queue it to be sent again</source>
        <translation>Sie ist nicht im Ordner „Gesendet“: zum erneuten Senden einreihen</translation>
    </message>
    <message>
        <source>No e-mail of unknown delivery is selected</source>
        <translation>Keine E-Mail mit unbekanntem Zustellstatus ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) queued to be sent again</source>
        <translation>
            <numerusform>%n E-Mail zum erneuten Senden eingereiht</numerusform>
            <numerusform>%n E-Mails zum erneuten Senden eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) recorded as sent</source>
        <translation>
            <numerusform>%n E-Mail als gesendet festgehalten</numerusform>
            <numerusform>%n E-Mails als gesendet festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Some tasks were not closed: %1</source>
        <translation>Einige Aufgaben wurden nicht geschlossen: %1</translation>
    </message>
    <message>
        <source>No call that was not logged is selected</source>
        <translation>Kein nicht protokollierter Anruf ausgewählt</translation>
    </message>
    <message>
        <source>This client is not in today&apos;s queue</source>
        <translation>Dieser Kunde ist nicht in der heutigen Liste</translation>
    </message>
</context>
<context>
    <name>ardesk::TodayPane</name>
    <message>
        <source>Today queue</source>
        <translation>Heute-Liste</translation>
    </message>
    <message>
        <source>Enter opens the account · Ctrl+Shift+L calls its billing contact · Ctrl+L logs a call · Ctrl+D marks it done and opens the next · Ctrl+T comes back here</source>
        <translation>Enter: Konto öffnen · Ctrl+Shift+L: Rechnungskontakt anrufen · Ctrl+L: Anruf protokollieren · Ctrl+D: erledigt, nächstes öffnen · Ctrl+T: zurück hierher</translation>
    </message>
    <message>
        <source>ARDesk keeps every call, e-mail and promise of your collections team. To begin:</source>
        <translation>ARDesk hält jeden Anruf, jede E-Mail und jede Zahlungszusage Ihres Forderungsteams fest. Zum Einstieg:</translation>
    </message>
    <message>
        <source>&amp;Import clients and invoices…</source>
        <translation>Kunden und Rechnungen &amp;importieren…</translation>
    </message>
    <message>
        <source>From CSV exports of your accounting system (Xero, QuickBooks, Sage or any other): clients, contacts, invoices and payments.</source>
        <translation>Aus CSV-Exporten Ihrer Buchhaltungssoftware (Xero, QuickBooks, Sage oder einer anderen): Kunden, Kontakte, Rechnungen und Zahlungen.</translation>
    </message>
    <message>
        <source>&amp;Company settings…</source>
        <translation>Firmeneinste&amp;llungen…</translation>
    </message>
    <message>
        <source>Your company&apos;s name and address (they sign every e-mail), home currency, locale and the largest attachment a note may carry.</source>
        <translation>Name und Anschrift Ihrer Firma (sie stehen unter jeder E-Mail), Hauswährung, Gebietsschema und der größte Anhang, den eine Notiz haben darf.</translation>
    </message>
    <message>
        <source>&amp;E-mail settings…</source>
        <translation>E-&amp;Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>The SMTP server reminders and recaps go out through, and the sender&apos;s name.</source>
        <translation>Der SMTP-Server, über den Mahnungen und Gesprächszusammenfassungen versandt werden, und der Name des Absenders.</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Ben&amp;utzer…</translation>
    </message>
    <message>
        <source>Who works in this file, their roles, e-mail address and signature: every note is signed by its author. A clerk joins by opening the file under their own name.</source>
        <translation>Wer in dieser Datei arbeitet, mit Rollen, E-Mail-Adresse und Signatur: jede Notiz trägt die Unterschrift ihres Verfassers. Ein Sachbearbeiter kommt hinzu, indem er die Datei unter seinem eigenen Namen öffnet.</translation>
    </message>
    <message>
        <source>Your role may not import clients or change the company&apos;s settings: ask an administrator or a manager to bring the clients in.</source>
        <translation>Ihre Rolle darf keine Kunden importieren und die Firmeneinstellungen nicht ändern: bitten Sie einen Administrator oder Manager, die Kunden zu übernehmen.</translation>
    </message>
    <message>
        <source>Welcome, %1 — this company file has no clients yet</source>
        <translation>Willkommen, %1 — diese Firmendatei hat noch keine Kunden</translation>
    </message>
    <message>
        <source>Today — loading…</source>
        <translation>Heute — wird geladen…</translation>
    </message>
    <message>
        <source>Today — could not be loaded: %1</source>
        <translation>Heute — konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Today — nothing needs you, %1. Well done.</source>
        <translation>Heute — nichts braucht Sie, %1. Gut gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>Today — %n account(s) for %1</source>
        <translation>
            <numerusform>Heute — %n Konto für %1</numerusform>
            <numerusform>Heute — %n Konten für %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::TodayQueueModel</name>
    <message>
        <source>Priority %1 = %2</source>
        <translation>Priorität %1 = %2</translation>
    </message>
    <message>
        <source>Last conversation: %1 · Last touch: %2</source>
        <translation>Letztes Gespräch: %1 · Letzte Aktivität: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why today</source>
        <translation>Warum heute</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage Verzug</translation>
    </message>
    <message>
        <source>Last conversation · touch</source>
        <translation>Letztes Gespräch · Aktivität</translation>
    </message>
    <message>
        <source>How urgent the account is: a score out of 100 made of five parts — the amount overdue, how late the oldest invoice is, broken promises, the days since the last conversation and being over the credit limit. Hover a score to see its parts; a manager sets their weights. The queue is ordered by it, then by the amount overdue.</source>
        <translation>Wie dringend das Konto ist: eine Punktzahl von 100, zusammengesetzt aus fünf Teilen — dem überfälligen Betrag, dem Verzug der ältesten Rechnung, gebrochenen Zahlungszusagen, den Tagen seit dem letzten Gespräch und der Überschreitung des Kreditlimits. Fahren Sie mit der Maus über eine Punktzahl, um ihre Teile zu sehen; ein Manager legt ihre Gewichte fest. Die Liste ist danach sortiert, dann nach dem überfälligen Betrag.</translation>
    </message>
    <message>
        <source>Every reason the account needs you today: a follow-up or call task due, a promise due today or broken, an invoice that just fell due, a dispute you own, a missed payment plan installment, a reminder step the account&apos;s policy says is due, a call you dialled but did not log, or an e-mail whose sending was interrupted.</source>
        <translation>Jeder Grund, warum das Konto Sie heute braucht: eine fällige Nachfass- oder Anrufaufgabe, eine heute fällige oder gebrochene Zahlungszusage, eine gerade fällig gewordene Rechnung, ein Streitfall, den Sie betreuen, eine versäumte Rate eines Zahlungsplans, ein laut Richtlinie des Kontos fälliger Mahnschritt, ein gewählter, aber nicht protokollierter Anruf oder eine E-Mail, deren Versand unterbrochen wurde.</translation>
    </message>
    <message>
        <source>The client&apos;s invoices past their due date and still unpaid, in the client&apos;s currency. Amounts in different currencies are never added together.</source>
        <translation>Die Rechnungen des Kunden, die ihre Fälligkeit überschritten haben und noch unbezahlt sind, in der Währung des Kunden. Beträge in verschiedenen Währungen werden nie addiert.</translation>
    </message>
    <message>
        <source>How many days past its due date the client&apos;s oldest unpaid invoice is.</source>
        <translation>Wie viele Tage die älteste unbezahlte Rechnung des Kunden über ihrer Fälligkeit ist.</translation>
    </message>
    <message>
        <source>A conversation is a real exchange: a meeting, a call that reached someone, a reply or a call from the client. A touch is anything, automatic reminders and voicemails included. Only a conversation makes an account less urgent.</source>
        <translation>Ein Gespräch ist ein echter Austausch: ein Treffen, ein Anruf, bei dem jemand erreicht wurde, eine Antwort oder ein Anruf des Kunden. Eine Aktivität ist alles, auch automatische Mahnungen und Nachrichten auf der Mailbox. Nur ein Gespräch macht ein Konto weniger dringend.</translation>
    </message>
</context>
<context>
    <name>ardesk::UserChooserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>Everything you record in this company file is signed with your user name. Choose yours, or type a new one.</source>
        <translation>Alles, was Sie in dieser Firmendatei festhalten, wird mit Ihrem Benutzernamen gezeichnet. Wählen Sie Ihren, oder geben Sie einen neuen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be added as a new clerk.</source>
        <translation>„%1“ wird als neuer Sachbearbeiter hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ardesk::UserGuideDialog</name>
    <message>
        <source>%1 is not part of the guide ARDesk carries</source>
        <translation>%1 ist nicht Teil des in ARDesk enthaltenen Handbuchs</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>ARDesk user guide</source>
        <translation>ARDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to where you followed the last link</source>
        <translation>Zurück zur Stelle, an der Sie zuletzt einem Link gefolgt sind</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>A word in the guide (Ctrl+F)</source>
        <translation>Ein Wort im Handbuch (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>The previous match (Shift+Enter, %1)</source>
        <translation>Der vorherige Treffer (Shift+Enter, %1)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>The next match (Enter, %1)</source>
        <translation>Der nächste Treffer (Enter, %1)</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Abschnitte des Handbuchs</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ardesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>replies to this user&apos;s reminders come here</source>
        <translation>Antworten auf die Mahnungen dieses Benutzers gehen an diese Adresse</translation>
    </message>
    <message>
        <source>ends the e-mails that speak for this user</source>
        <translation>steht am Ende der E-Mails, die im Namen dieses Benutzers versandt werden</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>Benutzer s&amp;peichern</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Active (an inactive user may only read; on a team database their login may not connect)</source>
        <translation>A&amp;ktiv (ein inaktiver Benutzer darf nur lesen; in einer Teamdatenbank darf sich sein Login nicht verbinden)</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Ben&amp;utzer hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ardesk::WorkListsDialog</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Tasks and disputes</source>
        <translation>Aufgaben und Streitfälle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>My open disputes</source>
        <translation>Meine offenen Streitfälle</translation>
    </message>
    <message>
        <source>Tasks of:</source>
        <translation>Aufgaben von:</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;New task for %1…</source>
        <translation>&amp;Neue Aufgabe für %1…</translation>
    </message>
    <message>
        <source>Open a client first: a task is about a client</source>
        <translation>Öffnen Sie zuerst einen Kunden: Eine Aufgabe betrifft immer einen Kunden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>Zu&amp;rückstellen…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Move &amp;all tasks of…</source>
        <translation>&amp;Alle Aufgaben verschieben von…</translation>
    </message>
    <message>
        <source>Reassign task</source>
        <translation>Aufgabe neu zuweisen</translation>
    </message>
    <message>
        <source>Move all open tasks of</source>
        <translation>Alle offenen Aufgaben verschieben von</translation>
    </message>
    <message>
        <source>…to</source>
        <translation>…an</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;weisen…</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <source>Due on (%1):</source>
        <translation>Fällig am (%1):</translation>
    </message>
    <message>
        <source>Due: &quot;%1&quot; is not a date (%2)</source>
        <translation>Fällig: „%1“ ist kein Datum (%2)</translation>
    </message>
    <message>
        <source>Snooze task</source>
        <translation>Aufgabe zurückstellen</translation>
    </message>
    <message>
        <source>Hide it from Today until (%1):</source>
        <translation>Bis zu diesem Datum aus „Heute“ ausblenden (%1):</translation>
    </message>
    <message>
        <source>Snooze: &quot;%1&quot; is not a date (%2)</source>
        <translation>Zurückstellen: „%1“ ist kein Datum (%2)</translation>
    </message>
    <message>
        <source>Resolve dispute</source>
        <translation>Streitfall lösen</translation>
    </message>
    <message>
        <source>Reject dispute</source>
        <translation>Streitfall abweisen</translation>
    </message>
    <message>
        <source>Resolution (recorded as a note on the client):</source>
        <translation>Lösung (wird als Notiz beim Kunden festgehalten):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source> (snoozed to %1)</source>
        <translation> (zurückgestellt bis %1)</translation>
    </message>
</context>
<context>
    <name>ardesk::WorkListsScreen</name>
    <message>
        <source>Task added</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Task snoozed until %1</source>
        <translation>Aufgabe zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Task reassigned</source>
        <translation>Aufgabe neu zugewiesen</translation>
    </message>
    <message>
        <source>Tasks moved</source>
        <translation>Aufgaben verschoben</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>Streitfall gelöst</translation>
    </message>
    <message>
        <source>Dispute rejected</source>
        <translation>Streitfall abgewiesen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ARDesk collections desk</source>
        <translation>ARDesk Forderungsmanagement</translation>
    </message>
    <message>
        <source>Work as this user (skips the user prompt).</source>
        <translation>Als dieser Benutzer arbeiten (überspringt die Benutzerabfrage).</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <source>Company file to open.</source>
        <translation>Zu öffnende Firmendatei.</translation>
    </message>
    <message>
        <source>Cannot open company file</source>
        <translation>Firmendatei kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
