// SPDX-License-Identifier: MIT
// The demo company: deterministic for a seed, plausible in shape (late payers, promises,
// disputes, attachments), and internally consistent: balances match allocations, the AR summary
// matches a rebuild, the record chain verifies from genesis, and every record passes the same
// validation the app applies to what a user types.
#include "core/domain/client.h"
#include "core/domain/validation.h"
#include "core/services/demogenerator.h"
#include "core/storage/arsummary.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/database.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/recordchain.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/timeutil.h"

#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {

const QDate kAsOf(2026, 6, 30);
constexpr int kClients = 150;

qint64 count(const QSqlDatabase &db, const QString &sqlAfterSelectCount)
{
    return scalar(db, QStringLiteral("SELECT count(*) ") + sqlAfterSelectCount).toLongLong();
}

/// Invoices whose balance is not their amount less what was allocated and adjusted on them.
qint64 invoicesOffTheirAllocations(const QSqlDatabase &db)
{
    return count(db,
                 QStringLiteral("FROM invoices i WHERE i.balance_minor <> i.amount_minor - "
                                "COALESCE((SELECT sum(a.amount_minor) FROM payment_allocations "
                                "a WHERE a.invoice_id = i.id), 0) - COALESCE((SELECT "
                                "sum(j.amount_minor) FROM invoice_adjustments j WHERE "
                                "j.invoice_id = i.id), 0)"));
}

/// SHA-256 over every column of every row of the ledger and record tables, in id order.
QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char *const tables[][2] = {
            {"clients", "id"},
            {"contacts", "id"},
            {"contact_phones", "id"},
            {"invoices", "id"},
            {"payments", "id"},
            {"payment_allocations", "id"},
            {"notes", "id"},
            {"note_revisions", "id"},
            {"note_invoices", "revision_id"},
            {"record_chain", "seq"},
            {"promises", "id"},
            {"disputes", "id"},
            {"note_attachments", "id"},
            {"client_summary", "client_id"},
            {"tasks", "id"},
    };
    for (const auto &t : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                            .arg(QLatin1String(t[0]), QLatin1String(t[1]))))
            return QByteArray();
        h.addData(QByteArray(QByteArray("table ") + t[0] + '\n'));
        while (q.next()) {
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                const QVariant v = q.value(i);
                h.addData(v.isNull() ? QByteArray("\\N") : v.toString().toUtf8());
                h.addData(QByteArray("\x1f", 1));
            }
            h.addData(QByteArray("\n", 1));
        }
    }
    return h.result().toHex();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameContent();
    void otherSeedOtherContent();
    void statsMatchRows();
    void plausibleShape();
    void latePaymentMix();
    void balancesMatchAllocations();
    void summaryMatchesRebuild();
    void recordChainVerifiesFromGenesis();
    void contactsAreReachable();
    void recordsPassValidation();
    void textIsCleanUnicode();
    void refusesFileWithClients();
    void fillsFileWithExistingUser();
    void refusesBadOptions();
    void failedRunLeavesFileAsItWas();
    void cleanupTestCase();

private:
    Result<std::shared_ptr<Database>> generate(const QString &name, quint64 seed,
                                               DemoGenerator::Stats *stats = nullptr);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_a; // seed 7
    DemoGenerator::Stats m_stats;
    QSqlDatabase m_conn;
};

Result<std::shared_ptr<Database>> TestDemoGenerator::generate(const QString &name, quint64 seed,
                                                              DemoGenerator::Stats *stats)
{
    auto db = Database::open(m_dir.filePath(name), Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    DemoGenerator::Options o;
    o.clients = kClients;
    o.seed = seed;
    o.asOf = kAsOf;
    int lastDone = 0, lastTotal = 0;
    auto r = DemoGenerator(db.value()).generate(o, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    if (!r)
        return r.error();
    if (lastDone != kClients || lastTotal != kClients)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("progress did not reach the end"));
    if (stats)
        *stats = r.value();
    return db;
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto a = generate(QStringLiteral("a.ardesk"), 7, &m_stats);
    QVERIFY2(a.ok(), qPrintable(a.errorString()));
    m_a = a.value();
    m_conn = m_a->connection();
}

void TestDemoGenerator::cleanupTestCase()
{
    m_conn = QSqlDatabase();
    m_a.reset();
}

void TestDemoGenerator::sameSeedSameContent()
{
    auto b = generate(QStringLiteral("b.ardesk"), 7);
    QVERIFY2(b.ok(), qPrintable(b.errorString()));
    const QByteArray ha = contentHash(m_conn);
    const QByteArray hb = contentHash(b.value()->connection());
    QVERIFY(!ha.isEmpty());
    QCOMPARE(hb, ha);
    // Not just the hash: the newest chain entry is the same.
    QCOMPARE(RecordChain(b.value()->connection()).head().value(),
             RecordChain(m_conn).head().value());
}

void TestDemoGenerator::otherSeedOtherContent()
{
    auto c = generate(QStringLiteral("c.ardesk"), 8);
    QVERIFY2(c.ok(), qPrintable(c.errorString()));
    QVERIFY(contentHash(c.value()->connection()) != contentHash(m_conn));
    QCOMPARE(count(c.value()->connection(), QStringLiteral("FROM clients")), qint64(kClients));
    QVERIFY(scalar(c.value()->connection(), QStringLiteral("SELECT name FROM clients WHERE id = 1"))
                            .toString()
                    != scalar(m_conn, QStringLiteral("SELECT name FROM clients WHERE id = 1"))
                               .toString()
            || count(c.value()->connection(), QStringLiteral("FROM invoices"))
                    != count(m_conn, QStringLiteral("FROM invoices")));
}

void TestDemoGenerator::statsMatchRows()
{
    QCOMPARE(m_stats.clients, qint64(kClients));
    QCOMPARE(count(m_conn, QStringLiteral("FROM clients")), m_stats.clients);
    QCOMPARE(count(m_conn, QStringLiteral("FROM contacts")), m_stats.contacts);
    QCOMPARE(count(m_conn, QStringLiteral("FROM invoices")), m_stats.invoices);
    QCOMPARE(count(m_conn, QStringLiteral("FROM payments")), m_stats.payments);
    QCOMPARE(count(m_conn, QStringLiteral("FROM notes")), m_stats.notes);
    QCOMPARE(count(m_conn, QStringLiteral("FROM promises")), m_stats.promises);
    QCOMPARE(count(m_conn, QStringLiteral("FROM disputes")), m_stats.disputes);
    QCOMPARE(count(m_conn, QStringLiteral("FROM note_attachments")), m_stats.attachments);
    QCOMPARE(count(m_conn, QStringLiteral("FROM tasks")), m_stats.tasks);
    QCOMPARE(count(m_conn, QStringLiteral("FROM client_summary")), m_stats.clients);
    QCOMPARE(count(m_conn, QStringLiteral("FROM record_chain")),
             m_stats.notes + m_stats.attachments);
    QCOMPARE(ArSummary(m_conn).asOf().value(), kAsOf);
    QCOMPARE(scalar(m_conn, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QVERIFY(!scalar(m_conn, QStringLiteral("PRAGMA foreign_key_check")).isValid());
}

void TestDemoGenerator::plausibleShape()
{
    // 1-4 contacts per client, every client has at least one.
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM clients c WHERE NOT EXISTS (SELECT 1 FROM "
                                  "contacts k WHERE k.client_id = c.id)")),
             qint64(0));
    QCOMPARE(scalar(m_conn,
                    QStringLiteral("SELECT min(n) FROM (SELECT count(*) n FROM contacts "
                                   "GROUP BY client_id)"))
                     .toInt(),
             1);
    QCOMPARE(scalar(m_conn,
                    QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM contacts "
                                   "GROUP BY client_id)"))
                     .toInt(),
             4);
    QVERIFY(m_stats.invoices > qint64(kClients) * 4);

    QStringList channels;
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT channel FROM note_revisions ORDER BY channel")));
    while (q.next())
        channels << q.value(0).toString();
    QCOMPARE(channels,
             QStringList({QStringLiteral("call"), QStringLiteral("email"),
                          QStringLiteral("internal"), QStringLiteral("letter"),
                          QStringLiteral("meeting"), QStringLiteral("text")}));

    for (const char *status : {"open", "kept", "broken"})
        QVERIFY2(count(m_conn,
                       QStringLiteral("FROM promises WHERE status = '%1'")
                               .arg(QLatin1String(status)))
                         > 0,
                 status);
    // Open promises are recent; kept/broken ones are in the past.
    QVERIFY(count(m_conn,
                  QStringLiteral("FROM promises WHERE status = 'open' AND "
                                 "promised_date < '%1'")
                          .arg(kAsOf.addDays(-3).toString(Qt::ISODate)))
            == 0);
    QVERIFY(m_stats.disputes > 0);
    QVERIFY(m_stats.attachments > 0);
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM note_attachments a LEFT JOIN attachment_blobs b "
                                  "ON b.sha256 = a.sha256 WHERE b.sha256 IS NULL")),
             qint64(0));
    // Some invoices are still open more than 90 days after they were due.
    QVERIFY(count(m_conn,
                  QStringLiteral("FROM invoices WHERE balance_minor > 0 AND due_date < "
                                 "'%1'")
                          .arg(kAsOf.addDays(-90).toString(Qt::ISODate)))
            > 0);
    // Some clients are on hold or in collections because of that.
    QVERIFY(count(m_conn,
                  QStringLiteral("FROM clients WHERE status IN ('on_hold', "
                                 "'in_collections') AND credit_hold = 1"))
            > 0);
    // Nothing is dated after "today" of the demo.
    const QString today = kAsOf.toString(Qt::ISODate);
    QCOMPARE(count(m_conn, QStringLiteral("FROM invoices WHERE issue_date > '%1'").arg(today)),
             qint64(0));
    QCOMPARE(count(m_conn, QStringLiteral("FROM payments WHERE payment_date > '%1'").arg(today)),
             qint64(0));
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM note_revisions WHERE substr(occurred_at, 1, 10) "
                                  "> '%1'")
                           .arg(today)),
             qint64(0));
}

void TestDemoGenerator::latePaymentMix()
{
    const qint64 paid = count(m_conn, QStringLiteral("FROM invoices WHERE status = 'paid'"));
    const qint64 late = count(m_conn,
                              QStringLiteral("FROM invoices WHERE status = 'paid' AND "
                                             "settled_date > due_date"));
    QVERIFY(paid > 0);
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM invoices WHERE status = 'paid' AND settled_date "
                                  "IS NULL")),
             qint64(0));
    const double share = double(late) / double(paid);
    QVERIFY2(share >= 0.30 && share <= 0.70,
             qPrintable(QStringLiteral("%1 of %2 paid invoices settled late").arg(late).arg(paid)));
    // The settled date is the date of the last payment on the invoice.
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM invoices i WHERE i.status = 'paid' AND i.settled_date <> "
                                  "(SELECT max(p.payment_date) FROM payment_allocations a JOIN "
                                  "payments p ON p.id = a.payment_id WHERE a.invoice_id = i.id)")),
             qint64(0));
}

void TestDemoGenerator::balancesMatchAllocations()
{
    QCOMPARE(invoicesOffTheirAllocations(m_conn), qint64(0));
    // Status follows from balance and dispute, exactly as the repository computes it.
    QCOMPARE(count(m_conn,
                   QStringLiteral(
                           "FROM invoices i WHERE status <> CASE WHEN EXISTS (SELECT 1 "
                           "FROM invoice_adjustments j WHERE j.invoice_id = i.id AND "
                           "j.kind = 'write_off') THEN 'written_off' WHEN balance_minor "
                           "<= 0 THEN 'paid' WHEN disputed THEN 'disputed' WHEN balance_minor < "
                           "amount_minor THEN 'partially_paid' ELSE 'open' END")),
             qint64(0));
    // Only what was never paid is written off, long after it was due, by an existing user.
    QVERIFY(count(m_conn, QStringLiteral("FROM invoices WHERE status = 'written_off'")) > 0);
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM invoice_adjustments j JOIN invoices i ON i.id = "
                                  "j.invoice_id LEFT JOIN users u ON u.id = j.created_by "
                                  "WHERE j.kind = 'write_off' AND (u.id IS NULL OR "
                                  "j.adjust_date < date(i.due_date, '+90 days'))")),
             qint64(0));
    // Payments are never over-allocated and are in the invoice's currency.
    QCOMPARE(count(m_conn,
                   QStringLiteral(
                           "FROM payments p WHERE p.amount_minor < (SELECT sum(a.amount_minor) "
                           "FROM payment_allocations a WHERE a.payment_id = p.id)")),
             qint64(0));
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM payment_allocations a JOIN payments p ON p.id = "
                                  "a.payment_id JOIN invoices i ON i.id = a.invoice_id "
                                  "WHERE p.currency <> i.currency OR p.client_id <> "
                                  "i.client_id")),
             qint64(0));
    // Recomputing through the repository changes nothing.
    WriteTransaction tx(m_conn);
    QVERIFY(tx.begin().ok());
    InvoiceRepository invoices(m_conn);
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM invoices WHERE id % 7 = 0")));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVERIFY(!ids.isEmpty());
    for (qint64 id : ids)
        QVERIFY(invoices.recomputeBalance(id).ok());
    QCOMPARE(invoicesOffTheirAllocations(m_conn), qint64(0));
    tx.rollback();
}

void TestDemoGenerator::summaryMatchesRebuild()
{
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.generated_summary")));
    QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TABLE generated_summary AS SELECT * FROM "
                                   "client_summary")),
             qPrintable(q.lastError().text()));
    VERIFY_OK(committed(m_conn, [&] { return ArSummary(m_conn).rebuildAll(kAsOf); }));
    const QString columns = QStringLiteral(
            "client_id, currency, balance_minor, overdue_minor, open_invoices, "
            "oldest_open_due_date, other_currency_invoices, last_contact_at, next_contact_date, "
            "as_of, last_conversation_at");
    const qint64 onlyGenerated = count(m_conn,
                                       QStringLiteral("FROM (SELECT %1 FROM "
                                                      "generated_summary EXCEPT SELECT "
                                                      "%1 FROM main.client_summary)")
                                               .arg(columns));
    const qint64 onlyRebuilt = count(m_conn,
                                     QStringLiteral("FROM (SELECT %1 FROM "
                                                    "main.client_summary EXCEPT SELECT "
                                                    "%1 FROM generated_summary)")
                                             .arg(columns));
    if (onlyGenerated != 0) {
        // Show a few differing rows: generated first, then rebuilt.
        QSqlQuery d(m_conn);
        d.exec(QStringLiteral("SELECT * FROM (SELECT %1 FROM generated_summary EXCEPT SELECT %1 "
                              "FROM main.client_summary) LIMIT 3")
                       .arg(columns));
        while (d.next()) {
            QStringList generated, rebuilt;
            for (int i = 0; i < d.record().count(); ++i)
                generated << d.value(i).toString();
            QSqlQuery s(m_conn);
            s.exec(QStringLiteral("SELECT %1 FROM main.client_summary WHERE client_id = %2")
                           .arg(columns, d.value(0).toString()));
            if (s.next()) {
                for (int i = 0; i < s.record().count(); ++i)
                    rebuilt << s.value(i).toString();
            }
            qWarning("generated: %s\nrebuilt:   %s", qPrintable(generated.join(u'|')),
                     qPrintable(rebuilt.join(u'|')));
        }
    }
    QCOMPARE(onlyGenerated, qint64(0));
    QCOMPARE(onlyRebuilt, qint64(0));
    QCOMPARE(count(m_conn, QStringLiteral("FROM generated_summary")),
             count(m_conn, QStringLiteral("FROM main.client_summary")));
    // The summary is not trivially empty.
    QVERIFY(count(m_conn, QStringLiteral("FROM client_summary WHERE overdue_minor > 0")) > 0);
    QVERIFY(count(m_conn,
                  QStringLiteral("FROM client_summary WHERE next_contact_date IS NOT "
                                 "NULL"))
            > 0);
    QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.generated_summary")));
}

void TestDemoGenerator::recordChainVerifiesFromGenesis()
{
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT seq, kind, entry_id, prev_hash, hash, form FROM "
                                  "record_chain ORDER BY seq")));
    QString prev = RecordChain::genesisHash();
    qint64 expectedSeq = 0;
    int revisions = 0, attachments = 0;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        QCOMPARE(seq, ++expectedSeq); // no gaps
        const QString kind = q.value(1).toString();
        const qint64 entry = q.value(2).toLongLong();
        QCOMPARE(q.value(3).toString(), prev);
        QCOMPARE(q.value(5).toInt(), RecordChain::kCurrentForm); // new data: the current form
        QByteArray canonical;
        if (kind == QLatin1String("revision")) {
            const Note n = storedRevision(m_conn, entry);
            QVERIFY2(n.id > 0, qPrintable(QStringLiteral("revision %1 missing").arg(entry)));
            canonical = RecordChain::canonicalRevision(n);
            QSqlQuery s(m_conn);
            s.prepare(QStringLiteral("SELECT chain_seq FROM note_revisions WHERE id = ?"));
            s.addBindValue(entry);
            QVERIFY(s.exec() && s.next());
            QCOMPARE(s.value(0).toLongLong(), seq);
            ++revisions;
        } else if (kind == QLatin1String("attachment")) {
            QSqlQuery a(m_conn);
            a.prepare(QStringLiteral("SELECT a.revision_id, a.sha256, a.display_name, "
                                     "a.chain_seq, a.claimed_mime, b.mime_type FROM "
                                     "note_attachments a JOIN attachment_blobs b ON b.sha256 = "
                                     "a.sha256 WHERE a.id = ?"));
            a.addBindValue(entry);
            QVERIFY(a.exec() && a.next());
            QCOMPARE(a.value(3).toLongLong(), seq);
            RecordChain::StoredAttachment stored;
            stored.revisionId = a.value(0).toLongLong();
            stored.sha256 = a.value(1).toString();
            stored.displayName = a.value(2).toString();
            stored.claimedMime = a.value(4).toString();
            stored.mimeType = a.value(5).toString();
            canonical = RecordChain::canonicalAttachment(stored);
            ++attachments;
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected chain entry kind %1").arg(kind)));
        }
        const QString hash = RecordChain::link(prev, canonical);
        QVERIFY2(q.value(4).toString() == hash,
                 qPrintable(QStringLiteral("chain breaks at seq %1 (%2 %3)")
                                    .arg(seq)
                                    .arg(kind)
                                    .arg(entry)));
        prev = hash;
    }
    QCOMPARE(revisions, int(m_stats.notes));
    QCOMPARE(attachments, int(m_stats.attachments));
    QCOMPARE(RecordChain(m_conn).head().value(), prev);

    // Attachment contents match their content address.
    QVERIFY(q.exec(QStringLiteral("SELECT sha256, size, content FROM attachment_blobs")));
    int blobs = 0;
    while (q.next()) {
        ++blobs;
        const QByteArray content = q.value(2).toByteArray();
        QCOMPARE(qint64(content.size()), q.value(1).toLongLong());
        QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                 q.value(0).toString());
    }
    QVERIFY(blobs > 0);
}

void TestDemoGenerator::contactsAreReachable()
{
    QSqlQuery q(m_conn);
    QVERIFY(q.exec(QStringLiteral("SELECT email FROM contacts")));
    int emails = 0;
    while (q.next()) {
        const QString email = q.value(0).toString();
        const auto r = validation::emailAddress(QStringLiteral("email"), email);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        ++emails;
    }
    QCOMPARE(emails, int(m_stats.contacts));

    QVERIFY(q.exec(QStringLiteral("SELECT e164, raw FROM contact_phones")));
    int phones = 0;
    while (q.next()) {
        const QString e164 = q.value(0).toString();
        QVERIFY2(e164.startsWith(u'+'), qPrintable(e164));
        QVERIFY2(e164.size() >= 8 && e164.size() <= 16, qPrintable(e164));
        for (qsizetype i = 1; i < e164.size(); ++i)
            QVERIFY2(e164[i].isDigit(), qPrintable(e164));
        QVERIFY(!q.value(1).toString().trimmed().isEmpty());
        ++phones;
    }
    QVERIFY(phones >= m_stats.contacts);
    // Every client has a billing contact.
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM clients c WHERE NOT EXISTS (SELECT 1 FROM "
                                  "contacts k WHERE k.client_id = c.id AND k.is_billing = "
                                  "1)")),
             qint64(0));
}

void TestDemoGenerator::recordsPassValidation()
{
    ClientRepository clients(m_conn);
    InvoiceRepository invoices(m_conn);
    ContactRepository contacts(m_conn);
    NoteRepository notes(m_conn);
    for (qint64 id = 1; id <= kClients; ++id) {
        auto c = clients.find(id);
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        const auto cv = c.value().validate();
        QVERIFY2(cv.ok(), qPrintable(c.value().code + QStringLiteral(": ") + cv.errorString()));
        const auto inv = invoices.forClient(id);
        QVERIFY(inv.ok());
        for (const Invoice &i : inv.value()) {
            const auto iv = i.validate();
            QVERIFY2(iv.ok(), qPrintable(i.number + QStringLiteral(": ") + iv.errorString()));
            QCOMPARE(i.currency, c.value().currency);
        }
        const auto ks = contacts.forClient(id);
        QVERIFY(ks.ok());
        for (const Contact &k : ks.value()) {
            const auto kv = k.validate();
            QVERIFY2(kv.ok(), qPrintable(k.name + QStringLiteral(": ") + kv.errorString()));
        }
        const auto ns = notes.forClient(id, 100000);
        QVERIFY(ns.ok());
        for (const Note &n : ns.value()) {
            const auto nv = n.validate();
            QVERIFY2(nv.ok(),
                     qPrintable(QStringLiteral("note %1: %2").arg(n.id).arg(nv.errorString())));
        }
    }
    UserRepository users(m_conn);
    const auto list = users.list();
    QVERIFY(list.ok());
    QVERIFY(list.value().size() >= 2);
    for (const User &u : list.value())
        QVERIFY2(u.validate().ok(), qPrintable(u.name));
    // Every client is assigned to an existing user.
    QCOMPARE(count(m_conn,
                   QStringLiteral("FROM clients c LEFT JOIN users u ON u.id = "
                                  "c.assigned_user_id WHERE u.id IS NULL")),
             qint64(0));
}

void TestDemoGenerator::textIsCleanUnicode()
{
    // No mojibake: UTF-8 read as Latin-1 shows up as C1 control characters (U+0080..U+009F).
    auto clean = [](const QString &text) {
        for (QChar c : text) {
            if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
                return false;
        }
        return true;
    };
    const QStringList columns = {
            QStringLiteral("SELECT body FROM note_revisions"),
            QStringLiteral("SELECT reason FROM disputes"),
            QStringLiteral("SELECT name FROM clients"),
            QStringLiteral("SELECT billing_address FROM clients"),
            QStringLiteral("SELECT name FROM contacts"),
            QStringLiteral("SELECT contact_name FROM note_revisions"),
            QStringLiteral("SELECT title FROM tasks"),
    };
    for (const QString &sql : columns) {
        QSqlQuery q(m_conn);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString text = q.value(0).toString();
            QVERIFY2(clean(text), qPrintable(sql + QStringLiteral(": ") + text));
        }
        QVERIFY2(rows > 0, qPrintable(sql));
    }
    // Non-ASCII names survive intact (the demo has German cities and names).
    QVERIFY(count(m_conn,
                  QStringLiteral("FROM clients WHERE billing_address LIKE '%München%' OR "
                                 "billing_address LIKE '%Köln%'"))
                    + count(m_conn, QStringLiteral("FROM contacts WHERE name LIKE '%Müller%'"))
            > 0);
}

void TestDemoGenerator::refusesFileWithClients()
{
    const QByteArray before = contentHash(m_conn);
    DemoGenerator::Options o;
    o.clients = 10;
    o.seed = 99;
    o.asOf = kAsOf;
    auto r = DemoGenerator(m_a).generate(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(QString::number(kClients)), qPrintable(r.errorString()));
    QCOMPARE(contentHash(m_conn), before);
    QCOMPARE(count(m_conn, QStringLiteral("FROM clients")), qint64(kClients));
}

void TestDemoGenerator::fillsFileWithExistingUser()
{
    // `ardesk-cli init --user NAME` then `demo`: the file already has its first user and
    // company settings, but no clients.
    auto opened = Database::open(m_dir.filePath(QStringLiteral("initialised.ardesk")),
                                 Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    auto db = opened.value();
    const QSqlDatabase conn = db->connection();
    auto owner = UserRepository(conn).ensure(QStringLiteral("tester"), UserRole::Admin);
    QVERIFY2(owner.ok(), qPrintable(owner.errorString()));
    auto admin = UserRepository(conn).ensure(QStringLiteral("admin"), UserRole::Admin);
    QVERIFY2(admin.ok(), qPrintable(admin.errorString()));

    DemoGenerator::Options o;
    o.clients = 20;
    o.seed = 7;
    o.asOf = kAsOf;
    auto r = DemoGenerator(db).generate(o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(count(conn, QStringLiteral("FROM clients")), qint64(20));
    // The users that were there are kept, with their ids.
    auto tester = UserRepository(conn).findByName(QStringLiteral("tester"));
    QVERIFY(tester.ok());
    QCOMPARE(tester.value().id, owner.value().id);
    QCOMPARE(toString(tester.value().roles), toString(UserRole::Admin));
    QCOMPARE(count(conn, QStringLiteral("FROM users WHERE name = 'admin'")), qint64(1));
    // Clients are assigned to the demo's clerks, never to the pre-existing user.
    QCOMPARE(
            count(conn,
                  QStringLiteral("FROM clients WHERE assigned_user_id = %1").arg(owner.value().id)),
            qint64(0));
    QCOMPARE(count(conn,
                   QStringLiteral("FROM clients c JOIN users u ON u.id = "
                                  "c.assigned_user_id WHERE u.role = 'clerk'")),
             qint64(20));
    QVERIFY(!scalar(conn, QStringLiteral("PRAGMA foreign_key_check")).isValid());
}

void TestDemoGenerator::refusesBadOptions()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("options.ardesk")),
                                 Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    DemoGenerator::Options zero;
    zero.clients = 0;
    auto r = DemoGenerator(opened.value()).generate(zero);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidValue);
    DemoGenerator::Options noDate;
    noDate.asOf = QDate();
    QVERIFY(!DemoGenerator(opened.value()).generate(noDate).ok());
    QCOMPARE(count(opened.value()->connection(), QStringLiteral("FROM clients")), qint64(0));
    QCOMPARE(count(opened.value()->connection(), QStringLiteral("FROM users")), qint64(0));
}

void TestDemoGenerator::failedRunLeavesFileAsItWas()
{
    // A write that fails late (here: every task refused, as a full disk or a damaged file
    // would) rolls the whole run back: no demo rows, and the search index keeps its triggers,
    // so notes typed afterwards are still found.
    auto opened = Database::open(m_dir.filePath(QStringLiteral("failing.ardesk")),
                                 Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    const QSqlDatabase conn = opened.value()->connection();
    const QString triggers = QStringLiteral(
            "SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM "
            "sqlite_schema WHERE type = 'trigger' AND name LIKE 'note_search_%' ORDER BY name)");
    const QString triggersBefore = scalar(conn, triggers).toString();
    QVERIFY(!triggersBefore.isEmpty());
    const QString settings = QStringLiteral(
            "SELECT group_concat(key || '=' || value, '|') FROM (SELECT key, value FROM settings "
            "ORDER BY key)");
    const QString settingsBefore = scalar(conn, settings).toString();
    const QString merge = QStringLiteral(
            "SELECT coalesce((SELECT v FROM note_search_config WHERE k = 'automerge'), 'none')");
    const QString mergeBefore = scalar(conn, merge).toString();
    QSqlQuery q(conn);
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_tasks BEFORE INSERT ON tasks BEGIN "
                                   "SELECT RAISE(ABORT, 'no room for tasks'); END")),
             qPrintable(q.lastError().text()));
    const QByteArray before = contentHash(conn);

    DemoGenerator::Options o;
    o.clients = 40;
    o.seed = 7;
    o.asOf = kAsOf;
    auto r = DemoGenerator(opened.value()).generate(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Database);
    QVERIFY2(r.error().message.contains(QStringLiteral("no room for tasks")),
             qPrintable(r.errorString()));

    QVERIFY(!WriteTransaction::isInTransaction(conn));
    QCOMPARE(contentHash(conn), before);
    QCOMPARE(count(conn, QStringLiteral("FROM users")), qint64(0));
    QCOMPARE(scalar(conn, settings).toString(), settingsBefore);
    QCOMPARE(scalar(conn, triggers).toString(), triggersBefore);
    QCOMPARE(scalar(conn, merge).toString(), mergeBefore);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
