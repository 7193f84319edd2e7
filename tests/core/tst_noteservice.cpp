// SPDX-License-Identifier: MIT
// Logging interactions through NoteService on a real company file: what a note needs, what it
// creates (promise, plan, disputes, follow-up task), revisions with optimistic locking,
// tombstones, the listing, templates as data — and that a refused note writes nothing.
#include "core/services/clientservice.h"
#include "core/services/noteservice.h"
#include "core/services/pauseservice.h"
#include "core/services/taskservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/recordverifier.h"
#include "core/storage/templaterepository.h"
#include "core/storage/userrepository.h"
#include "support/testsupport.h"

#include <QJsonArray>

using namespace ardesk;
using namespace ardesk::test;

class TestNoteService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void callNeedsOutcomeAndNextStep();
    void refusalsNameTheFieldAndWriteNothing_data();
    void refusalsNameTheFieldAndWriteNothing();
    void pastedTextBecomesPlain();
    void attachmentOnlyNoteNeedsNoText();
    void promiseCreatesPromiseAndFollowUp();
    void followUpGoesToTheAuthorWithoutAClerk();
    void paymentPlanCreatesInstallments();
    void disputeMarksInvoicesAndKeepsSummaryConsistent();
    void summaryContactFollowsNotesInAnyOrder();
    void newConversationAnswersTheFollowUpsItSupersedes();
    void nextContactFollowsTheEarliestOpenFollowUp();
    void amendAddsRevisionWithOptimisticLocking();
    void removeAddsTombstoneAndCancelsFollowUp();
    void everyTaskChangeIsAuditedTheSameWay();
    void listingShowsAttachmentsAndRevisionMarker();
    void templatesAreSeededOnceAndVersioned();
    void datesAreReadAndWrittenInTheCompanyFormat();

private:
    NoteService::Draft call(const QString &text) const
    {
        NoteService::Draft d;
        d.note.clientId = m_client;
        d.note.channel = NoteChannel::Call;
        d.note.outcome = NoteOutcome::Reached;
        d.note.text = text;
        d.note.noFollowUpNeeded = true;
        return d;
    }
    qint64 count(const QString &table) const
    {
        return readValue(m_path, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }
    /// Row counts of everything a note may write.
    QList<qint64> footprint() const
    {
        QList<qint64> out;
        for (const char *t :
             {"notes", "note_revisions", "note_invoices", "note_attachments", "attachment_blobs",
              "record_chain", "promises", "promise_invoices", "payment_plans", "plan_installments",
              "disputes", "tasks", "audit_log", "note_tombstones"})
            out << count(QString::fromLatin1(t));
        return out;
    }

    ScratchDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
    qint64 m_user = 0, m_clerk = 0, m_client = 0, m_other = 0, m_inv1 = 0, m_inv2 = 0,
           m_otherInv = 0, m_contact = 0, m_otherContact = 0;
};

void TestNoteService::init()
{
    QVERIFY(m_dir.renew());
    m_path = m_dir.filePath(QStringLiteral("notes.ardesk"));
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    m_db = db.value();
    QSqlDatabase conn = m_db->connection();
    auto user = UserRepository(conn).ensure(QStringLiteral("ann"), UserRole::Clerk);
    VERIFY_OK(user);
    m_user = user.value().id;
    auto clerk = UserRepository(conn).ensure(QStringLiteral("bob"), UserRole::Clerk);
    VERIFY_OK(clerk);
    m_clerk = clerk.value().id;
    ClientService clients(m_db, m_user);
    Client a = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Inc."));
    a.assignedUserId = m_clerk;
    VERIFY_OK(clients.createClient(a));
    m_client = a.id;
    Client b = makeClient(QStringLiteral("BETA"), QStringLiteral("Beta LLC"));
    VERIFY_OK(clients.createClient(b));
    m_other = b.id;
    const QDate due = QDate::currentDate().addDays(-20);
    Invoice i1 = makeInvoice(m_client, QStringLiteral("INV-1"), due, 50000);
    Invoice i2 = makeInvoice(m_client, QStringLiteral("INV-2"), due.addDays(5), 25000);
    Invoice i3 = makeInvoice(m_other, QStringLiteral("INV-9"), due, 10000);
    VERIFY_OK(clients.addInvoice(i1));
    VERIFY_OK(clients.addInvoice(i2));
    VERIFY_OK(clients.addInvoice(i3));
    m_inv1 = i1.id;
    m_inv2 = i2.id;
    m_otherInv = i3.id;
    Contact c;
    c.clientId = m_client;
    c.name = QStringLiteral("Ann Lee");
    VERIFY_OK(clients.addContact(c));
    m_contact = c.id;
    Contact o;
    o.clientId = m_other;
    o.name = QStringLiteral("Otto");
    VERIFY_OK(clients.addContact(o));
    m_otherContact = o.id;
}

// Whatever a test did through the service, the record still proves itself.
void TestNoteService::cleanup()
{
    if (m_db) {
        auto r = RecordVerifier(m_db->connection()).verify();
        QVERIFY2(r.ok() && r.value().ok(),
                 qPrintable(r ? r.value().problems.value(0).message : r.errorString()));
    }
    m_db.reset();
}

void TestNoteService::callNeedsOutcomeAndNextStep()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft d = call(QStringLiteral("Called"));
    d.note.outcome = NoteOutcome::None;
    d.note.noFollowUpNeeded = false;
    auto r = notes.add(d);
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QLatin1String("outcome"))
                     && r.errorString().contains(QLatin1String("next contact")),
             qPrintable(r.errorString()));
    d.note.outcome = NoteOutcome::LeftVoicemail;
    r = notes.add(d);
    QVERIFY(!r);
    QVERIFY2(r.errorString().startsWith(QLatin1String("next contact")),
             qPrintable(r.errorString()));
    d.note.outcome = NoteOutcome::None;
    d.note.nextContactDate = QDate::currentDate().addDays(3);
    r = notes.add(d);
    QVERIFY2(r.errorString().startsWith(QLatin1String("outcome")), qPrintable(r.errorString()));
    // Text and meeting too; an e-mail or letter needs neither.
    for (NoteChannel ch : {NoteChannel::Text, NoteChannel::Meeting}) {
        d.note.channel = ch;
        QVERIFY(!notes.add(d));
    }
    for (NoteChannel ch : {NoteChannel::Email, NoteChannel::Letter, NoteChannel::Internal}) {
        NoteService::Draft e = call(QStringLiteral("Sent"));
        e.note.channel = ch;
        e.note.outcome = NoteOutcome::None;
        e.note.noFollowUpNeeded = false;
        VERIFY_OK(notes.add(e));
    }
    QCOMPARE(count(QStringLiteral("notes")), 3);
}

void TestNoteService::refusalsNameTheFieldAndWriteNothing_data()
{
    QTest::addColumn<int>("caseNo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty text") << 0 << "text: is required";
    QTest::newRow("invoice of another client") << 1 << "does not belong to client ACME";
    QTest::newRow("contact of another client") << 2 << "contact: Otto is not a contact";
    QTest::newRow("occurred in the future") << 3 << "occurred at:";
    QTest::newRow("fields without template") << 4 << "fields:";
    QTest::newRow("unknown template") << 5 << "template: no note template \"nope\"";
    QTest::newRow("bad amount") << 6 << "amount: \"12,34,5\"";
    QTest::newRow("missing promised date") << 7 << "date: is required";
    QTest::newRow("unknown field") << 8 << "colour: the template";
    QTest::newRow("bad date") << 9 << "date: \"2026-02-30\" is not a date";
    QTest::newRow("dispute of another client's invoice") << 10 << "invoice INV-9 does not belong";
    QTest::newRow("missing attachment file") << 11 << "does not exist";
    QTest::newRow("both next contact and no follow-up") << 12 << "not both";
    QTest::newRow("oversized attachment") << 13 << "big.bin is";
    QTest::newRow("promise before the call") << 14 << "before the conversation";
}

void TestNoteService::refusalsNameTheFieldAndWriteNothing()
{
    QFETCH(int, caseNo);
    QFETCH(QString, expected);
    NoteService::Draft d = call(QStringLiteral("Called"));
    d.attachData = {{QStringLiteral("ok.txt"), QByteArray("fine")}}; // would be written first
    switch (caseNo) {
    case 0:
        d.attachData.clear();
        d.note.text = QStringLiteral("  \r\n ");
        break;
    case 1:
        d.note.invoiceIds = {m_inv1, m_otherInv};
        break;
    case 2:
        d.note.contactId = m_otherContact;
        break;
    case 3:
        d.note.occurredAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        break;
    case 4:
        d.fields = {{QStringLiteral("amount"), QStringLiteral("10")}};
        break;
    case 5:
        d.note.templateKey = QStringLiteral("nope");
        break;
    case 6:
        d.note.templateKey = QStringLiteral("promise-to-pay");
        d.fields = {{QStringLiteral("amount"), QStringLiteral("12,34,5")},
                    {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)}};
        break;
    case 7:
        d.note.templateKey = QStringLiteral("promise-to-pay");
        d.fields = {{QStringLiteral("amount"), QStringLiteral("10.00")}};
        break;
    case 8:
        d.note.templateKey = QStringLiteral("promise-to-pay");
        d.fields = {{QStringLiteral("colour"), QStringLiteral("red")}};
        break;
    case 9:
        d.note.templateKey = QStringLiteral("promise-to-pay");
        d.fields = {{QStringLiteral("amount"), QStringLiteral("10")},
                    {QStringLiteral("date"), QStringLiteral("2026-02-30")}};
        break;
    case 10:
        d.note.templateKey = QStringLiteral("dispute");
        d.fields = {{QStringLiteral("reason"), QStringLiteral("short shipment")},
                    {QStringLiteral("invoices"), QStringLiteral("INV-1, INV-9")}};
        break;
    case 11:
        d.attachFiles = {m_dir.filePath(QStringLiteral("missing.pdf"))};
        break;
    case 12:
        d.note.nextContactDate = QDate::currentDate().addDays(2);
        break;
    case 13: {
        VERIFY_OK(committed(m_db->connection(), [&] {
            return writeSetting(m_db->connection(), QStringLiteral("attachments.max_bytes"),
                                QStringLiteral("1000"));
        }));
        const QString big = m_dir.filePath(QStringLiteral("big.bin"));
        QVERIFY(writeFile(big, QByteArray(1001, 'x')));
        d.attachFiles = {big};
        break;
    }
    case 14:
        d.note.templateKey = QStringLiteral("promise-to-pay");
        d.fields = {
                {QStringLiteral("amount"), QStringLiteral("10")},
                {QStringLiteral("date"), QDate::currentDate().addDays(-3).toString(Qt::ISODate)}};
        break;
    }
    const QList<qint64> before = footprint();
    auto r = NoteService(m_db, m_user).add(d);
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(expected), qPrintable(r.errorString()));
    QCOMPARE(footprint(), before);
}

void TestNoteService::pastedTextBecomesPlain()
{
    QCOMPARE(NoteService::plainText(QString::fromUtf8("a\r\nb\rc\x07\x1b[0m\tx\u2029y\u00a0z  \n")),
             QString::fromUtf8("a\nb\nc[0m\tx\ny z"));
    NoteService::Draft d = call(QString::fromUtf8("Line one\r\nLine two\x01"));
    auto r = NoteService(m_db, m_user).add(d);
    VERIFY_OK(r);
    QCOMPARE(storedRevision(m_db->connection(), r.value().revisionId).text,
             QStringLiteral("Line one\nLine two"));
    // recorded-at is the system clock, author the acting user.
    QVERIFY(qAbs(r.value().recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(r.value().authorId, m_user);
}

void TestNoteService::attachmentOnlyNoteNeedsNoText()
{
    NoteService::Draft d = call(QString());
    d.attachData = {{QStringLiteral("scan.pdf"), QByteArray("%PDF-1.4\n%%EOF\n")}};
    auto r = NoteService(m_db, m_user).add(d);
    VERIFY_OK(r);
    QCOMPARE(count(QStringLiteral("note_attachments")), 1);
}

void TestNoteService::promiseCreatesPromiseAndFollowUp()
{
    NoteService::Draft d = call(QStringLiteral("Will pay INV-1 on Friday"));
    d.note.outcome = NoteOutcome::None; // implied by the template
    d.note.noFollowUpNeeded = false;
    d.note.nextContactDate = QDate::currentDate().addDays(8);
    d.note.contactId = m_contact;
    d.note.templateKey = QStringLiteral("promise-to-pay");
    const QString promised = QDate::currentDate().addDays(7).toString(Qt::ISODate);
    d.fields = {{QStringLiteral("amount"), QStringLiteral("1,250.50")},
                {QStringLiteral("date"), promised},
                {QStringLiteral("invoices"), QStringLiteral("INV-1")}};
    auto r = NoteService(m_db, m_user).add(d);
    VERIFY_OK(r);
    const Note &n = r.value();
    QCOMPARE(toString(n.outcome), QStringLiteral("promised"));
    QCOMPARE(n.contactName, QStringLiteral("Ann Lee"));
    QCOMPARE(n.invoiceIds, QList<qint64> {m_inv1});
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT amount_minor || ' ' || currency || ' ' || "
                                      "promised_date || ' ' || status || ' ' || created_by FROM "
                                      "promises WHERE note_id = ?"),
                       {n.id})
                     .toString(),
             QStringLiteral("125050 USD %1 open %2").arg(promised).arg(m_user));
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT invoice_id FROM promise_invoices"))
                     .toLongLong(),
             m_inv1);
    // Structured fields are stored and queryable.
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT json_extract(fields_json, '$.amount.amount_minor') "
                                      "FROM note_revisions WHERE id = ?"),
                       {n.revisionId})
                     .toLongLong(),
             125050);
    // The follow-up task belongs to the client's clerk.
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT owner_id || ' ' || due_date || ' ' || status FROM "
                                      "tasks WHERE source = 'note' AND source_id = ?"),
                       {n.id})
                     .toString(),
             QStringLiteral("%1 %2 open")
                     .arg(m_clerk)
                     .arg(d.note.nextContactDate.toString(Qt::ISODate)));
    // The AR summary's next contact follows the note.
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT next_contact_date FROM client_summary WHERE "
                                      "client_id = ?"),
                       {m_client})
                     .toString(),
             d.note.nextContactDate.toString(Qt::ISODate));
}

void TestNoteService::followUpGoesToTheAuthorWithoutAClerk()
{
    NoteService::Draft d = call(QStringLiteral("Call back Monday"));
    d.note.clientId = m_other;
    d.note.noFollowUpNeeded = false;
    d.note.nextContactDate = QDate::currentDate().addDays(3);
    auto r = NoteService(m_db, m_user).add(d);
    VERIFY_OK(r);
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT owner_id FROM tasks WHERE source_id = ?"),
                       {r.value().id})
                     .toLongLong(),
             m_user);
}

void TestNoteService::paymentPlanCreatesInstallments()
{
    NoteService::Draft d = call(QStringLiteral("Agreed three payments"));
    d.note.templateKey = QStringLiteral("payment-plan");
    const QDate s = QDate::currentDate().addDays(10);
    d.fields = {{QStringLiteral("installments"),
                 QStringLiteral("200.00:%1; 200.00:%2;350:%3")
                         .arg(s.toString(Qt::ISODate), s.addMonths(1).toString(Qt::ISODate),
                              s.addMonths(2).toString(Qt::ISODate))},
                {QStringLiteral("invoices"), QStringLiteral("INV-1,INV-2")}};
    auto r = NoteService(m_db, m_user).add(d);
    VERIFY_OK(r);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT currency || status FROM payment_plans "
                                      "WHERE note_id = ?"),
                       {r.value().id})
                     .toString(),
             QStringLiteral("USDactive"));
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT group_concat(amount_minor || '@' || due_date) "
                                      "FROM plan_installments"))
                     .toString(),
             QStringLiteral("20000@%1,20000@%2,35000@%3")
                     .arg(s.toString(Qt::ISODate), s.addMonths(1).toString(Qt::ISODate),
                          s.addMonths(2).toString(Qt::ISODate)));
    QCOMPARE(count(QStringLiteral("plan_invoices")), 2);
    // Out-of-order installments are refused, naming the entry.
    d.fields[QStringLiteral("installments")]
            = QStringLiteral("10:%1;10:%2")
                      .arg(s.toString(Qt::ISODate), s.addDays(-1).toString(Qt::ISODate));
    auto bad = NoteService(m_db, m_user).add(d);
    QVERIFY2(bad.errorString().startsWith(QLatin1String("installments[2]")),
             qPrintable(bad.errorString()));
}

void TestNoteService::disputeMarksInvoicesAndKeepsSummaryConsistent()
{
    NoteService::Draft d = call(QStringLiteral("Client disputes the price"));
    d.note.outcome = NoteOutcome::None;
    d.note.templateKey = QStringLiteral("dispute");
    d.fields = {{QStringLiteral("reason"), QStringLiteral("pricing does not match the quote")},
                {QStringLiteral("invoices"), QStringLiteral("INV-2")}};
    auto r = NoteService(m_db, m_user).add(d);
    VERIFY_OK(r);
    QCOMPARE(toString(r.value().outcome), QStringLiteral("disputed"));
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT disputed || status FROM invoices WHERE id = ?"),
                       {m_inv2})
                     .toString(),
             QStringLiteral("1disputed"));
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT disputed FROM invoices WHERE id = ?"),
                       {m_inv1})
                     .toInt(),
             0);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT owner_id || ' ' || status || ' ' || reason FROM "
                                      "disputes WHERE invoice_id = ? AND opened_note = ?"),
                       {m_inv2, r.value().id})
                     .toString(),
             QStringLiteral("%1 open pricing does not match the quote").arg(m_user));
    // The summary equals a full recomputation.
    const QString row = QStringLiteral(
            "SELECT balance_minor || '/' || overdue_minor || '/' || open_invoices || '/' || "
            "COALESCE(last_contact_at, '') FROM client_summary WHERE client_id = ?");
    const QString stored = readValue(m_path, row, {m_client}).toString();
    QSqlDatabase conn = m_db->connection();
    QDate asOf = ArSummary(conn).asOf().value();
    if (!asOf.isValid())
        asOf = QDate::currentDate(); // as the services do before the first full refresh
    VERIFY_OK(committed(conn, [&] { return ArSummary(conn).refreshClient(m_client, asOf); }));
    QCOMPARE(readValue(m_path, row, {m_client}).toString(), stored);
    QVERIFY(stored.endsWith(timeutil::toStorage(r.value().occurredAt)));
}

void TestNoteService::summaryContactFollowsNotesInAnyOrder()
{
    // A note that is the newest contact only moves the summary's last contact; a note logged
    // late (dated before the last contact) or a deletion recomputes; the next contact is the
    // earliest open follow-up. After every step the stored row equals a full recomputation.
    NoteService notes(m_db, m_user);
    const QString row = QStringLiteral(
            "SELECT COALESCE(last_contact_at, '-') || ' ' || COALESCE(next_contact_date, '-') || "
            "' ' || balance_minor || ' ' || open_invoices FROM client_summary WHERE client_id = ?");
    QSqlDatabase conn = m_db->connection();
    auto check = [&](const char *step, const QString &expectedNext) {
        const QString stored = readValue(m_path, row, {m_client}).toString();
        QDate asOf = ArSummary(conn).asOf().value();
        if (!asOf.isValid())
            asOf = QDate::currentDate();
        VERIFY_OK(committed(conn, [&] { return ArSummary(conn).refreshClient(m_client, asOf); }));
        QVERIFY2(readValue(m_path, row, {m_client}).toString() == stored,
                 qPrintable(QLatin1String(step) + QStringLiteral(": ") + stored));
        QVERIFY2(stored.section(u' ', 1, 1) == expectedNext,
                 qPrintable(QLatin1String(step) + QStringLiteral(": ") + stored));
    };
    const QDate day = QDate::currentDate().addDays(-3);
    auto add = [&](QTime at, const QDate &next) -> qint64 {
        NoteService::Draft d = call(QStringLiteral("Call at ") + at.toString());
        d.note.occurredAt = QDateTime(day, at, Qt::UTC);
        d.note.nextContactDate = next;
        d.note.noFollowUpNeeded = !next.isValid();
        auto r = notes.add(d);
        return r ? r.value().id : 0;
    };
    const QDate d1 = QDate::currentDate().addDays(5), d2 = d1.addDays(1), d3 = d1.addDays(2);
    QVERIFY(add(QTime(10, 0), d1));
    check("newest", timeutil::toStorage(d1));
    QVERIFY(add(QTime(9, 0), d2)); // logged late: the 10:00 call stays the newest
    check("older", timeutil::toStorage(d1));
    const qint64 newest = add(QTime(11, 0), QDate());
    QVERIFY(newest);
    // A newer note without a date (an automatic e-mail, a recap) leaves the open follow-up,
    // and so the next contact, as they were (it used to clear the column: #12).
    check("newest without a next contact", timeutil::toStorage(d1));
    VERIFY_OK(notes.remove(newest, QStringLiteral("wrong client")));
    check("newest deleted", timeutil::toStorage(d1));
    QVERIFY(add(QTime(10, 30), d3)); // before the deleted 11:00 note, after the live 10:00 one
    check("newest live", timeutil::toStorage(d3));
    QVERIFY(add(QTime(10, 30), d2)); // same minute: the later revision wins
    check("tie", timeutil::toStorage(d2));
}

// Logging a new call with a next contact closes the follow-up an earlier call left (no pile-up),
// and says which note answered it; a note without a date leaves the follow-up open.
void TestNoteService::newConversationAnswersTheFollowUpsItSupersedes()
{
    NoteService notes(m_db, m_user);
    const QDate today = m_db->today();
    auto logCall = [&](const QString &text, const QDate &next) {
        NoteService::Draft d = call(text);
        d.note.nextContactDate = next;
        d.note.noFollowUpNeeded = !next.isValid();
        return notes.add(d);
    };
    auto first = logCall(QStringLiteral("Asked for remittance"), today.addDays(3));
    VERIFY_OK(first);
    // A manager's hand-made call task for later than the new date stays: it is a separate plan.
    TaskService::Task later;
    later.clientId = m_client;
    later.kind = TaskKind::Call;
    later.title = QStringLiteral("Call about the renewal");
    later.dueDate = today.addDays(20);
    VERIFY_OK(TaskService(m_db, m_user).create(later));
    // An automatic e-mail note (no date) answers nothing.
    NoteService::Draft mail = call(QStringLiteral("Friendly reminder sent"));
    mail.note.channel = NoteChannel::Email;
    VERIFY_OK(notes.add(mail));
    const QString openFollowUps = QStringLiteral(
            "SELECT group_concat(due_date, ',') FROM (SELECT due_date FROM tasks WHERE "
            "client_id = ? AND status = 'open' ORDER BY due_date)");
    QCOMPARE(readValue(m_path, openFollowUps, {m_client}).toString(),
             QStringList({timeutil::toStorage(today.addDays(3)),
                          timeutil::toStorage(today.addDays(20))})
                     .join(u','));
    // The next call moves the follow-up (here later than the first one's date, not earlier).
    auto second = logCall(QStringLiteral("Will pay Friday"), today.addDays(7));
    VERIFY_OK(second);
    QCOMPARE(readValue(m_path, openFollowUps, {m_client}).toString(),
             QStringList({timeutil::toStorage(today.addDays(7)),
                          timeutil::toStorage(today.addDays(20))})
                     .join(u','));
    // The first follow-up is done, answered by the second call, and audited so.
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT t.status || ' ' || json_extract(a.after_json, "
                                      "'$.answered_by_note_id') FROM tasks t JOIN audit_log a ON "
                                      "a.entity = 'task' AND a.entity_id = t.id AND a.action = "
                                      "'done' WHERE t.source = 'note' AND t.source_id = ?"),
                       {first.value().id})
                     .toString(),
             QStringLiteral("done %1").arg(second.value().id));
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT next_contact_date FROM client_summary WHERE "
                                      "client_id = ?"),
                       {m_client})
                     .toString(),
             timeutil::toStorage(today.addDays(7)));
}

// The list's next contact is the client's earliest open follow-up: snoozing it, finishing it or
// cancelling it (its note deleted) moves the column with it.
void TestNoteService::nextContactFollowsTheEarliestOpenFollowUp()
{
    NoteService notes(m_db, m_user);
    TaskService tasks(m_db, m_user);
    const QDate today = m_db->today();
    const QString next = QStringLiteral(
            "SELECT COALESCE(next_contact_date, '-') FROM client_summary WHERE client_id = ?");
    NoteService::Draft d = call(QStringLiteral("Call back next week"));
    d.note.nextContactDate = today.addDays(2);
    d.note.noFollowUpNeeded = false;
    auto note = notes.add(d);
    VERIFY_OK(note);
    TaskService::Task manual;
    manual.clientId = m_client;
    manual.title = QStringLiteral("Check the remittance");
    manual.dueDate = today.addDays(9);
    VERIFY_OK(tasks.create(manual));
    QCOMPARE(readValue(m_path, next, {m_client}).toString(), timeutil::toStorage(today.addDays(2)));
    const qint64 followUp
            = readValue(m_path,
                        QStringLiteral(
                                "SELECT id FROM tasks WHERE source = 'note' AND source_id = ?"),
                        {note.value().id})
                      .toLongLong();
    VERIFY_OK(tasks.snooze(followUp, today.addDays(5)));
    QCOMPARE(readValue(m_path, next, {m_client}).toString(), timeutil::toStorage(today.addDays(5)));
    VERIFY_OK(tasks.markDone(followUp));
    QCOMPARE(readValue(m_path, next, {m_client}).toString(), timeutil::toStorage(today.addDays(9)));
    VERIFY_OK(tasks.markDone(manual.id));
    QCOMPARE(readValue(m_path, next, {m_client}).toString(), QStringLiteral("-"));
}

void TestNoteService::amendAddsRevisionWithOptimisticLocking()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft d = call(QStringLiteral("First"));
    auto r = notes.add(d);
    VERIFY_OK(r);
    const qint64 id = r.value().id;
    d.note.text = QStringLiteral("Second");
    d.note.nextContactDate = QDate::currentDate().addDays(4);
    d.note.noFollowUpNeeded = false;
    auto a = notes.amend(id, d, 1);
    VERIFY_OK(a);
    QCOMPARE(a.value().revision, 2);
    QCOMPARE(a.value().id, id);
    // Someone still looking at revision 1 is refused with a clear message.
    d.note.text = QStringLiteral("Stale edit");
    auto stale = notes.amend(id, d, 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY2(stale.errorString().contains(QLatin1String("revision 2")),
             qPrintable(stale.errorString()));
    auto h = notes.history(id);
    VERIFY_OK(h);
    QCOMPARE(h.value().revisions.size(), 2);
    QCOMPARE(h.value().revisions[0].note.text, QStringLiteral("First"));
    QCOMPARE(h.value().revisions[1].note.text, QStringLiteral("Second"));
    QCOMPARE(h.value().revisions[1].authorName, QStringLiteral("ann"));
    QCOMPARE(count(QStringLiteral("tasks")), 1);
}

void TestNoteService::removeAddsTombstoneAndCancelsFollowUp()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft d = call(QStringLiteral("Wrong client"));
    d.note.noFollowUpNeeded = false;
    d.note.nextContactDate = QDate::currentDate().addDays(2);
    auto r = notes.add(d);
    VERIFY_OK(r);
    const qint64 id = r.value().id;
    auto noReason = notes.remove(id, QStringLiteral("  "));
    QVERIFY(noReason.errorString().startsWith(QLatin1String("reason")));
    VERIFY_OK(notes.remove(id, QStringLiteral("logged on the wrong client")));
    QVERIFY(!notes.remove(id, QStringLiteral("again")));
    auto h = notes.history(id);
    VERIFY_OK(h);
    QVERIFY(h.value().tombstone.has_value());
    QCOMPARE(h.value().tombstone->reason, QStringLiteral("logged on the wrong client"));
    QCOMPARE(h.value().tombstone->authorName, QStringLiteral("ann"));
    QCOMPARE(h.value().revisions.first().note.text, QStringLiteral("Wrong client"));
    auto list = notes.forClient(m_client);
    VERIFY_OK(list);
    QVERIFY(list.value().isEmpty());
    // Gone from the timeline, still readable among the client's deleted notes.
    auto deleted = notes.deletedForClient(m_client);
    VERIFY_OK(deleted);
    QCOMPARE(deleted.value().size(), 1);
    QCOMPARE(deleted.value().first().revisions.first().note.text, QStringLiteral("Wrong client"));
    QCOMPARE(deleted.value().first().tombstone->reason,
             QStringLiteral("logged on the wrong client"));
    QVERIFY(notes.deletedForClient(m_other).value().isEmpty());
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT status FROM tasks WHERE source_id = ?"), {id})
                     .toString(),
             QStringLiteral("cancelled"));
    auto amend = notes.amend(id, d, 1);
    QVERIFY(!amend);
    QVERIFY2(amend.errorString().contains(QLatin1String("deleted")),
             qPrintable(amend.errorString()));
}

// A follow-up task from a note is audited like a task made by hand, with where it came from;
// cancelling it with its note is audited too.
void TestNoteService::everyTaskChangeIsAuditedTheSameWay()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft d = call(QStringLiteral("Call back Friday"));
    d.note.noFollowUpNeeded = false;
    d.note.nextContactDate = QDate::currentDate().addDays(2);
    auto note = notes.add(d);
    VERIFY_OK(note);
    TaskService::Task manual;
    manual.clientId = m_client;
    manual.title = QStringLiteral("Check the remittance");
    manual.dueDate = QDate::currentDate().addDays(1);
    VERIFY_OK(TaskService(m_db, m_user).create(manual));
    const auto audited = [&](const QString &action, const QString &source) {
        return readValue(m_path,
                         QStringLiteral("SELECT count(*) FROM audit_log a JOIN tasks t ON t.id = "
                                        "a.entity_id WHERE a.entity = 'task' AND a.action = ? "
                                        "AND t.source = ? AND a.user_id = ? AND "
                                        "(a.action <> 'create' OR json_extract(a.after_json, "
                                        "'$.source') = t.source)"),
                         {action, source, m_user})
                .toInt();
    };
    QCOMPARE(audited(QStringLiteral("create"), QStringLiteral("note")), 1);
    QCOMPARE(audited(QStringLiteral("create"), QStringLiteral("manual")), 1);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT json_extract(after_json, '$.source_id') FROM "
                                      "audit_log WHERE entity = 'task' AND json_extract("
                                      "after_json, '$.source') = 'note'"))
                     .toLongLong(),
             note.value().id);
    VERIFY_OK(notes.remove(note.value().id, QStringLiteral("wrong client")));
    QCOMPARE(audited(QStringLiteral("cancel"), QStringLiteral("note")), 1);
}

void TestNoteService::listingShowsAttachmentsAndRevisionMarker()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft d = call(QStringLiteral("With files"));
    d.attachData = {{QStringLiteral("a.txt"), QByteArray("alpha\n")},
                    {QStringLiteral("b.png"), QByteArray("%PDF-1.4\nnot a png\n")}};
    auto r = notes.add(d);
    VERIFY_OK(r);
    d.attachData = {{QStringLiteral("c.txt"), QByteArray("gamma\n")}};
    VERIFY_OK(notes.amend(r.value().id, d, 1));
    VERIFY_OK(notes.add(call(QStringLiteral("Plain"))));
    auto list = notes.forClient(m_client);
    VERIFY_OK(list);
    QCOMPARE(list.value().size(), 2);
    const auto it
            = std::find_if(list.value().cbegin(), list.value().cend(),
                           [&](const NoteService::Entry &e) { return e.note.id == r.value().id; });
    QVERIFY(it != list.value().cend());
    QCOMPARE(it->revisionCount, 2);
    QCOMPARE(it->attachments.size(), 3);
    QCOMPARE(it->attachments[0].displayName, QStringLiteral("a.txt"));
    QCOMPARE(it->attachments[0].size, 6);
    QVERIFY(!it->attachments[0].mimeMismatch);
    QCOMPARE(it->attachments[1].detectedMime, QStringLiteral("application/pdf"));
    QVERIFY(it->attachments[1].mimeMismatch);
}

void TestNoteService::templatesAreSeededOnceAndVersioned()
{
    qint64 before = 0;
    {
        QSqlDatabase conn = m_db->connection();
        TemplateRepository repo(conn);
        auto notesT = repo.list(NoteTemplate::Kind::Note);
        VERIFY_OK(notesT);
        QStringList keys;
        for (const NoteTemplate &t : notesT.value())
            keys << t.key;
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("check-in-mail"), QStringLiteral("client-request"),
                               QStringLiteral("dispute"), QStringLiteral("payment-plan"),
                               QStringLiteral("promise-to-pay")}));
        auto scripts = repo.list(NoteTemplate::Kind::CallScript);
        VERIFY_OK(scripts);
        QCOMPARE(scripts.value().size(), 3);
        auto check = repo.find(QStringLiteral("check-in-mail"));
        VERIFY_OK(check);
        QCOMPARE(check.value().fields.size(), 4);
        QCOMPARE(check.value().fields[3].key, QStringLiteral("sent_to_address"));
        QCOMPARE(toString(check.value().fields[3].type), QStringLiteral("address"));
        QVERIFY(!check.value().fields[0].help.isEmpty());
        // Edit one; reopening seeds nothing and keeps the edit.
        NoteTemplate edited = check.value();
        edited.name = QStringLiteral("Cheque is in the post");
        VERIFY_OK(committed(conn, [&] { return repo.save(edited); }));
        QCOMPARE(edited.version, 2);
        NoteTemplate stale = check.value();
        stale.name = QStringLiteral("Stale");
        auto conflict = committed(conn, [&] { return repo.save(stale); });
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, ErrorCode::Conflict);
        before = count(QStringLiteral("templates"));
    }
    m_db.reset();
    auto again = Database::open(m_path);
    VERIFY_OK(again);
    m_db = again.value();
    QCOMPARE(count(QStringLiteral("templates")), before);
    auto reread = TemplateRepository(m_db->connection()).find(QStringLiteral("check-in-mail"));
    VERIFY_OK(reread);
    QCOMPARE(reread.value().name, QStringLiteral("Cheque is in the post"));
    QCOMPARE(TemplateRepository(m_db->connection()).seedDefaults().valueOr(-1), 0);
}

// A German company types and reads 18.12.2026, not 2026-12-18: a promised date typed that way is
// taken (ISO still is), a wrong one is refused naming the format, and the texts the service
// writes into the record (a pause, a follow-up) show dates the same way.
void TestNoteService::datesAreReadAndWrittenInTheCompanyFormat()
{
    VERIFY_OK(committed(m_db->connection(), [&] {
        return writeSetting(m_db->connection(), QStringLiteral("company.locale"),
                            QStringLiteral("de_DE"));
    }));
    const QDate today = m_db->today();
    const QDate promised = today.addDays(7);
    NoteService::Draft d = call(QStringLiteral("Will pay"));
    d.note.outcome = NoteOutcome::None;
    d.note.templateKey = QStringLiteral("promise-to-pay");
    d.fields = {{QStringLiteral("amount"), QStringLiteral("100")},
                {QStringLiteral("date"), promised.toString(QStringLiteral("dd.MM.yyyy"))}};
    auto saved = NoteService(m_db, m_user).add(d);
    VERIFY_OK(saved);
    QCOMPARE(saved.value().fields.value(QStringLiteral("date")).toString(),
             promised.toString(Qt::ISODate));
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT promised_date FROM promises")).toString(),
             promised.toString(Qt::ISODate));

    d.fields.insert(QStringLiteral("date"), promised.toString(Qt::ISODate));
    VERIFY_OK(NoteService(m_db, m_user).add(d));

    d.fields.insert(QStringLiteral("date"), QStringLiteral("31.02.2027"));
    auto bad = NoteService(m_db, m_user).add(d);
    QVERIFY(!bad);
    QVERIFY2(bad.errorString().contains(QStringLiteral("\"31.02.2027\" is not a date "
                                                       "(dd.MM.yyyy or YYYY-MM-DD)")),
             qPrintable(bad.errorString()));

    d.fields.insert(QStringLiteral("date"), today.addDays(-1).toString(Qt::ISODate));
    auto early = NoteService(m_db, m_user).add(d);
    QVERIFY(!early);
    QVERIFY2(early.errorString().contains(today.addDays(-1).toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(early.errorString()));

    const QDate until = today.addDays(10);
    VERIFY_OK(PauseService(m_db, m_user).pauseClient(m_client, until, QStringLiteral("audit")));
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT body FROM note_revisions ORDER BY id DESC LIMIT 1"))
                     .toString(),
             QStringLiteral("Reminders paused for the client until %1: audit")
                     .arg(until.toString(QStringLiteral("dd.MM.yyyy"))));
}

QTEST_GUILESS_MAIN(TestNoteService)
#include "tst_noteservice.moc"
