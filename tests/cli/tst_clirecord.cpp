// SPDX-License-Identifier: MIT
// The record from the real ardesk-cli binary: note add/list/show/amend/delete and verify, their
// exit codes and one-line errors, and that refused input leaves the company file as it was.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk::test;

class TestCliRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noteLifecycle();
    void badInputIsRefusedWithNothingWritten_data();
    void badInputIsRefusedWithNothingWritten();
    void structuredTemplateFromTheCommandLine();
    void verifyNamesTheTamperedNote();
    void verifyNamesTheChangedFieldOfALoggedNote();

private:
    CliRun onFile(const QStringList &args) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), m_file, QStringLiteral("--user"),
                                   QStringLiteral("tester")}
                              + args);
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        return readValue(m_file, sql, binds);
    }
    /// Counts of every table a note command writes.
    QString footprint() const
    {
        QStringList parts;
        for (const char *t :
             {"notes", "note_revisions", "note_invoices", "note_attachments", "attachment_blobs",
              "record_chain", "note_tombstones", "promises", "tasks", "disputes"})
            parts << value(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(t)))
                             .toString();
        return parts.join(u'/');
    }
    static QJsonDocument json(const CliRun &r) { return QJsonDocument::fromJson(r.out); }

    ScratchDir m_dir;
    QString m_file;
    QByteArray m_demo; ///< a demo company file, copied for each test
};

void TestCliRecord::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY(m_dir.renew());
    m_file = m_dir.filePath(QStringLiteral("demo.ardesk"));
    const CliRun i = onFile({QStringLiteral("init")});
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const CliRun d = onFile({QStringLiteral("demo"), QStringLiteral("--clients"),
                             QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("2")});
    QVERIFY2(d.exitCode == 0, qPrintable(d.describe()));
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_demo = f.readAll();
}

void TestCliRecord::init()
{
    QVERIFY(m_dir.renew());
    m_file = m_dir.filePath(QStringLiteral("company.ardesk"));
    QVERIFY(writeFile(m_file, m_demo));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("remittance.txt")),
                      QByteArray("Paid by check 4411\n")));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("statement.pdf")),
                      QByteArray("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")));
}

void TestCliRecord::noteLifecycle()
{
    const QString invoice
            = value(QStringLiteral("SELECT number FROM invoices WHERE client_id = 1 ORDER BY id "
                                   "DESC LIMIT 1"))
                      .toString();
    const QString contact
            = value(QStringLiteral("SELECT name FROM contacts WHERE client_id = 1 LIMIT 1"))
                      .toString();
    const QString next = QDate::currentDate().addDays(9).toString(Qt::ISODate);
    const QString promised = QDate::currentDate().addDays(7).toString(Qt::ISODate);
    const CliRun add
            = onFile({QStringLiteral("note"),           QStringLiteral("add"),
                      QStringLiteral("--client"),       QStringLiteral("C000001"),
                      QStringLiteral("--channel"),      QStringLiteral("call"),
                      QStringLiteral("--text"),         QStringLiteral("Promised to pay next week"),
                      QStringLiteral("--contact"),      contact,
                      QStringLiteral("--invoice"),      invoice,
                      QStringLiteral("--attach"),       QStringLiteral("remittance.txt"),
                      QStringLiteral("--attach"),       QStringLiteral("statement.pdf"),
                      QStringLiteral("--next-contact"), next,
                      QStringLiteral("--promise"),      QStringLiteral("250.00:") + promised});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    bool ok = false;
    const qint64 id = QString::fromUtf8(add.out).trimmed().toLongLong(&ok);
    QVERIFY2(ok && id > 0, add.out.constData());

    const CliRun list
            = onFile({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--client"),
                      QStringLiteral("C000001"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QJsonObject note;
    for (const QJsonValue &v : json(list).array()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            note = v.toObject();
    }
    QVERIFY2(!note.isEmpty(), list.out.left(500).constData());
    QCOMPARE(note.value(QStringLiteral("outcome")).toString(), QStringLiteral("promised"));
    QCOMPARE(note.value(QStringLiteral("contact")).toString(), contact);
    QVERIFY(note.value(QStringLiteral("contact_id")).toInteger() > 0);
    QCOMPARE(note.value(QStringLiteral("author")).toString(), QStringLiteral("tester"));
    QCOMPARE(note.value(QStringLiteral("revisions")).toInt(), 1);
    QCOMPARE(note.value(QStringLiteral("next_contact_date")).toString(), next);
    QCOMPARE(note.value(QStringLiteral("invoices")).toArray(), QJsonArray {invoice});
    QCOMPARE(note.value(QStringLiteral("template")).toString(), QStringLiteral("promise-to-pay"));
    const QJsonObject fields = note.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("date")).toString(), promised);
    QCOMPARE(fields.value(QStringLiteral("amount"))
                     .toObject()
                     .value(QStringLiteral("amount_minor"))
                     .toInteger(),
             25000);
    const QJsonObject promise = note.value(QStringLiteral("promise")).toObject();
    QCOMPARE(promise.value(QStringLiteral("amount")).toInteger(), 25000);
    QCOMPARE(promise.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    const QJsonArray attachments = note.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[0].toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("remittance.txt"));
    QCOMPARE(attachments[0].toObject().value(QStringLiteral("size")).toInteger(), 19);
    QCOMPARE(attachments[0].toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(m_dir.filePath(QStringLiteral("remittance.txt"))));
    QCOMPARE(attachments[1].toObject().value(QStringLiteral("mime")).toString(),
             QStringLiteral("application/pdf"));

    const CliRun amend
            = onFile({QStringLiteral("note"), QStringLiteral("amend"), QString::number(id),
                      QStringLiteral("--text"), QStringLiteral("Promised to pay on Friday")});
    QVERIFY2(amend.exitCode == 0, qPrintable(amend.describe()));
    const CliRun show = onFile({QStringLiteral("note"), QStringLiteral("show"), QString::number(id),
                                QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject shown = json(show).object();
    QCOMPARE(shown.value(QStringLiteral("revisions")).toInt(), 2);
    QCOMPARE(shown.value(QStringLiteral("text")).toString(),
             QStringLiteral("Promised to pay on Friday"));
    const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Promised to pay next week"));
    // The amendment kept contact, outcome, invoices and the structured fields.
    QCOMPARE(history[1].toObject().value(QStringLiteral("fields")).toObject(), fields);
    QCOMPARE(history[1].toObject().value(QStringLiteral("contact")).toString(), contact);
    QCOMPARE(shown.value(QStringLiteral("attachments")).toArray().size(), 2);

    const CliRun del
            = onFile({QStringLiteral("note"), QStringLiteral("delete"), QString::number(id),
                      QStringLiteral("--reason"), QStringLiteral("logged twice")});
    QVERIFY2(del.exitCode == 0, qPrintable(del.describe()));
    const CliRun after
            = onFile({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--client"),
                      QStringLiteral("C000001"), QStringLiteral("--json")});
    for (const QJsonValue &v : json(after).array())
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != id);
    const CliRun gone = onFile({QStringLiteral("note"), QStringLiteral("show"), QString::number(id),
                                QStringLiteral("--json")});
    QCOMPARE(json(gone)
                     .object()
                     .value(QStringLiteral("deleted"))
                     .toObject()
                     .value(QStringLiteral("reason")),
             QJsonValue(QStringLiteral("logged twice")));
    const CliRun again
            = onFile({QStringLiteral("note"), QStringLiteral("amend"), QString::number(id),
                      QStringLiteral("--text"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 3);

    const CliRun verify = onFile({QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    const QString head = value(QStringLiteral("SELECT hash FROM record_chain ORDER BY seq DESC "
                                              "LIMIT 1"))
                                 .toString();
    QVERIFY2(QString::fromUtf8(verify.out).contains(head), verify.out.constData());
    const CliRun verifyJson = onFile({QStringLiteral("verify"), QStringLiteral("--json")});
    const QJsonObject v = json(verifyJson).object();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("head")).toString(), head);
    QCOMPARE(v.value(QStringLiteral("tombstones")).toInteger(), 1);
    QCOMPARE(v.value(QStringLiteral("revisions")).toInteger(),
             value(QStringLiteral("SELECT count(*) FROM note_revisions")).toLongLong());
    const CliRun expect = onFile({QStringLiteral("verify"), QStringLiteral("--expect-head"), head});
    QVERIFY2(expect.exitCode == 0, qPrintable(expect.describe()));
    QVERIFY(expect.out.contains("entries were added since"));
    const CliRun unknown = onFile(
            {QStringLiteral("verify"), QStringLiteral("--expect-head"), QString(64, u'a')});
    QVERIFY2(unknown.exitCode == 1 && unknown.errText().contains(QLatin1String("rewritten")),
             qPrintable(unknown.describe()));
    const CliRun malformed = onFile(
            {QStringLiteral("verify"), QStringLiteral("--expect-head"), QStringLiteral("xyz")});
    QCOMPARE(malformed.exitCode, 2);
}

void TestCliRecord::badInputIsRefusedWithNothingWritten_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QStringList add {QStringLiteral("note"),     QStringLiteral("add"),
                           QStringLiteral("--client"), QStringLiteral("C000001"),
                           QStringLiteral("--attach"), QStringLiteral("remittance.txt")};
    auto with = [&](std::initializer_list<const char *> extra) {
        QStringList l = add;
        for (const char *e : extra)
            l << QString::fromUtf8(e);
        return l;
    };
    QTest::newRow("no channel") << with({"--text", "x"}) << 2 << "--channel";
    QTest::newRow("unknown channel")
            << with({"--channel", "fax", "--text", "x"}) << 2 << "--channel: \"fax\"";
    QTest::newRow("call without outcome or next step")
            << with({"--channel", "call", "--text", "x"}) << 3 << "needs an outcome";
    QTest::newRow("call without next step")
            << with({"--channel", "call", "--text", "x", "--outcome", "reached"}) << 3
            << "next contact";
    QTest::newRow("unknown outcome")
            << with({"--channel", "call", "--text", "x", "--outcome", "happy"}) << 2
            << "--outcome: \"happy\"";
    QTest::newRow("bad next contact date")
            << with({"--channel", "email", "--text", "x", "--next-contact", "next week"}) << 2
            << "--next-contact: \"next week\"";
    QTest::newRow("unknown invoice")
            << with({"--channel", "email", "--text", "x", "--invoice", "NOPE-1"}) << 2
            << "--invoice: no invoice \"NOPE-1\"";
    QTest::newRow("invoice of another client")
            << with({"--channel", "email", "--text", "x", "--invoice", "{OTHER}"}) << 2
            << "belongs to another client";
    QTest::newRow("missing attachment")
            << with({"--channel", "email", "--text", "x", "--attach", "nothere.pdf"}) << 1
            << "nothere.pdf does not exist";
    QTest::newRow("bad promise") << with({"--channel", "email", "--text", "x", "--promise", "lots"})
                                 << 2 << "--promise: \"lots\"";
    QTest::newRow("promise amount")
            << with({"--channel", "email", "--text", "x", "--promise", "1.2.3:2030-01-01"}) << 3
            << "amount: \"1.2.3\"";
    QTest::newRow("field without template")
            << with({"--channel", "email", "--text", "x", "--field", "reason=x"}) << 2
            << "--field reason needs --template";
    QTest::newRow("future occurred-at")
            << with({"--channel", "email", "--text", "x", "--occurred-at", "2099-01-01T10:00:00Z"})
            << 3 << "occurred at";
    QTest::newRow("unknown author")
            << with({"--channel", "email", "--text", "x", "--author", "nobody"}) << 2
            << "--author: no user named \"nobody\"";
    QTest::newRow("delete without reason")
            << QStringList {QStringLiteral("note"), QStringLiteral("delete"), QStringLiteral("1")}
            << 2 << "--reason";
    QTest::newRow("amend a stale revision") << QStringList {
            QStringLiteral("note"),   QStringLiteral("amend"), QStringLiteral("1"),
            QStringLiteral("--text"), QStringLiteral("x"),     QStringLiteral("--expect-revision"),
            QStringLiteral("3")} << 1 << "Reload it";
    QTest::newRow("show a note that does not exist")
            << QStringList {QStringLiteral("note"), QStringLiteral("show"),
                            QStringLiteral("999999")}
            << 1 << "no note 999999";
}

void TestCliRecord::badInputIsRefusedWithNothingWritten()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    args.replaceInStrings(QStringLiteral("{OTHER}"),
                          value(QStringLiteral("SELECT min(number) FROM invoices WHERE client_id "
                                               "= 2"))
                                  .toString());
    const QString before = footprint();
    const CliRun r = onFile(args);
    QVERIFY2(r.exitCode == exitCode && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(expected), qPrintable(r.describe()));
    QVERIFY2(r.errLines().first().startsWith(QLatin1String("ardesk-cli: ")),
             qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(footprint(), before);
}

void TestCliRecord::structuredTemplateFromTheCommandLine()
{
    const QString invoice = value(QStringLiteral("SELECT number FROM invoices WHERE client_id = 2 "
                                                 "ORDER BY id LIMIT 1"))
                                    .toString();
    const CliRun r = onFile(
            {QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("C000002"), QStringLiteral("--channel"), QStringLiteral("letter"),
             QStringLiteral("--text"), QStringLiteral("Client disputes the price"),
             QStringLiteral("--template"), QStringLiteral("dispute"), QStringLiteral("--field"),
             QStringLiteral("reason=price not as quoted"), QStringLiteral("--field"),
             QStringLiteral("invoices=") + invoice, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("disputed"));
    QCOMPARE(
            o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("price not as quoted"));
    QCOMPARE(value(QStringLiteral("SELECT disputed FROM invoices WHERE number = ?"), {invoice})
                     .toInt(),
             1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM disputes WHERE opened_note = ?"),
                   {o.value(QStringLiteral("id")).toInteger()})
                     .toInt(),
             1);
    const CliRun v = onFile({QStringLiteral("verify")});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
}

void TestCliRecord::verifyNamesTheTamperedNote()
{
    withPlainConnection(m_file, [](const QSqlDatabase &db) {
        exec(db, QStringLiteral("DROP TRIGGER note_revisions_no_update"));
        exec(db,
             QStringLiteral("UPDATE note_revisions SET body = 'nothing was promised' WHERE "
                            "id = 3"));
    });
    const CliRun r = onFile({QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1 && !r.crashed, qPrintable(r.describe()));
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errText().contains(QLatin1String("note 3 revision 1")), qPrintable(r.describe()));
    const CliRun j = onFile({QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 1);
    const QJsonObject o = json(j).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    const QJsonObject first = o.value(QStringLiteral("problems")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("note_id")).toInteger(), 3);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("revision"));
    QVERIFY(first.value(QStringLiteral("seq")).toInteger() > 0);
}

// A note logged through ARDesk leaves its chained form in the audit log: verify then says which
// field was changed, not only which entry.
void TestCliRecord::verifyNamesTheChangedFieldOfALoggedNote()
{
    const CliRun add
            = onFile({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--client"),
                      QStringLiteral("C000003"), QStringLiteral("--channel"),
                      QStringLiteral("meeting"), QStringLiteral("--outcome"),
                      QStringLiteral("reached"), QStringLiteral("--no-follow-up"),
                      QStringLiteral("--text"), QStringLiteral("Agreed to pay in full")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const QString id = QString::fromUtf8(add.out).trimmed();
    withPlainConnection(m_file, [&](const QSqlDatabase &db) {
        exec(db, QStringLiteral("DROP TRIGGER note_revisions_no_update"));
        exec(db,
             QStringLiteral("UPDATE note_revisions SET body = 'Refused to pay' WHERE note_id "
                            "= %1")
                     .arg(id));
    });
    const CliRun r = onFile({QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("note %1 revision 1").arg(id))
                     && r.errText().contains(QLatin1String("body differs from the hash chain")),
             qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_clirecord.moc"
