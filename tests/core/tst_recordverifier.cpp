// SPDX-License-Identifier: MIT
// The verifier proves the record: a clean file (demo data plus notes logged through the service:
// structured fields, attachments, revisions, a tombstone) verifies, and every change made
// outside ARDesk — with the append-only triggers dropped — is found and named: the entry's
// chain position, its kind and note, and what differs.
#include "core/services/demogenerator.h"
#include "core/services/invoicedocumentservice.h"
#include "core/services/noteservice.h"
#include "core/storage/database.h"
#include "core/storage/recordchain.h"
#include "core/storage/recordverifier.h"
#include "core/storage/rowstream.h"
#include "core/storage/userrepository.h"
#include "support/testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace ardesk;
using namespace ardesk::test;

class TestRecordVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanFileVerifies();
    void triggersRefuseRawChanges();
    void tamperIsNamed_data();
    void tamperIsNamed();
    void randomSingleFieldTampersAreNamed();
    void rehashedChainIsCaughtByARecordedHead();
    void invoiceDocumentContentIsChecked();
    void aClientsScopeFollowsEveryLinkAndRecomputesOnlyItsEntries();
    void aStreamThatDoesNotPrepareIsAnErrorNotACrash();

private:
    /// Verifies the file; fails the test when the verifier itself cannot run.
    RecordVerifier::Report verify();
    /// Runs SQL on a plain connection with the append-only triggers dropped.
    void tamper(const QStringList &statements);
    qint64 scalarOf(const QString &sql) { return readValue(m_path, sql).toLongLong(); }

    ScratchDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
    qint64 m_structuredNote = 0; ///< a promise-to-pay note with an attachment
    qint64 m_amendedNote = 0; ///< a note with two revisions
    qint64 m_deletedNote = 0; ///< a note with a tombstone
    QByteArray m_template; ///< the clean file, copied for each test
};

void TestRecordVerifier::initTestCase()
{
    QVERIFY(m_dir.renew());
    const QString path = m_dir.filePath(QStringLiteral("template.ardesk"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        VERIFY_OK(db);
        DemoGenerator::Options o;
        o.clients = 8;
        o.seed = 5;
        o.asOf = QDate(2026, 6, 30);
        VERIFY_OK(DemoGenerator(db.value()).generate(o));
        auto user = UserRepository(db.value()->connection()).findByName(QStringLiteral("sam.lee"));
        VERIFY_OK(user);
        NoteService notes(db.value(), user.value().id);
        const qint64 invoice = readValue(path,
                                         QStringLiteral("SELECT min(id) FROM invoices "
                                                        "WHERE client_id = 1"))
                                       .toLongLong();
        NoteService::Draft d;
        d.note.clientId = 1;
        d.note.channel = NoteChannel::Call;
        d.note.outcome = NoteOutcome::Promised;
        d.note.text = QStringLiteral("Promised payment.");
        d.note.nextContactDate = QDate::currentDate().addDays(7);
        d.note.invoiceIds = {invoice};
        d.note.templateKey = QStringLiteral("promise-to-pay");
        d.fields
                = {{QStringLiteral("amount"), QStringLiteral("120.50")},
                   {QStringLiteral("date"), QDate::currentDate().addDays(5).toString(Qt::ISODate)}};
        d.attachData = {{QStringLiteral("remittance.txt"), QByteArray("paid in full\n")}};
        auto added = notes.add(d);
        VERIFY_OK(added);
        m_structuredNote = added.value().id;

        NoteService::Draft e;
        e.note.clientId = 2;
        e.note.channel = NoteChannel::Internal;
        e.note.text = QStringLiteral("First version");
        auto second = notes.add(e);
        VERIFY_OK(second);
        m_amendedNote = second.value().id;
        e.note.text = QStringLiteral("Second version");
        VERIFY_OK(notes.amend(m_amendedNote, e, 1));

        e.note.text = QStringLiteral("Logged on the wrong client");
        auto third = notes.add(e);
        VERIFY_OK(third);
        m_deletedNote = third.value().id;
        VERIFY_OK(notes.remove(m_deletedNote, QStringLiteral("wrong client")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_template = f.readAll();
}

void TestRecordVerifier::init()
{
    m_path = m_dir.filePath(
            QStringLiteral("%1.ardesk").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(writeFile(m_path, m_template));
    auto db = Database::open(m_path);
    VERIFY_OK(db);
    m_db = db.value();
}

void TestRecordVerifier::cleanup()
{
    m_db.reset();
}

RecordVerifier::Report TestRecordVerifier::verify()
{
    auto r = RecordVerifier(m_db->connection()).verify();
    if (!r) {
        QTest::qFail(qPrintable(r.errorString()), __FILE__, __LINE__);
        return {};
    }
    return r.value();
}

void TestRecordVerifier::tamper(const QStringList &statements)
{
    withPlainConnection(m_path, [&](const QSqlDatabase &db) {
        QStringList triggers;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'")));
        while (q.next())
            triggers << q.value(0).toString();
        for (const QString &t : std::as_const(triggers))
            exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(t));
        for (const QString &s : statements) {
            QSqlQuery w(db);
            QVERIFY2(w.exec(s), qPrintable(s + QStringLiteral(": ") + w.lastError().text()));
        }
    });
}

void TestRecordVerifier::cleanFileVerifies()
{
    const RecordVerifier::Report r = verify();
    QVERIFY2(r.ok(), qPrintable(r.problems.value(0).message));
    QCOMPARE(r.revisions, scalarOf(QStringLiteral("SELECT count(*) FROM note_revisions")));
    QCOMPARE(r.tombstones, 1);
    QCOMPARE(r.attachments, scalarOf(QStringLiteral("SELECT count(*) FROM note_attachments")));
    QCOMPARE(r.blobs, scalarOf(QStringLiteral("SELECT count(*) FROM attachment_blobs")));
    QCOMPARE(r.chainEntries, r.revisions + r.tombstones + r.attachments);
    QVERIFY(r.revisions > 30);
    QCOMPARE(r.head,
             readValue(m_path,
                       QStringLiteral("SELECT hash FROM record_chain ORDER BY seq DESC "
                                      "LIMIT 1"))
                     .toString());
    // The structured note really carries its fields into the chain.
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT template_key FROM note_revisions WHERE "
                                      "note_id = ?"),
                       {m_structuredNote})
                     .toString(),
             QStringLiteral("promise-to-pay"));
}

void TestRecordVerifier::triggersRefuseRawChanges()
{
    withPlainConnection(m_path, [&](const QSqlDatabase &db) {
        for (const QString &sql :
             {QStringLiteral("UPDATE note_revisions SET body = 'x' WHERE id = 1"),
              QStringLiteral("DELETE FROM note_revisions WHERE id = 1"),
              QStringLiteral("UPDATE notes SET client_id = 2 WHERE id = 1"),
              QStringLiteral("DELETE FROM note_tombstones"),
              QStringLiteral("UPDATE note_attachments SET display_name = 'x'"),
              QStringLiteral("UPDATE record_chain SET hash = 'x' WHERE seq = 1"),
              QStringLiteral("DELETE FROM record_chain WHERE seq = 1"),
              QStringLiteral("UPDATE attachment_blobs SET content = x'00'")}) {
            QSqlQuery q(db);
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QLatin1String("append-only"))
                             || q.lastError().text().contains(QLatin1String("immutable")),
                     qPrintable(q.lastError().text()));
        }
    });
    QVERIFY(verify().ok());
}

void TestRecordVerifier::tamperIsNamed_data()
{
    QTest::addColumn<QString>("statements"); // ';'-separated
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // in the first problem's message
    QTest::addColumn<QString>("entrySql"); // the entry id the first problem must name

    QTest::newRow("body changed") << "UPDATE note_revisions SET body = body || '!' WHERE id = 5"
                                  << "revision"
                                  << "note 5 revision 1"
                                  << "SELECT 5";
    QTest::newRow("revision deleted")
            << "DELETE FROM note_invoices WHERE revision_id = 7; DELETE FROM note_revisions WHERE "
               "id = 7"
            << "revision"
            << "revision 7 is missing from the file"
            << "SELECT 7";
    QTest::newRow("forged revision with a chain row")
            << "INSERT INTO record_chain (seq, kind, entry_id, prev_hash, hash) SELECT max(seq) + "
               "1, 'revision', 900000, (SELECT hash FROM record_chain ORDER BY seq DESC LIMIT 1), "
               "'0000000000000000000000000000000000000000000000000000000000000000' FROM "
               "record_chain; INSERT INTO note_revisions (id, note_id, revision, channel, "
               "occurred_at, recorded_at, body, chain_seq) VALUES (900000, 3, 2, 'call', "
               "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'forged', (SELECT max(seq) "
               "FROM record_chain))"
            << "revision"
            << "note 3 revision 2"
            << "SELECT 900000";
    QTest::newRow("revision inserted without a chain entry")
            << "INSERT INTO note_revisions (id, note_id, revision, channel, occurred_at, "
               "recorded_at, body, chain_seq) VALUES (900001, 3, 2, 'call', "
               "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'forged', 900000)"
            << "revision"
            << "has no entry in the record chain"
            << "SELECT 900001";
    QTest::newRow("chain hash changed")
            << "UPDATE record_chain SET hash = '1111111111111111111111111111111111111111111111111"
               "111111111111111' WHERE seq = 10"
            << "revision"
            << "hash stored in the record chain was altered"
            << "SELECT entry_id FROM record_chain WHERE seq = 10";
    QTest::newRow("client of a note changed")
            << "UPDATE notes SET client_id = client_id + 1 WHERE id = 12"
            << "revision"
            << "note 12 revision 1"
            << "SELECT id FROM note_revisions WHERE note_id = 12 ORDER "
               "BY revision LIMIT 1";
    QTest::newRow("invoice link added")
            << "INSERT INTO note_invoices (revision_id, invoice_id) SELECT 20, max(id) FROM "
               "invoices WHERE id NOT IN (SELECT invoice_id FROM note_invoices WHERE revision_id "
               "= 20)"
            << "revision"
            << "note 20 revision 1"
            << "SELECT 20";
    QTest::newRow("structured fields changed")
            << "UPDATE note_revisions SET fields_json = replace(fields_json, '12050', '1') WHERE "
               "template_key = 'promise-to-pay'"
            << "revision"
            << "fields differ from the hash chain"
            << "SELECT id FROM note_revisions WHERE template_key = 'promise-to-pay'";
    QTest::newRow("structured fields reformatted")
            << "UPDATE note_revisions SET fields_json = replace(fields_json, ',', ', ') WHERE "
               "template_key = 'promise-to-pay'"
            << "revision"
            << "fields differ"
            << "SELECT id FROM note_revisions WHERE template_key = 'promise-to-pay'";
    QTest::newRow("fields added to an unstructured note")
            << "UPDATE note_revisions SET fields_json = '{\"amount\":1}' WHERE id = 4"
            << "revision"
            << "fields differ"
            << "SELECT 4";
    QTest::newRow("template key set on an old note")
            << "UPDATE note_revisions SET template_key = 'dispute' WHERE id = 6"
            << "revision"
            << "note 6 revision 1"
            << "SELECT 6";
    // Notes logged through NoteService: the audit log holds their chained form, so the verifier
    // names the field that differs.
    QTest::newRow("body of a logged note is named")
            << QStringLiteral("UPDATE note_revisions SET body = 'x' WHERE note_id = %1 AND "
                              "revision = 2")
                       .arg(m_amendedNote)
            << "revision" << QStringLiteral("note %1 revision 2 (chain entry").arg(m_amendedNote)
            << QStringLiteral("SELECT id FROM note_revisions WHERE note_id = %1 AND revision = 2")
                       .arg(m_amendedNote);
    QTest::newRow("first revision's body is named")
            << QStringLiteral("UPDATE note_revisions SET body = 'x' WHERE note_id = %1 AND "
                              "revision = 1")
                       .arg(m_amendedNote)
            << "revision"
            << "): body differs from the hash chain"
            << QStringLiteral("SELECT id FROM note_revisions WHERE note_id = %1 AND revision = 1")
                       .arg(m_amendedNote);
    QTest::newRow("outcome and next contact are named")
            << QStringLiteral("UPDATE note_revisions SET outcome = 'refused', next_contact_date "
                              "= NULL, no_follow_up = 1 WHERE note_id = %1")
                       .arg(m_structuredNote)
            << "revision"
            << "): next_contact_date, no_follow_up, outcome differ"
            << QStringLiteral("SELECT id FROM note_revisions WHERE note_id = %1")
                       .arg(m_structuredNote);
    QTest::newRow("tombstone deleted") << "DELETE FROM note_tombstones"
                                       << "tombstone"
                                       << "is missing from the file"
                                       << "SELECT 1";
    QTest::newRow("tombstone reason changed") << "UPDATE note_tombstones SET reason = 'no reason'"
                                              << "tombstone"
                                              << "): reason differs from the hash chain"
                                              << "SELECT 1";
    QTest::newRow("attachment renamed")
            << "UPDATE note_attachments SET display_name = 'other.txt' WHERE id = (SELECT max(id) "
               "FROM note_attachments)"
            << "attachment"
            << "attachment"
            << "SELECT max(id) FROM note_attachments";
    QTest::newRow("attachment content changed")
            << "UPDATE attachment_blobs SET content = CAST('paid in part' || char(10) AS BLOB) "
               "WHERE size = 13"
            << "blob"
            << "content was changed"
            << "SELECT max(id) FROM note_attachments";
    QTest::newRow("attachment size changed")
            << "UPDATE attachment_blobs SET size = size + 1 WHERE size = 13"
            << "blob"
            << "size says 14 bytes"
            << "SELECT max(id) FROM note_attachments";
}

void TestRecordVerifier::tamperIsNamed()
{
    QFETCH(QString, statements);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(QString, entrySql);
    // The expected entry is resolved after the tamper (it may name the changed row).
    tamper(statements.split(u';', Qt::SkipEmptyParts));
    const qint64 entry = scalarOf(entrySql);
    const RecordVerifier::Report r = verify();
    QVERIFY2(!r.ok(), "the tamper was not detected");
    const RecordVerifier::Problem &p = r.problems.first();
    QVERIFY2(p.kind == kind, qPrintable(p.kind + QStringLiteral(": ") + p.message));
    QVERIFY2(p.message.contains(expected), qPrintable(p.message));
    QVERIFY2(p.entryId == entry,
             qPrintable(QStringLiteral("entry %1, expected %2: %3")
                                .arg(p.entryId)
                                .arg(entry)
                                .arg(p.message)));
}

// Issue 4: "in a loop over 200 random single-field tampers (triggers dropped), names the
// tampered entry every time".
void TestRecordVerifier::randomSingleFieldTampersAreNamed()
{
    struct Column
    {
        const char *name;
        const char *newValue; // SQL expression over the old row
    };
    const Column columns[] = {
            {"body", "body || ' '"},
            {"contact_name", "contact_name || 'x'"},
            {"occurred_at", "replace(occurred_at, 'Z', '1Z')"},
            {"recorded_at", "replace(recorded_at, '.', ',')"},
            {"outcome", "CASE outcome WHEN 'reached' THEN 'refused' ELSE 'reached' END"},
            {"channel", "CASE channel WHEN 'call' THEN 'email' ELSE 'call' END"},
            {"direction", "CASE direction WHEN 'in' THEN 'out' ELSE 'in' END"},
            {"author_id", "COALESCE(author_id, 0) % 8 + 1"},
            {"contact_id", "NULL"},
            {"next_contact_date", "COALESCE(date(next_contact_date, '+1 day'), '2026-01-01')"},
            {"no_follow_up", "1 - no_follow_up"},
            {"revision", "revision + 100"},
            {"template_key", "'client-request'"},
    };
    QRandomGenerator rng(42);
    const qint64 maxId = scalarOf(QStringLiteral("SELECT max(id) FROM note_revisions"));
    int done = 0;
    for (int i = 0; i < 200; ++i) {
        const qint64 id = rng.bounded(qint64(1), maxId + 1);
        const Column &c = columns[rng.bounded(int(std::size(columns)))];
        const QString column = QString::fromLatin1(c.name);
        const QVariant before = readValue(
                m_path, QStringLiteral("SELECT %1 FROM note_revisions WHERE id = ?").arg(column),
                {id});
        if (column == QLatin1String("contact_id") && before.isNull())
            continue; // NULL → NULL is no change
        tamper({QStringLiteral("UPDATE note_revisions SET %1 = %2 WHERE id = %3")
                        .arg(column, QString::fromLatin1(c.newValue))
                        .arg(id)});
        if (QTest::currentTestFailed())
            return;
        const RecordVerifier::Report r = verify();
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("%1 of revision %2 not detected").arg(column).arg(id)));
        QVERIFY2(r.problems.first().entryId == id && r.problems.first().kind == u"revision",
                 qPrintable(QStringLiteral("%1 of revision %2: %3")
                                    .arg(column)
                                    .arg(id)
                                    .arg(r.problems.first().message)));
        withPlainConnection(m_path, [&](const QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE note_revisions SET %1 = ? WHERE id = ?").arg(column));
            q.addBindValue(before);
            q.addBindValue(id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        });
        ++done;
    }
    QVERIFY(done > 150);
    QVERIFY(verify().ok());
}

// Whoever rewrites the newest entry and recomputes its hash leaves a chain that verifies on its
// own; a head recorded before (verify prints it) is then no longer in the chain.
void TestRecordVerifier::rehashedChainIsCaughtByARecordedHead()
{
    const QString recorded = verify().head;
    const QString prev = readValue(m_path,
                                   QStringLiteral("SELECT prev_hash FROM record_chain "
                                                  "ORDER BY seq DESC LIMIT 1"))
                                 .toString();
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT kind FROM record_chain ORDER BY seq DESC "
                                      "LIMIT 1"))
                     .toString(),
             QStringLiteral("tombstone"));
    const qint64 author = scalarOf(QStringLiteral("SELECT author_id FROM note_tombstones"));
    const QString at = readValue(m_path, QStringLiteral("SELECT recorded_at FROM note_tombstones"))
                               .toString();
    const QString forged
            = RecordChain::link(prev,
                                RecordChain::canonicalTombstone(
                                        m_deletedNote, QStringLiteral("duplicate"), author, at));
    tamper({QStringLiteral("UPDATE note_tombstones SET reason = 'duplicate'"),
            QStringLiteral("UPDATE record_chain SET hash = '%1' WHERE seq = (SELECT max(seq) FROM "
                           "record_chain)")
                    .arg(forged)});
    QVERIFY(verify().ok()); // a consistent chain proves nothing about what was recorded before

    RecordVerifier verifier(m_db->connection());
    verifier.setExpectedHead(recorded);
    auto r = verifier.verify();
    VERIFY_OK(r);
    QVERIFY(!r.value().ok());
    QCOMPARE(r.value().problems.first().kind, QStringLiteral("head"));
    QVERIFY(r.value().problems.first().message.contains(recorded));
    // An earlier head (before the rewritten entry) is still there: appending is normal.
    const QString earlier = readValue(m_path,
                                      QStringLiteral("SELECT hash FROM record_chain "
                                                     "WHERE seq = 5"))
                                    .toString();
    verifier.setExpectedHead(earlier.toUpper());
    auto ok = verifier.verify();
    VERIFY_OK(ok);
    QVERIFY(ok.value().ok());
    QCOMPARE(ok.value().expectedHeadSeq, 5);
}

// Issue 12: invoice documents are stored content-addressed like note attachments; `verify`
// checks their hashes too and names the invoice whose document changed.
void TestRecordVerifier::invoiceDocumentContentIsChecked()
{
    const QString pdfPath = m_dir.filePath(QStringLiteral("invoice-doc.pdf"));
    QVERIFY(writeFile(pdfPath, QByteArray("%PDF-1.4\n% the invoice as printed\n")));
    const qint64 invoice
            = scalarOf(QStringLiteral("SELECT min(id) FROM invoices WHERE client_id = 2"));
    const QString number = readValue(m_path,
                                     QStringLiteral("SELECT number FROM invoices WHERE "
                                                    "id = ?"),
                                     {invoice})
                                   .toString();
    VERIFY_OK(InvoiceDocumentService(m_db, 0).attach(invoice, pdfPath));
    QVERIFY(verify().ok());
    m_db.reset();
    tamper({QStringLiteral("UPDATE attachment_blobs SET content = CAST('%PDF-1.4 forged' AS "
                           "BLOB) WHERE sha256 = (SELECT sha256 FROM invoice_documents)")});
    auto db = Database::open(m_path);
    VERIFY_OK(db);
    m_db = db.value();
    const RecordVerifier::Report r = verify();
    QVERIFY2(!r.ok(), "the changed document was not detected");
    QVERIFY2(r.problems.first().message.contains(QStringLiteral("invoice %1 document").arg(number))
                     && r.problems.first().message.contains(QLatin1String("content was changed")),
             qPrintable(r.problems.first().message));
}

// A case file's verify (setScopeClient): every link of the chain, the client's own entries
// recomputed from their rows and blobs; another client's rows are not read.
void TestRecordVerifier::aClientsScopeFollowsEveryLinkAndRecomputesOnlyItsEntries()
{
    const RecordVerifier::Report whole = verify();
    QVERIFY(whole.ok());
    RecordVerifier scoped(m_db->connection());
    scoped.setScopeClient(1);
    auto clean = scoped.verify();
    VERIFY_OK(clean);
    QVERIFY2(clean.value().ok(), qPrintable(clean.value().problems.value(0).message));
    QCOMPARE(clean.value().chainEntries, whole.chainEntries); // every link
    QCOMPARE(clean.value().head, whole.head);
    QCOMPARE(clean.value().revisions,
             scalarOf(QStringLiteral("SELECT count(*) FROM note_revisions r JOIN notes n ON n.id "
                                     "= r.note_id WHERE n.client_id = 1")));
    QVERIFY(clean.value().revisions > 0 && clean.value().revisions < whole.revisions);
    QCOMPARE(clean.value().attachments, 1); // the promise note's remittance
    QCOMPARE(clean.value().blobs, 1);

    // Client 2's amended note rewritten: client 1's scope does not read it, client 2's does.
    tamper({QStringLiteral("UPDATE note_revisions SET body = 'Forged' WHERE note_id = %1 AND "
                           "revision = 2")
                    .arg(m_amendedNote)});
    auto other = scoped.verify();
    VERIFY_OK(other);
    QVERIFY(other.value().ok());
    scoped.setScopeClient(2);
    auto own = scoped.verify();
    VERIFY_OK(own);
    QVERIFY(!own.value().ok());
    QVERIFY2(own.value().problems.first().message.contains(QStringLiteral("body")),
             qPrintable(own.value().problems.first().message));
    QCOMPARE(own.value().problems.first().noteId, m_amendedNote);

    // Client 1's attachment content changed: named in its scope.
    scoped.setScopeClient(1);
    tamper({QStringLiteral("UPDATE attachment_blobs SET content = CAST('paid in half' AS BLOB)")});
    auto blob = scoped.verify();
    VERIFY_OK(blob);
    QVERIFY(!blob.value().ok());
    QCOMPARE(blob.value().problems.first().kind, QStringLiteral("blob"));

    // A link cut anywhere (here in another client's entries) fails every client's scope, and
    // comes first (the chain walk runs before the blobs).
    const qint64 notClientOne = scalarOf(QStringLiteral(
            "SELECT min(c.seq) FROM record_chain c JOIN note_revisions r ON r.chain_seq = c.seq "
            "JOIN notes n ON n.id = r.note_id WHERE n.client_id <> 1 AND c.seq > 1"));
    QVERIFY(notClientOne > 1);
    tamper({QStringLiteral("DELETE FROM record_chain WHERE seq = %1").arg(notClientOne)});
    RecordVerifier cut(m_db->connection());
    cut.setScopeClient(1);
    auto r = cut.verify();
    VERIFY_OK(r);
    QVERIFY(!r.value().ok());
    QVERIFY2(r.value().problems.first().message.contains(QStringLiteral("missing")),
             qPrintable(r.value().problems.first().message));
}

/// What verify streams on a damaged file may not even prepare (the schema it names is gone):
/// the stream says so, and stepping, resetting and ending it are safe. Resetting one that never
/// prepared crashed `ardesk-cli verify` on one bit flip of cli.clidamagedfile's demo file
/// (sqlite3_clear_bindings on no statement).
void TestRecordVerifier::aStreamThatDoesNotPrepareIsAnErrorNotACrash()
{
    {
        RowStream missing(m_db->connection(),
                          "SELECT id, entry_hash FROM no_such_table WHERE id > ?");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("no_such_table")),
                 qPrintable(missing.error()));
        missing.bind(1, 0);
        QVERIFY(!missing.step());
        missing.reset();
    } // and its end
    QVERIFY(verify().problems.isEmpty()); // the connection is fine afterwards
}

QTEST_GUILESS_MAIN(TestRecordVerifier)
#include "tst_recordverifier.moc"
