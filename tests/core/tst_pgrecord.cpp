// SPDX-License-Identifier: MIT
// The record on a team database (PostgreSQL, a throwaway server: tests/support/pgcluster.*):
// notes added, amended and deleted through NoteService with attachments stored once by content,
// the append-only rules kept by the database, and the hash chain appended under a lock so two
// desks saving at once never lose a note or fork the chain.
#include "support/pgcluster.h"
#include "support/testsupport.h"

#include "core/services/clientservice.h"
#include "core/services/noteservice.h"
#include "core/storage/database.h"
#include "core/storage/recordchain.h"
#include "core/storage/recordverifier.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/clock.h"

#include <atomic>
#include <thread>

#include <QElapsedTimer>

using namespace ardesk;
using ardesk::test::PgCluster;

class TestPgRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void notesAreRecordedOnATeamDatabase();
    void theDatabaseKeepsTheRecordAppendOnly();
    void twoWritersSavingAtOnceLoseNothingAndKeepOneChain();
    void verifyProvesATeamDatabase();
    void sameNotesGiveTheSameChainHeadAsACompanyFile();
    void aRolledBackSaveLeavesNoGapInTheChain();
    void tamperingAsSuperuserWithTheRulesOffIsReported();
    void theAttachmentsTypesAreChainedOnATeamDatabase();

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
    QString psql(const QString &sql) { return m_cluster.psql(m_name, sql).trimmed(); }
    /// The chain as stored, checked link by link: contiguous sequence numbers, each entry's
    /// previous hash the hash of the one before, one entry per record row. Empty when sound.
    QString chainProblems();
    /// RecordVerifier's report on `db`, failing the test when it cannot run.
    static RecordVerifier::Report verified(const Database &db)
    {
        auto r = RecordVerifier(db).verify();
        if (!r)
            qWarning("verify: %s", qPrintable(r.errorString()));
        RecordVerifier::Report failed;
        failed.head = QStringLiteral("failed");
        failed.problems.append(RecordVerifier::Problem {});
        return r ? r.value() : failed;
    }
    static QString describe(const RecordVerifier::Report &r)
    {
        QStringList lines {r.head};
        for (const auto &p : r.problems)
            lines << p.kind + u' ' + p.message;
        return lines.join(u'\n');
    }
    /// Three notes (one with an attachment and an invoice), one amended, one deleted, on `db`.
    static Result<void> logSomeNotes(const std::shared_ptr<Database> &db, qint64 userId,
                                     qint64 clientId, qint64 invoiceId);

    PgCluster m_cluster;
    test::ScratchDir m_dir;
    int m_databases = 0;
    QString m_name;
    std::shared_ptr<Database> m_db;
    qint64 m_user = 0, m_client = 0;
};

void TestPgRecord::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

void TestPgRecord::init()
{
    QVERIFY(m_dir.renew());
    m_db.reset();
    m_name = QStringLiteral("rec%1").arg(++m_databases);
    QVERIFY2(m_cluster.createDatabase(m_name), qPrintable(m_cluster.errorString()));
    auto db = Database::open(m_cluster.url(m_name), Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    m_db = db.value();
    auto user = UserRepository(*m_db).ensure(QStringLiteral("ann"), UserRole::Clerk);
    VERIFY_OK(user);
    m_user = user.value().id;
    ClientService clients(m_db, m_user);
    Client a = test::makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Inc."));
    VERIFY_OK(clients.createClient(a));
    m_client = a.id;
}

QString TestPgRecord::chainProblems()
{
    const QString gaps = psql(QStringLiteral(
            "SELECT count(*) FROM record_chain c LEFT JOIN record_chain p ON p.seq = c.seq - 1 "
            "WHERE (c.seq = 1 AND c.prev_hash <> repeat('0', 64)) OR (c.seq > 1 AND (p.seq IS "
            "NULL OR p.hash <> c.prev_hash))"));
    if (gaps != QLatin1String("0"))
        return QStringLiteral("%1 entries do not follow the one before").arg(gaps);
    const QString forks = psql(QStringLiteral(
            "SELECT count(*) FROM (SELECT prev_hash FROM record_chain GROUP BY prev_hash "
            "HAVING count(*) > 1) f"));
    if (forks != QLatin1String("0"))
        return QStringLiteral("the chain forks at %1 entries").arg(forks);
    const QString unmatched = psql(QStringLiteral(
            "SELECT (SELECT count(*) FROM record_chain) - (SELECT count(*) FROM note_revisions) "
            "- (SELECT count(*) FROM note_tombstones) - (SELECT count(*) FROM note_attachments)"));
    if (unmatched != QLatin1String("0"))
        return QStringLiteral("%1 chain entries without a record row").arg(unmatched);
    const QString head = psql(QStringLiteral("SELECT hash FROM record_chain ORDER BY seq DESC "
                                             "LIMIT 1"));
    auto stored = RecordChain(*m_db).head();
    if (!stored || stored.value() != head)
        return QStringLiteral("the head is not the newest entry's hash");
    return QString();
}

void TestPgRecord::notesAreRecordedOnATeamDatabase()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft first = call(QStringLiteral("Promised the remittance by Friday"));
    first.note.noFollowUpNeeded = false;
    first.note.nextContactDate = m_db->today().addDays(3);
    first.attachData = {{QStringLiteral("remittance.txt"), QByteArray("paid 250.00 on 1 Dec\n")}};
    auto added = notes.add(first);
    VERIFY_OK(added);
    // The same content attached to another note is stored once.
    NoteService::Draft second = call(QStringLiteral("Sent the remittance again"));
    second.attachData = {{QStringLiteral("copy.txt"), QByteArray("paid 250.00 on 1 Dec\n")}};
    VERIFY_OK(notes.add(second));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) || ' ' || min(size) FROM attachment_blobs")),
             QStringLiteral("1 21"));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM note_attachments")), QStringLiteral("2"));
    // The next contact became the client's follow-up.
    QCOMPARE(psql(QStringLiteral("SELECT next_contact_date FROM client_summary WHERE client_id "
                                 "= %1")
                          .arg(m_client)),
             timeutil::toStorage(first.note.nextContactDate));

    const qint64 id = added.value().id;
    NoteService::Draft changed = call(QStringLiteral("Promised the remittance by Thursday"));
    auto amended = notes.amend(id, changed, 1);
    VERIFY_OK(amended);
    QCOMPARE(amended.value().revision, 2);
    // A second desk still editing revision 1 is told to reload.
    auto stale = notes.amend(id, call(QStringLiteral("by Monday")), 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);

    auto listed = notes.forClient(m_client);
    VERIFY_OK(listed);
    QCOMPARE(listed.value().size(), 2);
    const auto &entry = *std::find_if(listed.value().cbegin(), listed.value().cend(),
                                      [id](const auto &e) { return e.note.id == id; });
    QCOMPARE(entry.note.text, QStringLiteral("Promised the remittance by Thursday"));
    QCOMPARE(entry.revisionCount, 2);
    QCOMPARE(entry.attachments.size(), 1);
    QCOMPARE(entry.attachments.first().displayName, QStringLiteral("remittance.txt"));

    VERIFY_OK(notes.remove(id, QStringLiteral("logged on the wrong client")));
    auto after = notes.forClient(m_client);
    VERIFY_OK(after);
    QCOMPARE(after.value().size(), 1);
    auto history = notes.history(id);
    VERIFY_OK(history);
    QCOMPARE(history.value().revisions.size(), 2);
    QVERIFY(history.value().tombstone.has_value());
    QCOMPARE(history.value().tombstone->reason, QStringLiteral("logged on the wrong client"));
    QVERIFY(!notes.remove(id, QStringLiteral("again")));

    // 3 revisions, 2 attachments, 1 tombstone: 6 links, one after the other.
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM record_chain")), QStringLiteral("6"));
    const QString problems = chainProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestPgRecord::theDatabaseKeepsTheRecordAppendOnly()
{
    NoteService notes(m_db, m_user);
    NoteService::Draft d = call(QStringLiteral("Left a message"));
    d.attachData = {{QStringLiteral("a.txt"), QByteArray("x")}};
    auto added = notes.add(d);
    VERIFY_OK(added);
    // Even the superuser in psql cannot rewrite, delete or empty the record.
    const char *const refused[] = {
            "UPDATE note_revisions SET body = 'nothing happened'",
            "DELETE FROM note_revisions",
            "UPDATE notes SET client_id = client_id",
            "DELETE FROM note_attachments",
            "UPDATE attachment_blobs SET content = 'y'",
            "TRUNCATE note_tombstones CASCADE",
    };
    for (const char *statement : refused) {
        QVERIFY2(m_cluster.psql(m_name, QString::fromLatin1(statement)).isNull(), statement);
        QVERIFY2(m_cluster.errorString().contains(QLatin1String("append-only"))
                         || m_cluster.errorString().contains(QLatin1String("immutable")),
                 qPrintable(m_cluster.errorString()));
    }
    QCOMPARE(psql(QStringLiteral("SELECT body FROM note_revisions")),
             QStringLiteral("Left a message"));
    QCOMPARE(psql(QStringLiteral("SELECT convert_from(content, 'UTF8') FROM attachment_blobs")),
             QStringLiteral("x"));
}

void TestPgRecord::twoWritersSavingAtOnceLoseNothingAndKeepOneChain()
{
    // Two desks (threads, each with its own connection) save notes as fast as they can for
    // 30 s; every save they were told succeeded is a row, and the chain is one unbroken line.
    constexpr int kSeconds = 30;
    std::atomic<int> acknowledged[2] = {0, 0};
    QStringList failures[2];
    auto writer = [&](int desk) {
        NoteService notes(m_db, m_user);
        QElapsedTimer timer;
        timer.start();
        int i = 0;
        while (timer.elapsed() < kSeconds * 1000) {
            NoteService::Draft d = call(QStringLiteral("desk %1 call %2").arg(desk).arg(++i));
            if (i % 5 == 0) // some links are attachments, some amendments
                d.attachData = {{QStringLiteral("n.txt"), QByteArray::number(desk * 100000 + i)}};
            auto r = notes.add(d);
            if (!r) {
                failures[desk] << r.errorString();
                continue;
            }
            ++acknowledged[desk];
            if (i % 7 == 0) {
                if (auto a = notes.amend(r.value().id, call(QStringLiteral("amended")), 1); !a)
                    failures[desk] << a.errorString();
            }
        }
        m_db->releaseThreadConnection();
    };
    std::thread one(writer, 0), two(writer, 1);
    one.join();
    two.join();
    QVERIFY2(failures[0].isEmpty() && failures[1].isEmpty(),
             qPrintable((failures[0] + failures[1]).mid(0, 5).join(u'\n')));
    const int saved = acknowledged[0] + acknowledged[1];
    qInfo("%d and %d notes saved in %d s", acknowledged[0].load(), acknowledged[1].load(),
          kSeconds);
    QVERIFY(acknowledged[0] > 10 && acknowledged[1] > 10);
    const RecordVerifier::Report report = verified(*m_db);
    QVERIFY2(report.ok(), qPrintable(describe(report)));
    QVERIFY(report.revisions >= saved);
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM notes")), QString::number(saved));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM note_revisions WHERE revision = 1")),
             QString::number(saved));
    const QString problems = chainProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

Result<void> TestPgRecord::logSomeNotes(const std::shared_ptr<Database> &db, qint64 userId,
                                        qint64 clientId, qint64 invoiceId)
{
    NoteService notes(db, userId);
    auto draft = [clientId, &db](const QString &text) {
        NoteService::Draft d;
        d.note.clientId = clientId;
        d.note.channel = NoteChannel::Call;
        d.note.outcome = NoteOutcome::Reached;
        d.note.text = text;
        d.note.noFollowUpNeeded = true;
        d.note.occurredAt = db->clock()->now().addSecs(-3600);
        return d;
    };
    NoteService::Draft first = draft(QStringLiteral("Asked for a copy of INV-1 \"urgent\""));
    first.note.invoiceIds = {invoiceId};
    first.attachData = {{QStringLiteral("copy.pdf"), QByteArray("%PDF-1.4 fake\n")}};
    auto a = notes.add(first);
    if (!a)
        return a.error();
    auto b = notes.add(draft(QStringLiteral("Left a message with Zoë")));
    if (!b)
        return b.error();
    auto c = notes.add(draft(QStringLiteral("Wrong client")));
    if (!c)
        return c.error();
    if (auto r = notes.amend(a.value().id, draft(QStringLiteral("Sent a copy of INV-1")), 1); !r)
        return r.error();
    return notes.remove(c.value().id, QStringLiteral("logged on the wrong client"));
}

void TestPgRecord::verifyProvesATeamDatabase()
{
    Invoice inv = test::makeInvoice(m_client, QStringLiteral("INV-1"), m_db->today(), 10000);
    VERIFY_OK(ClientService(m_db, m_user).addInvoice(inv));
    VERIFY_OK(logSomeNotes(m_db, m_user, m_client, inv.id));
    const RecordVerifier::Report report = verified(*m_db);
    QVERIFY2(report.ok(), qPrintable(describe(report)));
    QCOMPARE(report.revisions, 4);
    QCOMPARE(report.tombstones, 1);
    QCOMPARE(report.attachments, 1);
    QCOMPARE(report.blobs, 1);
    QCOMPARE(report.chainEntries, 6);
    QCOMPARE(report.head, psql(QStringLiteral("SELECT hash FROM record_chain WHERE seq = 6")));
}

void TestPgRecord::sameNotesGiveTheSameChainHeadAsACompanyFile()
{
    // The same notes at the same instants (a fixed clock) in a company file and in a team
    // database: the canonical forms are the same bytes, so the chains end in the same hash.
    const auto clock = FixedClock::atNoon(QDate(2026, 11, 30));
    QString heads[2];
    for (int backend = 0; backend < 2; ++backend) {
        QString target = m_dir.filePath(QStringLiteral("same.ardesk"));
        if (backend == 1) {
            target = m_cluster.url(QStringLiteral("same"));
            QVERIFY(m_cluster.createDatabase(QStringLiteral("same")));
        }
        Database::Options options;
        options.mode = Database::OpenMode::CreateIfMissing;
        options.clock = clock;
        auto db = Database::open(target, options);
        VERIFY_OK(db);
        auto user = UserRepository(*db.value()).ensure(QStringLiteral("ann"), UserRole::Clerk);
        VERIFY_OK(user);
        Client a = test::makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Inc."));
        ClientService clients(db.value(), user.value().id);
        VERIFY_OK(clients.createClient(a));
        Invoice inv = test::makeInvoice(a.id, QStringLiteral("INV-1"), QDate(2026, 11, 1), 10000);
        VERIFY_OK(clients.addInvoice(inv));
        VERIFY_OK(logSomeNotes(db.value(), user.value().id, a.id, inv.id));
        const RecordVerifier::Report report = verified(*db.value());
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.chainEntries, 6);
        heads[backend] = report.head;
    }
    QCOMPARE(heads[1], heads[0]);
}

void TestPgRecord::aRolledBackSaveLeavesNoGapInTheChain()
{
    NoteService notes(m_db, m_user);
    VERIFY_OK(notes.add(call(QStringLiteral("first"))));
    {
        // A save that failed after its chain entry was written is rolled back whole.
        WriteTransaction tx(*m_db);
        VERIFY_OK(tx.begin());
        VERIFY_OK(RecordChain(*m_db).append(QStringLiteral("revision"), 99, "{}"));
    }
    VERIFY_OK(notes.add(call(QStringLiteral("second"))));
    QCOMPARE(psql(QStringLiteral("SELECT string_agg(seq::text, ',' ORDER BY seq) FROM "
                                 "record_chain")),
             QStringLiteral("1,2"));
    const RecordVerifier::Report report = verified(*m_db);
    QVERIFY2(report.ok(), qPrintable(describe(report)));
}

void TestPgRecord::tamperingAsSuperuserWithTheRulesOffIsReported()
{
    Invoice inv = test::makeInvoice(m_client, QStringLiteral("INV-1"), m_db->today(), 10000);
    VERIFY_OK(ClientService(m_db, m_user).addInvoice(inv));
    VERIFY_OK(logSomeNotes(m_db, m_user, m_client, inv.id));
    const qint64 note = psql(QStringLiteral("SELECT note_id FROM note_revisions WHERE body LIKE "
                                            "'Left a message%'"))
                                .toLongLong();
    // A superuser switches the rules off for a session and rewrites a note's text.
    QVERIFY(!m_cluster
                     .psql(m_name,
                           QStringLiteral("SET session_replication_role = replica; "
                                          "UPDATE note_revisions SET body = 'Never "
                                          "called' WHERE note_id = %1")
                                   .arg(note))
                     .isNull());
    RecordVerifier::Report report = verified(*m_db);
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.first().kind, QStringLiteral("revision"));
    QCOMPARE(report.problems.first().noteId, note);
    QVERIFY2(report.problems.first().message.contains(QLatin1String("body differs")),
             qPrintable(describe(report)));

    // Rows that refer to nothing, and a rule left switched off, are named too.
    QVERIFY(!m_cluster
                     .psql(m_name,
                           QStringLiteral("SET session_replication_role = replica; "
                                          "INSERT INTO note_invoices VALUES (1, 999); "
                                          "ALTER TABLE record_chain DISABLE TRIGGER "
                                          "record_chain_no_update"))
                     .isNull());
    report = verified(*m_db);
    const QString all = describe(report);
    QVERIFY2(all.contains(QLatin1String("foreign_key note_invoices row"))
                     && all.contains(QLatin1String("refers to a missing invoices row")),
             qPrintable(all));
    QCOMPARE(report.problems.first().kind, QStringLiteral("integrity"));
    QVERIFY2(report.problems.first().message.contains(QLatin1String("record_chain_no_update")),
             qPrintable(all));
}

// Issue 15: a team database writes and verifies the same form 2 as a company file (the claimed
// and detected MIME types of an attachment are chained; an entry cannot be relabelled form 1).
void TestPgRecord::theAttachmentsTypesAreChainedOnATeamDatabase()
{
    Invoice inv = test::makeInvoice(m_client, QStringLiteral("INV-1"), m_db->today(), 10000);
    VERIFY_OK(ClientService(m_db, m_user).addInvoice(inv));
    VERIFY_OK(logSomeNotes(m_db, m_user, m_client, inv.id));
    QCOMPARE(psql(QStringLiteral("SELECT min(form) || '-' || max(form) FROM record_chain")),
             QStringLiteral("%1-%1").arg(RecordChain::kCurrentForm));
    const qint64 attachment = psql(QStringLiteral("SELECT id FROM note_attachments")).toLongLong();
    const qint64 seq = psql(QStringLiteral("SELECT chain_seq FROM note_attachments")).toLongLong();
    QVERIFY(attachment > 0 && seq > 1);
    // A superuser with the rules off changes the type the name claims.
    QVERIFY(!m_cluster
                     .psql(m_name,
                           QStringLiteral("SET session_replication_role = replica; UPDATE "
                                          "note_attachments SET claimed_mime = 'text/plain'"))
                     .isNull());
    RecordVerifier::Report report = verified(*m_db);
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.first().kind, QStringLiteral("attachment"));
    QCOMPARE(report.problems.first().seq, seq);
    QCOMPARE(report.problems.first().entryId, attachment);

    // ... and relabels the entry as form 1, which does not chain the types.
    QVERIFY(!m_cluster
                     .psql(m_name,
                           QStringLiteral("SET session_replication_role = replica; UPDATE "
                                          "record_chain SET form = 1 WHERE seq = %1")
                                   .arg(seq))
                     .isNull());
    report = verified(*m_db);
    const QString all = describe(report);
    QVERIFY2(all.contains(QStringLiteral("record chain entry %1 is in canonical form 1 after "
                                         "entries in form 2")
                                  .arg(seq)),
             qPrintable(all));
    QCOMPARE(report.problems.first().seq, seq);
}

QTEST_GUILESS_MAIN(TestPgRecord)
#include "tst_pgrecord.moc"
