// SPDX-License-Identifier: MIT
// `ardesk-cli search` run as a user runs it: one line per hit with the match marked, JSON with
// every field, each filter narrowing the hits, and one-line errors for bad input. The notes are
// written through the core; every search goes through the real binary.
#include "core/domain/user.h"
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/noterepository.h"
#include "core/storage/recordchain.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textOutputIsOneLinePerHit();
    void jsonHasEveryField();
    void matchInAnAttachmentName();
    void filtersNarrowTheHits_data();
    void filtersNarrowTheHits();
    void badInputIsAOneLineError_data();
    void badInputIsAOneLineError();
    void hostileWordsAreJustWords();
    void datesAreCompanyDays();

private:
    CliRun search(const QStringList &args) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), m_file, QStringLiteral("search")}
                              + args);
    }
    QJsonObject searchJson(const QStringList &args) const;
    /// The client codes of the hits, sorted.
    static QStringList codes(const QJsonObject &result);

    ScratchDir m_dir;
    QString m_file;
};

void TestCliSearch::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY(m_dir.renew());
    m_file = m_dir.filePath(QStringLiteral("company.ardesk"));
    const CliRun init = runCli(m_dir.path(),
                               {QStringLiteral("--db"), m_file, QStringLiteral("--user"),
                                QStringLiteral("ann"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    // Times are printed in the company's zone: fix it, whatever zone this machine is in.
    const CliRun zone
            = runCli(m_dir.path(),
                     {QStringLiteral("--db"), m_file, QStringLiteral("--user"),
                      QStringLiteral("ann"), QStringLiteral("settings"), QStringLiteral("company"),
                      QStringLiteral("--time-zone"), QStringLiteral("UTC")});
    QVERIFY2(zone.exitCode == 0, qPrintable(zone.describe()));

    auto db = Database::open(m_file);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    QSqlDatabase conn = db.value()->connection();
    auto write = [&]() -> Result<qint64> {
        const qint64 ann = UserRepository(conn).findByName(QStringLiteral("ann")).value().id;
        User bob;
        bob.name = QStringLiteral("bob");
        bob.displayName = QStringLiteral("Bob Stone");
        auto bobId = UserRepository(conn).insert(bob);
        if (!bobId)
            return bobId;
        qint64 clients[2] = {};
        const QString codes[2] = {QStringLiteral("ACME"), QStringLiteral("BETA")};
        for (int i = 0; i < 2; ++i) {
            Client c = makeClient(codes[i], codes[i] + QStringLiteral(" Ltd"));
            auto id = ClientRepository(conn).insert(c);
            if (!id)
                return id;
            clients[i] = id.value();
        }
        struct Seed
        {
            int client;
            NoteChannel channel;
            qint64 author;
            QDate date;
            const char *text;
        };
        const Seed seeds[] = {
                {0, NoteChannel::Call, ann, QDate(2026, 3, 2),
                 "Herr Müller promised the pallet money"},
                {0, NoteChannel::Email, ann, QDate(2026, 4, 10), "Pallet invoice e-mailed again"},
                {1, NoteChannel::Call, bob.id, QDate(2026, 5, 20), "Pallet count disputed\nby AP"},
                {1, NoteChannel::Letter, bob.id, QDate(2026, 6, 1), "Final notice letter"},
        };
        qint64 last = 0; // the last note's revision
        for (const Seed &s : seeds) {
            Note n = callNote(clients[s.client], NoteOutcome::Reached,
                              QDateTime(s.date, QTime(9, 30), Qt::UTC), QString::fromUtf8(s.text));
            n.channel = s.channel;
            n.authorId = s.author;
            n.noFollowUpNeeded = true;
            n.contactName = QStringLiteral("Pat Jones");
            auto id = NoteRepository(conn).append(n);
            if (!id)
                return id;
            last = n.revisionId;
        }
        // An attachment on the last note, linked into the chain like the record does.
        const QByteArray content("scan");
        const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString name = QStringLiteral("signed-delivery-receipt.pdf");
        auto blob = sql::exec(conn,
                              QStringLiteral("INSERT INTO attachment_blobs (sha256, size, content) "
                                             "VALUES (?,?,?)"),
                              {sha, content.size(), content});
        if (!blob)
            return blob.error();
        RecordChain::StoredAttachment chained;
        chained.revisionId = last;
        chained.sha256 = sha;
        chained.displayName = name;
        chained.mimeType = QStringLiteral("application/octet-stream"); // the column's default
        auto seq = RecordChain(conn).append(QStringLiteral("attachment"), 1,
                                            RecordChain::canonicalAttachment(chained));
        if (!seq)
            return seq;
        auto att = sql::exec(conn,
                             QStringLiteral("INSERT INTO note_attachments (id, revision_id, "
                                            "sha256, display_name, chain_seq) VALUES (1,?,?,?,?)"),
                             {last, sha, name, seq.value()});
        if (!att)
            return att.error();
        return last;
    };
    VERIFY_OK(committed(conn, write));
    conn = QSqlDatabase();
    db.value()->releaseThreadConnection();
}

QJsonObject TestCliSearch::searchJson(const QStringList &args) const
{
    const CliRun r = search(args + QStringList {QStringLiteral("--json")});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", r.out.left(500).constData());
    return doc.object();
}

QStringList TestCliSearch::codes(const QJsonObject &result)
{
    QStringList list;
    const QJsonArray hits = result.value(QStringLiteral("hits")).toArray();
    for (const QJsonValue &h : hits)
        list << h.toObject().value(QStringLiteral("client_code")).toString();
    list.sort();
    return list;
}

void TestCliSearch::textOutputIsOneLinePerHit()
{
    const CliRun r = search({QStringLiteral("muller")});
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString &hit = lines.constFirst();
    // The time is in the company's zone (UTC here) and says so (#12).
    // Dates as the company's locale (en_US) writes them, as in the window (#12).
    QVERIFY2(hit.startsWith(QStringLiteral("3/2/2026 9:30 AM UTC  ACME")), qPrintable(hit));
    QVERIFY2(hit.contains(QStringLiteral(" call ")), qPrintable(hit));
    QVERIFY2(hit.contains(QStringLiteral("ann")), qPrintable(hit));
    QVERIFY2(hit.contains(QStringLiteral("Herr «Müller» promised")), qPrintable(hit));
    QCOMPARE(lines.constLast(), QStringLiteral("1-1 of 1 notes"));

    // A body with a line break still prints one line per hit.
    const CliRun p = search({QStringLiteral("pallet"), QStringLiteral("count")});
    QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
    QCOMPARE(QString::fromUtf8(p.out).split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QVERIFY(QString::fromUtf8(p.out).contains(QStringLiteral("disputed by AP")));

    const CliRun none = search({QStringLiteral("zebra")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QString::fromUtf8(none.out), QStringLiteral("No notes match.\n"));
}

void TestCliSearch::jsonHasEveryField()
{
    const QJsonObject o = searchJson(
            {QStringLiteral("pallet"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("total_is_lower_bound")).toBool(), false);
    const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
    QCOMPARE(hits.size(), 2);
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        for (const char *key : {"note_id", "revision_id", "client_id", "client_code", "client_name",
                                "occurred_at", "channel", "author", "contact", "contact_matched",
                                "snippet", "matched_attachment", "rank"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        QVERIFY(h.value(QStringLiteral("note_id")).toInteger() > 0);
        QVERIFY2(h.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("«Pallet»"))
                         || h.value(QStringLiteral("snippet"))
                                    .toString()
                                    .contains(QStringLiteral("«pallet»")),
                 qPrintable(h.value(QStringLiteral("snippet")).toString()));
        QCOMPARE(h.value(QStringLiteral("contact")).toString(), QStringLiteral("Pat Jones"));
        QVERIFY(h.value(QStringLiteral("matched_attachment")).isNull());
    }
    const QJsonObject next
            = searchJson({QStringLiteral("pallet"), QStringLiteral("--limit"), QStringLiteral("2"),
                          QStringLiteral("--offset"), QStringLiteral("2")});
    QCOMPARE(next.value(QStringLiteral("hits")).toArray().size(), 1);
}

void TestCliSearch::matchInAnAttachmentName()
{
    const QJsonObject o = searchJson({QStringLiteral("receipt")});
    const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(QStringLiteral("matched_attachment")).toString(),
             QStringLiteral("signed-delivery-receipt.pdf"));
    const CliRun text = search({QStringLiteral("receipt")});
    QVERIFY(QString::fromUtf8(text.out).contains(
            QStringLiteral("[attachment: signed-delivery-receipt.pdf]")));
}

void TestCliSearch::filtersNarrowTheHits_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    const QString pallet = QStringLiteral("pallet");
    QTest::newRow("none") << QStringList {pallet}
                          << QStringList {QStringLiteral("ACME"), QStringLiteral("ACME"),
                                          QStringLiteral("BETA")};
    QTest::newRow("client") << QStringList {pallet, QStringLiteral("--client"),
                                            QStringLiteral("beta")}
                            << QStringList {QStringLiteral("BETA")};
    QTest::newRow("channel") << QStringList {pallet, QStringLiteral("--channel"),
                                             QStringLiteral("email")}
                             << QStringList {QStringLiteral("ACME")};
    QTest::newRow("author") << QStringList {pallet, QStringLiteral("--author"),
                                            QStringLiteral("bob")}
                            << QStringList {QStringLiteral("BETA")};
    QTest::newRow("from") << QStringList {pallet, QStringLiteral("--from"),
                                          QStringLiteral("2026-04-10")}
                          << QStringList {QStringLiteral("ACME"), QStringLiteral("BETA")};
    QTest::newRow("to") << QStringList {pallet, QStringLiteral("--to"),
                                        QStringLiteral("2026-04-09")}
                        << QStringList {QStringLiteral("ACME")};
    QTest::newRow("no words, client")
            << QStringList {QStringLiteral("--client"), QStringLiteral("BETA")}
            << QStringList {QStringLiteral("BETA"), QStringLiteral("BETA")};
}

void TestCliSearch::filtersNarrowTheHits()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    QStringList got = codes(searchJson(args));
    QCOMPARE(got, expected);
}

void TestCliSearch::badInputIsAOneLineError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no words") << QStringList {} << 2 << QStringLiteral("needs words");
    QTest::newRow("only a quote") << QStringList {QStringLiteral("\"")} << 1
                                  << QStringLiteral("no letters or digits");
    QTest::newRow("unknown client")
            << QStringList {QStringLiteral("pallet"), QStringLiteral("--client"),
                            QStringLiteral("NOPE")}
            << 1 << QStringLiteral("\"NOPE\"");
    QTest::newRow("unknown author")
            << QStringList {QStringLiteral("pallet"), QStringLiteral("--author"),
                            QStringLiteral("zed")}
            << 1 << QStringLiteral("\"zed\"");
    QTest::newRow("bad channel") << QStringList {QStringLiteral("pallet"),
                                                 QStringLiteral("--channel"), QStringLiteral("fax")}
                                 << 2 << QStringLiteral("\"fax\"");
    QTest::newRow("bad date") << QStringList {QStringLiteral("pallet"), QStringLiteral("--from"),
                                              QStringLiteral("2026-13-01")}
                              << 2 << QStringLiteral("\"2026-13-01\"");
    QTest::newRow("reversed dates")
            << QStringList {QStringLiteral("pallet"), QStringLiteral("--from"),
                            QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-04-01")}
            << 1 << QStringLiteral("2026-05-01 is after 2026-04-01");
    QTest::newRow("bad limit") << QStringList {QStringLiteral("pallet"), QStringLiteral("--limit"),
                                               QStringLiteral("-3")}
                               << 2 << QStringLiteral("\"-3\"");
}

void TestCliSearch::badInputIsAOneLineError()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun r = search(args);
    QVERIFY2(!r.crashed && r.exitCode == exitCode, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(message), qPrintable(r.describe()));
    QVERIFY(r.errLines().constFirst().startsWith(QLatin1String("ardesk-cli: ")));
    QVERIFY(r.out.isEmpty());
}

// Issue 12: --from/--to are the company's days. In a Los Angeles company the call at 18:30 PST on
// 4 Dec (02:30 UTC on the 5th) is found on 4 Dec; the one at 23:30 PST on 3 Dec (07:30 UTC on the
// 4th) is not.
void TestCliSearch::datesAreCompanyDays()
{
    const QString file = m_dir.filePath(QStringLiteral("losangeles.ardesk"));
    for (const QStringList &args :
         {QStringList {QStringLiteral("init")},
          QStringList {QStringLiteral("settings"), QStringLiteral("company"),
                       QStringLiteral("--time-zone"), QStringLiteral("America/Los_Angeles")}}) {
        const CliRun r = runCli(m_dir.path(),
                                QStringList {QStringLiteral("--db"), file, QStringLiteral("--user"),
                                             QStringLiteral("ann")}
                                        + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    {
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        QSqlDatabase conn = db.value()->connection();
        VERIFY_OK(committed(conn, [&]() -> Result<qint64> {
            Client west = makeClient(QStringLiteral("WEST"), QStringLiteral("West Ltd"));
            auto client = ClientRepository(conn).insert(west);
            if (!client)
                return client;
            for (const QDateTime &when : {QDateTime(QDate(2026, 12, 4), QTime(7, 30), Qt::UTC),
                                          QDateTime(QDate(2026, 12, 5), QTime(2, 30), Qt::UTC)}) {
                Note n = callNote(client.value(), NoteOutcome::Reached, when,
                                  QStringLiteral("Pallet call at ") + when.toString(Qt::ISODate));
                n.noFollowUpNeeded = true;
                if (auto id = NoteRepository(conn).append(n); !id)
                    return id;
            }
            return client;
        }));
        conn = QSqlDatabase();
        db.value()->releaseThreadConnection();
    }
    const CliRun r = runCli(m_dir.path(),
                            {QStringLiteral("--db"), file, QStringLiteral("search"),
                             QStringLiteral("pallet"), QStringLiteral("--from"),
                             QStringLiteral("2026-12-04"), QStringLiteral("--to"),
                             QStringLiteral("2026-12-04"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray hits
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("hits")).toArray();
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first()
                     .toObject()
                     .value(QStringLiteral("occurred_at"))
                     .toString()
                     .startsWith(QStringLiteral("2026-12-05T02:30")),
             r.out.constData());
}

void TestCliSearch::hostileWordsAreJustWords()
{
    for (const QString &text : QStringList {
                 QStringLiteral("NEAR("), QStringLiteral("AND( pallet"), QStringLiteral("pallet*"),
                 QStringLiteral("-pallet"), QStringLiteral("\"pallet"),
                 QStringLiteral("body:pallet"), QStringLiteral("pallet OR zebra")}) {
        const CliRun r = search({text, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(text + QStringLiteral(": ") + r.describe()));
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    }
    // "OR" is a word to find, not an operator: no note has it, so nothing matches.
    QCOMPARE(searchJson({QStringLiteral("pallet OR zebra")}).value(QStringLiteral("total")).toInt(),
             0);
    QCOMPARE(searchJson({QStringLiteral("-pallet")}).value(QStringLiteral("total")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
