// SPDX-License-Identifier: MIT
// The real ardesk-cli binary, run as a user (or a script) runs it: exit codes, one-line errors
// on stderr, machine-readable JSON on stdout, and what ends up in the company file.
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ardesk::test;
using Run = CliRun;

namespace {

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && double(v.toInteger()) == v.toDouble();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initCreatesCompanyFile();
    void humanMessagesSpeakTheDesksLanguage();
    void summariesConfirmationsAndErrorsSpeakGerman();
    void helpErrorPrefixAndAgingHeadersSpeakGerman();
    void manPageStaysEnglishOnAGermanDesk();
    void initTwiceFails();
    void refusedInitLeavesNoFile();
    void demoAfterInit();
    void demoIntoNewFile();
    void clientsJson();
    void clientsSortedByOverdue();
    void clientsFilter();
    void invoicesJson();
    void invoicesOfUnknownClient();
    void unknownCommandIsUsageError();
    void unknownOptionIsUsageError();
    void missingDbFails();
    void textFileIsNotACompanyFile();
    void unavailableCommandSaysSo();
    void agingJsonContractAndTotals();
    void importFlagsExitCodesAndJson();
    void creditHoldRuleAndManualHold();
    void invoicePaymentWriteOffAndCreditNote();
    void invoiceEditAllocateByHandAndVoid();
    void invoiceDocumentsAttachedAndImportedByNumber();
    void userAddAndList();
    void salesIsRefusedLedgerHoldsAndUsersButLogsACall();
    void aClerksRemindCoversTheirOwnClients();
    void userRolesAreASetAndChangesAreAudited();
    void invalidAsOfIsUsageError();
    void settingsCompanyIsStored();
    void helpAndNoCommand();
    void optionACommandDoesNotTakeIsRefused();
    void missingValueNamesTheOption();

private:
    Run cli(const QStringList &args) const { return runCli(m_dir.path(), args); }
    QString file(const QString &name = QStringLiteral("company.ardesk")) const
    {
        return m_dir.filePath(name);
    }
    /// `ardesk-cli --db <file> <args>`
    Run onFile(const QStringList &args,
               const QString &name = QStringLiteral("company.ardesk")) const
    {
        return cli(QStringList {QStringLiteral("--db"), file(name)} + args);
    }
    /// `ardesk-cli --db <file> --user <user> init <extra>`
    Run initFile(const QStringList &extra = {},
                 const QString &user = QStringLiteral("tester")) const
    {
        return onFile(QStringList {QStringLiteral("--user"), user, QStringLiteral("init")} + extra);
    }
    /// `ardesk-cli --db <file> demo --clients 50 --seed 3 --json`
    Run demo(const QString &name = QStringLiteral("company.ardesk")) const
    {
        return onFile({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("50"),
                       QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")},
                      name);
    }
    /// A company setting, read from the file without the CLI.
    QString setting(const char *key, const QString &name = QStringLiteral("company.ardesk")) const
    {
        return readValue(file(name), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                         {QString::fromLatin1(key)})
                .toString();
    }
    /// A company file made by `init --user tester` and `demo --clients 50 --seed 3`.
    void makeDemoFile();
    /// makeDemoFile(); false (with the test failed) when that did not work.
    bool demoFileReady()
    {
        makeDemoFile();
        return !QTest::currentTestFailed();
    }
    QJsonArray clientsArray(const QStringList &extra);

    ScratchDir m_dir;
};

void TestCli::init()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY(m_dir.renew());
}

void TestCli::makeDemoFile()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const Run d = demo();
    QVERIFY2(d.exitCode == 0, qPrintable(d.describe()));
}

QJsonArray TestCli::clientsArray(const QStringList &extra)
{
    const Run r = onFile(QStringList {QStringLiteral("clients"), QStringLiteral("--json")} + extra);
    if (r.exitCode != 0 || r.crashed) {
        qWarning("%s", qPrintable(r.describe()));
        return QJsonArray();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("not a JSON array: %s", r.out.left(500).constData());
        return QJsonArray();
    }
    return doc.array();
}

void TestCli::initCreatesCompanyFile()
{
    const Run r = initFile();
    QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY(QFile::exists(file()));
    QVERIFY2(QString::fromUtf8(r.out).contains(QLatin1String("company.ardesk")),
             qPrintable(r.describe()));
    QCOMPARE(readValue(file(), QStringLiteral("SELECT role FROM users WHERE name = ?"),
                       {QStringLiteral("tester")})
                     .toString(),
             QStringLiteral("admin"));
    QCOMPARE(setting("company.name"), QStringLiteral("My Company"));
    QVERIFY(readValue(file(), QStringLiteral("PRAGMA user_version")).toInt() >= 3);

    // --json gives the same facts to a script.
    const Run j = onFile({QStringLiteral("--user"), QStringLiteral("tester"),
                          QStringLiteral("--json"), QStringLiteral("init"),
                          QStringLiteral("--company"), QStringLiteral("Acme AR"),
                          QStringLiteral("--currency"), QStringLiteral("EUR")},
                         QStringLiteral("second.ardesk"));
    QVERIFY2(j.exitCode == 0, qPrintable(j.describe()));
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(QStringLiteral("user")).toString(), QStringLiteral("tester"));
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(),
             readValue(file(), QStringLiteral("PRAGMA user_version")).toInt());
    QCOMPARE(setting("company.home_currency", QStringLiteral("second.ardesk")),
             QStringLiteral("EUR"));
}

void TestCli::initTwiceFails()
{
    const Run first = initFile();
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QByteArray before = fileSha256(file());
    const Run again = initFile();
    QVERIFY2(again.exitCode != 0 && !again.crashed, qPrintable(again.describe()));
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY2(again.errText().startsWith(QLatin1String("ardesk-cli: error:")),
             qPrintable(again.describe()));
    QVERIFY(again.errText().contains(QLatin1String("already exists")));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(fileSha256(file()), before);
}

void TestCli::refusedInitLeavesNoFile()
{
    const Run badCurrency = initFile({QStringLiteral("--currency"), QStringLiteral("EURO")});
    QVERIFY2(badCurrency.exitCode != 0, qPrintable(badCurrency.describe()));
    QCOMPARE(badCurrency.errLines().size(), 1);
    QVERIFY2(badCurrency.errText().contains(QLatin1String("EURO")),
             qPrintable(badCurrency.describe()));
    QVERIFY(!QFile::exists(file()));

    const Run badUser = initFile({}, QStringLiteral("bad name"));
    QVERIFY2(badUser.exitCode != 0, qPrintable(badUser.describe()));
    QVERIFY(badUser.errText().contains(QLatin1String("bad name")));
    QVERIFY(!QFile::exists(file()));

    // The corrected command then works.
    const Run fixed = initFile({QStringLiteral("--currency"), QStringLiteral("EUR")});
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.describe()));
    QCOMPARE(setting("company.home_currency"), QStringLiteral("EUR"));
}

void TestCli::demoAfterInit()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const Run d = demo();
    QVERIFY2(d.exitCode == 0 && !d.crashed, qPrintable(d.describe()));
    QVERIFY2(d.err.isEmpty(), qPrintable(d.describe()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(d.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(d.describe()));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("clients")).toInt(), 50);
    QVERIFY(o.value(QStringLiteral("invoices")).toInt() > 50);
    QVERIFY(o.value(QStringLiteral("contacts")).toInt() >= 50);
    QVERIFY(o.value(QStringLiteral("notes")).toInt() > 0);
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM clients")).toInt(), 50);
    // The user who created the file is still there and can still work in it.
    QCOMPARE(readValue(file(), QStringLiteral("SELECT role FROM users WHERE name = 'tester'"))
                     .toString(),
             QStringLiteral("admin"));
    const Run s = onFile({QStringLiteral("--user"), QStringLiteral("tester"),
                          QStringLiteral("settings"), QStringLiteral("company"),
                          QStringLiteral("--fiscal-start"), QStringLiteral("4")});
    QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));

    // A second demo into the same file is refused: it already has clients.
    const Run twice
            = onFile({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")});
    QVERIFY2(twice.exitCode != 0, qPrintable(twice.describe()));
    QVERIFY(twice.errText().startsWith(QLatin1String("ardesk-cli: error:")));
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM clients")).toInt(), 50);
}

void TestCli::demoIntoNewFile()
{
    const Run d = demo(QStringLiteral("fresh.ardesk"));
    QVERIFY2(d.exitCode == 0, qPrintable(d.describe()));
    QCOMPARE(QJsonDocument::fromJson(d.out).object().value(QStringLiteral("clients")).toInt(), 50);

    const Run bad
            = onFile({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("lots")},
                     QStringLiteral("other.ardesk"));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errText().contains(QLatin1String("lots")));
    QVERIFY(!QFile::exists(file(QStringLiteral("other.ardesk"))));
}

void TestCli::clientsJson()
{
    if (!demoFileReady())
        return;
    const QJsonArray list = clientsArray({});
    QCOMPARE(list.size(), 50);
    static const QSet<QString> statuses
            = {QStringLiteral("active"), QStringLiteral("on_hold"), QStringLiteral("in_dispute"),
               QStringLiteral("in_collections"), QStringLiteral("closed")};
    QString previousCode;
    QSet<QString> codes;
    for (const QJsonValue &v : list) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        QVERIFY2(!code.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(o).toJson())));
        QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("currency")).toString().size(), 3);
        QVERIFY2(statuses.contains(o.value(QStringLiteral("status")).toString()), qPrintable(code));
        const QJsonValue balance = o.value(QStringLiteral("balance"));
        const QJsonValue overdue = o.value(QStringLiteral("overdue"));
        QVERIFY2(isInteger(balance), qPrintable(code));
        QVERIFY2(isInteger(overdue), qPrintable(code));
        QVERIFY(overdue.toInteger() >= 0);
        QVERIFY2(overdue.toInteger() <= balance.toInteger(), qPrintable(code));
        QVERIFY2(code > previousCode, "default order is by code, ascending");
        previousCode = code;
        codes.insert(code);
    }
    QCOMPARE(codes.size(), 50);
    QVERIFY(codes.contains(QStringLiteral("C000001")));
    // A list where nobody owes anything would not be a demo.
    qint64 totalOverdue = 0;
    for (const QJsonValue &v : list)
        totalOverdue += v.toObject().value(QStringLiteral("overdue")).toInteger();
    QVERIFY(totalOverdue > 0);
}

void TestCli::clientsSortedByOverdue()
{
    if (!demoFileReady())
        return;
    const QJsonArray top = clientsArray({QStringLiteral("--sort"), QStringLiteral("overdue"),
                                         QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(top.size(), 5);
    for (qsizetype i = 1; i < top.size(); ++i)
        QVERIFY(top.at(i - 1).toObject().value(QStringLiteral("overdue")).toInteger()
                >= top.at(i).toObject().value(QStringLiteral("overdue")).toInteger());
    qint64 maxOverdue = 0;
    for (const QJsonValue &v : clientsArray({}))
        maxOverdue
                = std::max(maxOverdue, v.toObject().value(QStringLiteral("overdue")).toInteger());
    QVERIFY(maxOverdue > 0);
    QCOMPARE(top.at(0).toObject().value(QStringLiteral("overdue")).toInteger(), maxOverdue);

    const QJsonArray ascending = clientsArray({QStringLiteral("--sort"), QStringLiteral("overdue"),
                                               QStringLiteral("--asc"), QStringLiteral("--limit"),
                                               QStringLiteral("5")});
    QCOMPARE(ascending.size(), 5);
    QVERIFY(ascending.at(0).toObject().value(QStringLiteral("overdue")).toInteger()
            <= ascending.at(4).toObject().value(QStringLiteral("overdue")).toInteger());

    const Run bad = onFile(
            {QStringLiteral("clients"), QStringLiteral("--sort"), QStringLiteral("shoe-size")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.errText().contains(QLatin1String("shoe-size")));
}

void TestCli::clientsFilter()
{
    if (!demoFileReady())
        return;
    const QJsonArray all = clientsArray({});
    QCOMPARE(all.size(), 50);

    const QJsonArray byCode = clientsArray({QStringLiteral("--filter"), QStringLiteral("C000007")});
    QCOMPARE(byCode.size(), 1);
    QCOMPARE(byCode.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("C000007"));

    const QString name = all.at(0).toObject().value(QStringLiteral("name")).toString();
    const QJsonArray byName = clientsArray({QStringLiteral("--filter"), name.toUpper()});
    QVERIFY(byName.size() >= 1);
    QVERIFY(byName.size() < all.size());
    bool found = false;
    for (const QJsonValue &v : byName)
        found = found
                || v.toObject().value(QStringLiteral("code")).toString()
                        == all.at(0).toObject().value(QStringLiteral("code")).toString();
    QVERIFY(found);

    QCOMPARE(
            clientsArray({QStringLiteral("--filter"), QStringLiteral("no such client zzz")}).size(),
            0);
    QCOMPARE(clientsArray({QStringLiteral("--filter"), QStringLiteral("%")}).size(), 0);
}

void TestCli::invoicesJson()
{
    if (!demoFileReady())
        return;
    const Run r = onFile({QStringLiteral("invoices"), QStringLiteral("--client"),
                          QStringLiteral("C000001"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isArray());
    const QJsonArray list = doc.array();
    QVERIFY(!list.isEmpty());
    static const QSet<QString> statuses
            = {QStringLiteral("open"), QStringLiteral("partially_paid"), QStringLiteral("paid"),
               QStringLiteral("disputed"), QStringLiteral("written_off")};
    QString currency;
    qint64 open = 0;
    int openCount = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString number = o.value(QStringLiteral("number")).toString();
        QVERIFY(!number.isEmpty());
        QVERIFY2(isInteger(o.value(QStringLiteral("amount"))), qPrintable(number));
        QVERIFY2(isInteger(o.value(QStringLiteral("balance"))), qPrintable(number));
        const qint64 amount = o.value(QStringLiteral("amount")).toInteger();
        const qint64 balance = o.value(QStringLiteral("balance")).toInteger();
        QVERIFY(amount > 0);
        QVERIFY(balance >= 0 && balance <= amount);
        QCOMPARE(o.value(QStringLiteral("currency")).toString().size(), 3);
        if (currency.isEmpty())
            currency = o.value(QStringLiteral("currency")).toString();
        const QString status = o.value(QStringLiteral("status")).toString();
        QVERIFY2(statuses.contains(status), qPrintable(status));
        QCOMPARE(status == QLatin1String("paid"), balance == 0);
        if (balance > 0) {
            open += balance;
            ++openCount;
        }
    }
    // The client list shows the same open balance as the sum of the invoices.
    QJsonObject client;
    for (const QJsonValue &v : clientsArray({}))
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("C000001"))
            client = v.toObject();
    QCOMPARE(client.value(QStringLiteral("currency")).toString(), currency);
    QCOMPARE(client.value(QStringLiteral("balance")).toInteger(), open);

    const Run openOnly = onFile({QStringLiteral("invoices"), QStringLiteral("--client"),
                                 QStringLiteral("C000001"), QStringLiteral("--open"),
                                 QStringLiteral("--json")});
    QVERIFY2(openOnly.exitCode == 0, qPrintable(openOnly.describe()));
    const QJsonArray openList = QJsonDocument::fromJson(openOnly.out).array();
    QCOMPARE(openList.size(), openCount);
    for (const QJsonValue &v : openList)
        QVERIFY(v.toObject().value(QStringLiteral("balance")).toInteger() > 0);
}

void TestCli::invoicesOfUnknownClient()
{
    if (!demoFileReady())
        return;
    const Run r = onFile(
            {QStringLiteral("invoices"), QStringLiteral("--client"), QStringLiteral("NOPE42")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.errText().startsWith(QLatin1String("ardesk-cli: error:")));
    QVERIFY(r.errText().contains(QLatin1String("NOPE42")));
    const Run noClient = onFile({QStringLiteral("invoices")});
    QCOMPARE(noClient.exitCode, 2);
}

void TestCli::unknownCommandIsUsageError()
{
    const Run r = onFile({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("frobnicate")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(file()));
}

void TestCli::unknownOptionIsUsageError()
{
    const Run r = initFile({QStringLiteral("--colour"), QStringLiteral("blue")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("--colour")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(file()));
    const Run missingValue = cli({QStringLiteral("clients"), QStringLiteral("--db")});
    QCOMPARE(missingValue.exitCode, 2);
    QVERIFY(missingValue.errText().contains(QLatin1String("--db")));
}

void TestCli::missingDbFails()
{
    for (const char *command : {"clients", "init", "user"}) {
        const Run r = cli({QString::fromLatin1(command), QStringLiteral("list"),
                           QStringLiteral("--user"), QStringLiteral("tester")});
        QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QLatin1String("--db")), qPrintable(r.describe()));
    }
    QVERIFY(QDir(m_dir.path()).isEmpty());

    const Run missing = onFile({QStringLiteral("clients")}, QStringLiteral("nowhere.ardesk"));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(file(QStringLiteral("nowhere.ardesk"))));
}

void TestCli::textFileIsNotACompanyFile()
{
    const QString text = file(QStringLiteral("todo.txt"));
    QVERIFY(writeFile(text, QByteArray("Call Acme on Monday about the overdue invoices.\n")));
    const QByteArray before = fileSha256(text);
    for (const char *command : {"clients", "demo"}) {
        const Run r = onFile({QString::fromLatin1(command)}, QStringLiteral("todo.txt"));
        QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(QLatin1String("not an ARDesk company file")),
                 qPrintable(r.describe()));
    }
    QCOMPARE(fileSha256(text), before);
}

void TestCli::unavailableCommandSaysSo()
{
    // Every command of PRODUCT.md §3 is available now: `casefile` (its spelling) is the case
    // file command `case-file`, asking for its --out like it; an unknown word is a usage error.
    const Run r = onFile(
            {QStringLiteral("casefile"), QStringLiteral("--client"), QStringLiteral("NOPE-NONE")});
    QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(!r.errText().contains(QLatin1String("not available")), qPrintable(r.describe()));
    QVERIFY2(!r.errText().contains(QLatin1String("unknown command")), qPrintable(r.describe()));
    const Run unknown = onFile({QStringLiteral("casefiles")});
    QVERIFY2(unknown.exitCode != 0 && !unknown.crashed, qPrintable(unknown.describe()));
    QVERIFY2(unknown.errText().contains(QLatin1String("unknown command 'casefiles'")),
             qPrintable(unknown.describe()));
    QVERIFY(unknown.out.isEmpty());
}

// The aging JSON is a contract: keys in this exact order, integer minor units, one object per
// currency; on the demo's own date its totals equal the sum of the clients' balances.
void TestCli::agingJsonContractAndTotals()
{
    if (!demoFileReady())
        return;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run r = onFile(
            {QStringLiteral("aging"), QStringLiteral("--json"), QStringLiteral("--as-of"), today});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QByteArray line = r.out.trimmed();
    static const QRegularExpression shape(QStringLiteral(
            R"(^\{"as_of":"\d{4}-\d{2}-\d{2}","currencies":\[(\{"currency":"[A-Z]{3}","open_invoices":\d+,)"
            R"("total":-?\d+,"buckets":\{"not_due":-?\d+,"d1_30":-?\d+,"d31_60":-?\d+,)"
            R"("d61_90":-?\d+,"d90_plus":-?\d+\}\},?)+\]\}$)"));
    QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(QStringLiteral("as_of")).toString(), today);
    QHash<QString, qint64> balances;
    for (const QJsonValue &c : clientsArray({}))
        balances[c[QStringLiteral("currency")].toString()]
                += c[QStringLiteral("balance")].toInteger();
    const QJsonArray currencies = o.value(QStringLiteral("currencies")).toArray();
    QVERIFY(!currencies.isEmpty());
    for (const QJsonValue &c : currencies) {
        const QJsonObject b = c[QStringLiteral("buckets")].toObject();
        qint64 sum = 0;
        for (const char *k : {"not_due", "d1_30", "d31_60", "d61_90", "d90_plus"})
            sum += b.value(QLatin1String(k)).toInteger();
        QCOMPARE(c[QStringLiteral("total")].toInteger(), sum);
        QCOMPARE(c[QStringLiteral("total")].toInteger(),
                 balances.value(c[QStringLiteral("currency")].toString()));
    }
    const Run unknown
            = onFile({QStringLiteral("aging"), QStringLiteral("--client"), QStringLiteral("NOPE")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.errText().contains(QStringLiteral("NOPE")), qPrintable(unknown.describe()));
}

// import: --dry-run writes nothing, bad rows exit 3 with every line named, --create-clients and
// --json work, and a re-import is unchanged.
void TestCli::importFlagsExitCodesAndJson()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("inv.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,client_name,number,issue_date,due_date,amount,currency\n"
                      "Z1,Zed Co,Z-1,2026-01-01,2026-01-31,10.00,USD\n"
                      "Z2,Yak Ltd,Z-2,2026-01-02,2026-02-01,20.50,USD\n"));
    const QStringList base {QStringLiteral("--user"), QStringLiteral("tester"),
                            QStringLiteral("import"), QStringLiteral("invoices"), csv};
    const Run unknown = onFile(base);
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.errText().contains(QStringLiteral(":2:"))
                     && unknown.errText().contains(QStringLiteral(":3:")),
             qPrintable(unknown.describe()));
    const Run dry = onFile(
            base + QStringList {QStringLiteral("--create-clients"), QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QVERIFY(dry.out.contains("Dry run"));
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM invoices")).toInt(), 0);
    const Run real = onFile(
            base + QStringList {QStringLiteral("--create-clients"), QStringLiteral("--json")});
    QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
    const QJsonObject o = QJsonDocument::fromJson(real.out).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(
            o.value(QStringLiteral("created")).toObject().value(QStringLiteral("invoices")).toInt(),
            2);
    QCOMPARE(o.value(QStringLiteral("created")).toObject().value(QStringLiteral("clients")).toInt(),
             2);
    QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
    const Run again = onFile(base + QStringList {QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("unchanged")).toInt(),
             2);

    QVERIFY(writeFile(csv,
                      "client_code,number,issue_date,due_date,amount,currency\n"
                      "Z1,Z-9,2026-02-30,2026-03-01,1.00,USD\n"));
    const Run bad = onFile(base + QStringList {QStringLiteral("--json")});
    QCOMPARE(bad.exitCode, 3);
    const QJsonArray errors
            = QJsonDocument::fromJson(bad.out).object().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0][QStringLiteral("line")].toInt(), 2);
    QCOMPARE(errors[0][QStringLiteral("column")].toString(), QStringLiteral("issue_date"));
}

void TestCli::creditHoldRuleAndManualHold()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("late.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,number,issue_date,due_date,amount,currency\n"
                      "L1,L-1,2026-01-01,2026-01-31,10.00,USD\n"
                      "L2,L-2,2026-03-01,2026-03-31,10.00,USD\n"));
    QCOMPARE(onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("import"),
                     QStringLiteral("invoices"), csv, QStringLiteral("--create-clients")})
                     .exitCode,
             0);
    const QStringList rule {QStringLiteral("--user"),      QStringLiteral("tester"),
                            QStringLiteral("credit-hold"), QStringLiteral("--as-of"),
                            QStringLiteral("2026-04-15"),  QStringLiteral("--json")};
    const Run dry = onFile(rule + QStringList {QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QCOMPARE(QJsonDocument::fromJson(dry.out)
                     .object()
                     .value(QStringLiteral("held"))
                     .toArray()
                     .size(),
             1);
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM clients WHERE credit_hold = 1"))
                     .toInt(),
             0);
    const Run apply = onFile(rule);
    const QJsonArray held
            = QJsonDocument::fromJson(apply.out).object().value(QStringLiteral("held")).toArray();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held[0][QStringLiteral("code")].toString(), QStringLiteral("L1"));
    QCOMPARE(held[0][QStringLiteral("days_past_due")].toInt(), 74);
    QCOMPARE(QJsonDocument::fromJson(onFile(rule).out)
                     .object()
                     .value(QStringLiteral("held"))
                     .toArray()
                     .size(),
             0);

    const Run noReason
            = onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("hold"),
                      QStringLiteral("--client"), QStringLiteral("L2")});
    QVERIFY(noReason.exitCode != 0);
    QVERIFY(noReason.errText().contains(QStringLiteral("reason")));
    QCOMPARE(onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("hold"),
                     QStringLiteral("--client"), QStringLiteral("L2"), QStringLiteral("--reason"),
                     QStringLiteral("Asked by sales")})
                     .exitCode,
             0);
    QCOMPARE(readValue(file(),
                       QStringLiteral("SELECT credit_hold_reason FROM clients WHERE code = 'L2'"))
                     .toString(),
             QStringLiteral("Asked by sales"));
    QCOMPARE(onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("release"),
                     QStringLiteral("--client"), QStringLiteral("L2")})
                     .exitCode,
             0);
    QCOMPARE(readValue(file(), QStringLiteral("SELECT credit_hold FROM clients WHERE code = 'L2'"))
                     .toInt(),
             0);
}

void TestCli::invoicePaymentWriteOffAndCreditNote()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,client_name,currency,payment_terms_days\nK1,Kite Co,USD,30\n"));
    const QStringList user {QStringLiteral("--user"), QStringLiteral("tester")};
    QCOMPARE(onFile(user + QStringList {QStringLiteral("import"), QStringLiteral("clients"), csv})
                     .exitCode,
             0);
    for (int n = 1; n <= 3; ++n) {
        const Run add = onFile(
                user
                + QStringList {QStringLiteral("invoice"), QStringLiteral("add"),
                               QStringLiteral("--client"), QStringLiteral("K1"),
                               QStringLiteral("--number"), QStringLiteral("K-%1").arg(n),
                               QStringLiteral("--amount"), QStringLiteral("%1.00").arg(n * 100),
                               QStringLiteral("--issue"), QStringLiteral("2026-0%1-01").arg(n)});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    }
    QCOMPARE(readValue(file(), QStringLiteral("SELECT due_date FROM invoices WHERE number = 'K-1'"))
                     .toString(),
             QStringLiteral("2026-01-31")); // Net 30 from the client's terms
    const Run pay = onFile(user
                           + QStringList {QStringLiteral("payment"), QStringLiteral("add"),
                                          QStringLiteral("--client"), QStringLiteral("K1"),
                                          QStringLiteral("--amount"), QStringLiteral("250.00"),
                                          QStringLiteral("--method"), QStringLiteral("check"),
                                          QStringLiteral("--reference"), QStringLiteral("CHK 9"),
                                          QStringLiteral("--date"), QStringLiteral("2026-04-01")});
    QVERIFY2(pay.exitCode == 0, qPrintable(pay.describe()));
    QVERIFY(pay.out.contains("K-1 100.00, K-2 150.00"));
    const Run wo = onFile(user
                          + QStringList {QStringLiteral("invoice"), QStringLiteral("write-off"),
                                         QStringLiteral("K-2"), QStringLiteral("--reason"),
                                         QStringLiteral("Uncollectible")});
    QVERIFY2(wo.exitCode == 0, qPrintable(wo.describe()));
    QCOMPARE(readValue(file(), QStringLiteral("SELECT status FROM invoices WHERE number = 'K-2'"))
                     .toString(),
             QStringLiteral("written_off"));
    const Run again = onFile(user
                             + QStringList {QStringLiteral("invoice"), QStringLiteral("write-off"),
                                            QStringLiteral("K-2"), QStringLiteral("--reason"),
                                            QStringLiteral("again")});
    QVERIFY(again.exitCode != 0);
    QVERIFY(again.errText().contains(QStringLiteral("nothing open")));
    const Run cn = onFile(user
                          + QStringList {QStringLiteral("invoice"), QStringLiteral("credit-note"),
                                         QStringLiteral("K-3"), QStringLiteral("--amount"),
                                         QStringLiteral("50"), QStringLiteral("--reason"),
                                         QStringLiteral("Damaged")});
    QVERIFY2(cn.exitCode == 0, qPrintable(cn.describe()));
    QCOMPARE(readValue(file(),
                       QStringLiteral("SELECT balance_minor FROM invoices WHERE number = 'K-3'"))
                     .toLongLong(),
             25000);
}

void TestCli::invoiceEditAllocateByHandAndVoid()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
    QVERIFY(writeFile(csv, "client_code,client_name,currency\nK1,Kite Co,USD\n"));
    auto as = [this](const QString &line) {
        return onFile(QStringList {QStringLiteral("--user"), QStringLiteral("tester")}
                      + line.split(u' ', Qt::SkipEmptyParts));
    };
    QCOMPARE(as(QStringLiteral("import clients ") + csv).exitCode, 0);
    for (int n = 1; n <= 2; ++n)
        QCOMPARE(as(QStringLiteral("invoice add --client K1 --number K-%1 --amount 100 --issue "
                                   "2026-0%1-01")
                            .arg(n))
                         .exitCode,
                 0);
    auto balance = [this](const char *number) {
        return readValue(file(),
                         QStringLiteral("SELECT balance_minor FROM invoices WHERE number = ?"),
                         {QString::fromLatin1(number)})
                .toLongLong();
    };
    // By hand: the newer invoice first, which oldest-first would never do.
    const Run pay = as(QStringLiteral(
            "payment add --client K1 --amount 120 --allocate K-2=100 --allocate K-1=20 "
            "--date 2026-04-01 --method check --reference 77"));
    QVERIFY2(pay.exitCode == 0, qPrintable(pay.describe()));
    QCOMPARE(balance("K-2"), 0);
    QCOMPARE(balance("K-1"), 8000);
    const Run tooMuch = as(QStringLiteral("payment add --client K1 --amount 10 --allocate K-1=11"));
    QCOMPARE(tooMuch.exitCode, 1);
    QVERIFY2(tooMuch.errText().contains(QStringLiteral("more than the payment")),
             qPrintable(tooMuch.describe()));
    const Run both = as(QStringLiteral("payment add --client K1 --amount 10 --allocate K-1=5 "
                                       "--invoice K-1"));
    QCOMPARE(both.exitCode, 2);
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM payments")).toInt(), 1);

    const Run list = as(QStringLiteral("payment list --client K1 --json"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonObject p = QJsonDocument::fromJson(list.out).array().first().toObject();
    QCOMPARE(p.value(QStringLiteral("amount")).toInteger(), 12000);
    QCOMPARE(p.value(QStringLiteral("allocations")).toArray().size(), 2);
    const QString id = QString::number(p.value(QStringLiteral("id")).toInteger());

    // The paid part of an invoice cannot be edited away; other edits are audited.
    const Run shrink = as(QStringLiteral("invoice edit K-1 --amount 19.99"));
    QCOMPARE(shrink.exitCode, 1);
    QVERIFY(shrink.errText().contains(QStringLiteral("already paid")));
    const Run edit = as(QStringLiteral("invoice edit K-1 --amount 150 --po PO-9 --number K-1A"));
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));
    QCOMPARE(balance("K-1A"), 13000);
    QCOMPARE(readValue(file(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                      "'invoice' AND action = 'update'"))
                     .toInt(),
             1);
    QCOMPARE(as(QStringLiteral("invoice edit K-1A")).exitCode, 2);

    QCOMPARE(as(QStringLiteral("payment void ") + id).exitCode, 1); // no reason
    const Run voided
            = as(QStringLiteral("payment void ") + id + QStringLiteral(" --reason bounced"));
    QVERIFY2(voided.exitCode == 0, qPrintable(voided.describe()));
    QCOMPARE(balance("K-2"), 10000);
    QCOMPARE(balance("K-1A"), 15000);
    const Run after = as(QStringLiteral("payment list --client K1"));
    QVERIFY2(after.out.contains("VOID: bounced"), qPrintable(after.describe()));
}

void TestCli::userAddAndList()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    // Adding users is an admin's (#13): the acting user is the file's creator.
    const Run add = onFile({QStringLiteral("--user"), QStringLiteral("tester"),
                            QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                            QStringLiteral("--role"), QStringLiteral("manager")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));

    const Run list
            = onFile({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonDocument doc = QJsonDocument::fromJson(list.out);
    QVERIFY2(doc.isArray(), list.out.constData());
    QHash<QString, QString> roles;
    for (const QJsonValue &v : doc.array())
        roles.insert(v.toObject().value(QStringLiteral("name")).toString(),
                     v.toObject().value(QStringLiteral("role")).toString());
    QCOMPARE(roles.value(QStringLiteral("bob")), QStringLiteral("manager"));
    QCOMPARE(roles.value(QStringLiteral("tester")), QStringLiteral("admin"));
    QCOMPARE(roles.size(), 2);

    const Run again
            = onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("bob")});
    QVERIFY2(again.exitCode != 0 && !again.crashed, qPrintable(again.describe()));
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY(again.errText().startsWith(QLatin1String("ardesk-cli: error:")));
    QVERIFY(again.errText().contains(QLatin1String("bob")));
    const Run upper
            = onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("BOB")});
    QVERIFY2(upper.exitCode != 0, "user names are unique regardless of case");

    const Run badRole
            = onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                      QStringLiteral("wizard")});
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY(badRole.errText().contains(QLatin1String("wizard")));
    const Run badName
            = onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("user"),
                      QStringLiteral("add"), QStringLiteral("carol smith")});
    QVERIFY(badName.exitCode != 0);
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
}

// #13: the sales user lena.fox wrote off an invoice, released a credit hold and added an admin.
// Each is refused naming the role it needs, exits non-zero and writes nothing; logging her own
// call still works.
void TestCli::salesIsRefusedLedgerHoldsAndUsersButLogsACall()
{
    QVERIFY(demoFileReady());
    const auto count = [this](const char *sql) {
        return readValue(file(), QString::fromLatin1(sql)).toInt();
    };
    const QStringList lena {QStringLiteral("--user"), QStringLiteral("lena.fox")};
    const QString invoice
            = readValue(file(),
                        QStringLiteral("SELECT number FROM invoices WHERE balance_minor > "
                                       "0 ORDER BY id LIMIT 1"))
                      .toString();
    QVERIFY(!invoice.isEmpty());
    const int audits = count("SELECT count(*) FROM audit_log");
    const int adjustments = count("SELECT count(*) FROM invoice_adjustments");

    const Run writeOff
            = onFile(lena
                     + QStringList {QStringLiteral("invoice"), QStringLiteral("write-off"), invoice,
                                    QStringLiteral("--reason"), QStringLiteral("uncollectable")});
    QVERIFY2(writeOff.exitCode != 0 && !writeOff.crashed, qPrintable(writeOff.describe()));
    QCOMPARE(writeOff.errText().trimmed(),
             QStringLiteral("ardesk-cli: error: Writing off an invoice needs the manager role; "
                            "lena.fox is sales."));
    QCOMPARE(count("SELECT count(*) FROM invoice_adjustments"), adjustments);

    // A hold placed by the file's owner (a manager) stays when sales tries to release it.
    const QString code = readValue(file(),
                                   QStringLiteral("SELECT code FROM clients WHERE "
                                                  "credit_hold = 0 ORDER BY id LIMIT 1"))
                                 .toString();
    const Run hold = onFile({QStringLiteral("--user"), QStringLiteral("tester"),
                             QStringLiteral("hold"), QStringLiteral("--client"), code,
                             QStringLiteral("--reason"), QStringLiteral("cheque bounced")});
    QVERIFY2(hold.exitCode == 0, qPrintable(hold.describe()));
    const int afterHold = count("SELECT count(*) FROM audit_log");
    const Run release = onFile(
            lena + QStringList {QStringLiteral("release"), QStringLiteral("--client"), code});
    QVERIFY2(release.exitCode != 0 && !release.crashed, qPrintable(release.describe()));
    QVERIFY2(release.errText().contains(QLatin1String("Releasing a credit hold needs the manager "
                                                      "role; lena.fox is sales")),
             qPrintable(release.describe()));
    QCOMPARE(readValue(file(), QStringLiteral("SELECT credit_hold FROM clients WHERE code = ?"),
                       {code})
                     .toInt(),
             1);

    const Run addAdmin = onFile(lena
                                + QStringList {QStringLiteral("user"), QStringLiteral("add"),
                                               QStringLiteral("eve"), QStringLiteral("--role"),
                                               QStringLiteral("admin")});
    QVERIFY2(addAdmin.exitCode != 0 && !addAdmin.crashed, qPrintable(addAdmin.describe()));
    QVERIFY2(addAdmin.errText().contains(QLatin1String("needs the admin role; lena.fox is sales")),
             qPrintable(addAdmin.describe()));
    QCOMPARE(count("SELECT count(*) FROM users WHERE name = 'eve'"), 0);
    QCOMPARE(count("SELECT count(*) FROM audit_log"), afterHold);
    QVERIFY(afterHold > audits);

    // No e-mail from ARDesk for sales: she hears that first, not that e-mail is not set up.
    const Run mail = onFile(lena
                            + QStringList {QStringLiteral("email"), QStringLiteral("--client"),
                                           code, QStringLiteral("--template"),
                                           QStringLiteral("friendly-reminder")});
    QVERIFY2(mail.exitCode != 0 && !mail.crashed, qPrintable(mail.describe()));
    QVERIFY2(mail.errText().contains(QLatin1String("needs the clerk or manager role; lena.fox "
                                                   "is sales")),
             qPrintable(mail.describe()));
    QCOMPARE(count("SELECT count(*) FROM outbox"), 0);

    // The reminder run queues e-mail and gives tasks: sales is refused and nothing is queued,
    // tasked or logged (a dry run, which writes nothing, still shows the plan).
    const int tasks = count("SELECT count(*) FROM tasks");
    const int steps = count("SELECT count(*) FROM reminder_log");
    const Run remind = onFile(lena + QStringList {QStringLiteral("remind")});
    QVERIFY2(remind.exitCode != 0 && !remind.crashed, qPrintable(remind.describe()));
    QVERIFY2(remind.errText().contains(QLatin1String("needs the clerk or manager role; "
                                                     "lena.fox is sales")),
             qPrintable(remind.describe()));
    QCOMPARE(count("SELECT count(*) FROM tasks"), tasks);
    QCOMPARE(count("SELECT count(*) FROM reminder_log"), steps);
    const Run dryRun
            = onFile(lena + QStringList {QStringLiteral("remind"), QStringLiteral("--dry-run")});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.describe()));

    // What sales may do: log her own call with the client.
    const Run call
            = onFile(lena
                     + QStringList {QStringLiteral("note"), QStringLiteral("add"),
                                    QStringLiteral("--client"), code, QStringLiteral("--channel"),
                                    QStringLiteral("call"), QStringLiteral("--text"),
                                    QStringLiteral("Buyer says AP pays Friday."),
                                    QStringLiteral("--outcome"), QStringLiteral("reached"),
                                    QStringLiteral("--no-follow-up")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
    QCOMPARE(readValue(file(),
                       QStringLiteral("SELECT u.name FROM note_revisions r JOIN users u ON u.id = "
                                      "r.author_id ORDER BY r.id DESC LIMIT 1"))
                     .toString(),
             QStringLiteral("lena.fox"));
}

void TestCli::userRolesAreASetAndChangesAreAudited()
{
    QVERIFY(initFile().exitCode == 0);
    const QStringList tester {QStringLiteral("--user"), QStringLiteral("tester")};
    const Run both = onFile(tester
                            + QStringList {QStringLiteral("user"), QStringLiteral("add"),
                                           QStringLiteral("dana"), QStringLiteral("--role"),
                                           QStringLiteral("clerk"), QStringLiteral("--role"),
                                           QStringLiteral("admin")});
    QVERIFY2(both.exitCode == 0, qPrintable(both.describe()));
    const Run comma = onFile(tester
                             + QStringList {QStringLiteral("user"), QStringLiteral("add"),
                                            QStringLiteral("amelia"), QStringLiteral("--role"),
                                            QStringLiteral("clerk,manager")});
    QVERIFY2(comma.exitCode == 0, qPrintable(comma.describe()));
    const auto rolesOf = [this](const QString &name) {
        const Run list = onFile(
                {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            if (v[QStringLiteral("name")].toString() == name) {
                QStringList roles;
                for (const QJsonValue &r : v[QStringLiteral("roles")].toArray())
                    roles << r.toString();
                return roles.join(u',');
            }
        }
        return QString();
    };
    QCOMPARE(rolesOf(QStringLiteral("dana")), QStringLiteral("clerk,admin"));
    QCOMPARE(rolesOf(QStringLiteral("amelia")), QStringLiteral("clerk,manager"));
    QCOMPARE(rolesOf(QStringLiteral("tester")), QStringLiteral("manager,admin"));

    const Run edit = onFile(tester
                            + QStringList {QStringLiteral("user"), QStringLiteral("edit"),
                                           QStringLiteral("dana"), QStringLiteral("--role"),
                                           QStringLiteral("sales")});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));
    QCOMPARE(rolesOf(QStringLiteral("dana")), QStringLiteral("sales"));
    const QString audit
            = readValue(file(),
                        QStringLiteral("SELECT u.name || ' ' || a.before_json || ' ' || "
                                       "a.after_json FROM audit_log a JOIN users u ON "
                                       "u.id = a.user_id WHERE a.entity = 'user' ORDER "
                                       "BY a.id DESC LIMIT 1"))
                      .toString();
    QVERIFY2(audit.startsWith(QLatin1String("tester ")), qPrintable(audit));
    QVERIFY2(audit.contains(QLatin1String("\"roles\":\"clerk,admin\"")), qPrintable(audit));
    QVERIFY2(audit.contains(QLatin1String("\"roles\":\"sales\"")), qPrintable(audit));

    // Now sales, dana may not give herself her roles back.
    const Run back = onFile({QStringLiteral("--user"), QStringLiteral("dana"),
                             QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("dana"),
                             QStringLiteral("--role"), QStringLiteral("clerk,admin")});
    QVERIFY2(back.exitCode != 0, qPrintable(back.describe()));
    QCOMPARE(rolesOf(QStringLiteral("dana")), QStringLiteral("sales"));
    const Run bad = onFile(tester
                           + QStringList {QStringLiteral("user"), QStringLiteral("edit"),
                                          QStringLiteral("dana"), QStringLiteral("--role"),
                                          QStringLiteral("clerk,wizard")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errText().contains(QLatin1String("wizard")), qPrintable(bad.describe()));
}

void TestCli::invalidAsOfIsUsageError()
{
    if (!demoFileReady())
        return;
    for (const char *value : {"2026-02-30", "30/06/2026", "2026-6-30"}) {
        const Run r = onFile(
                {QStringLiteral("clients"), QStringLiteral("--as-of"), QString::fromLatin1(value)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QString::fromLatin1(value)), qPrintable(r.describe()));
    }
    // A valid date works, and the overdue figures follow it.
    const QJsonArray early
            = clientsArray({QStringLiteral("--as-of"), QStringLiteral("2020-01-01")});
    QCOMPARE(early.size(), 50);
    for (const QJsonValue &v : early)
        QCOMPARE(v.toObject().value(QStringLiteral("overdue")).toInteger(), qint64(0));
}

void TestCli::settingsCompanyIsStored()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const Run s = onFile({QStringLiteral("settings"), QStringLiteral("company"),
                          QStringLiteral("--name"), QStringLiteral("Nordwind GmbH"),
                          QStringLiteral("--currency"), QStringLiteral("EUR"),
                          QStringLiteral("--user"), QStringLiteral("tester")});
    QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
    QCOMPARE(setting("company.name"), QStringLiteral("Nordwind GmbH"));
    QCOMPARE(setting("company.home_currency"), QStringLiteral("EUR"));
    QCOMPARE(setting("company.locale"), QStringLiteral("en_US")); // untouched
    const Run cap = onFile({QStringLiteral("settings"), QStringLiteral("company"),
                            QStringLiteral("--attachment-max-mb"), QStringLiteral("10"),
                            QStringLiteral("--user"), QStringLiteral("tester")});
    QVERIFY2(cap.exitCode == 0, qPrintable(cap.describe()));
    QCOMPARE(setting("attachments.max_bytes"), QStringLiteral("10485760"));
    const Run huge = onFile({QStringLiteral("settings"), QStringLiteral("company"),
                             QStringLiteral("--attachment-max-mb"), QStringLiteral("5000"),
                             QStringLiteral("--user"), QStringLiteral("tester")});
    QCOMPARE(huge.exitCode, 1);
    QVERIFY2(huge.errText().contains(QLatin1String("5000 MiB")), qPrintable(huge.describe()));

    // A bad value is refused and nothing changes.
    const Run bad = onFile({QStringLiteral("settings"), QStringLiteral("company"),
                            QStringLiteral("--name"), QStringLiteral("Other"),
                            QStringLiteral("--currency"), QStringLiteral("EURO"),
                            QStringLiteral("--user"), QStringLiteral("tester")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.errText().contains(QLatin1String("EURO")));
    QCOMPARE(setting("company.name"), QStringLiteral("Nordwind GmbH"));

    // Someone who is not a user of the file cannot change it.
    const Run stranger = onFile({QStringLiteral("settings"), QStringLiteral("company"),
                                 QStringLiteral("--name"), QStringLiteral("Hijacked"),
                                 QStringLiteral("--user"), QStringLiteral("mallory")});
    QVERIFY(stranger.exitCode != 0);
    QVERIFY(stranger.errText().contains(QLatin1String("mallory")));
    QCOMPARE(setting("company.name"), QStringLiteral("Nordwind GmbH"));
}

void TestCli::helpAndNoCommand()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(QString::fromUtf8(help.out).contains(QLatin1String("Usage")));
    const Run none = cli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(!none.err.isEmpty());
}

// Each command takes its own options: one it does not take is a usage error that names it, and
// the company file is not touched (the command is refused before the file is opened).
void TestCli::optionACommandDoesNotTakeIsRefused()
{
    if (!demoFileReady())
        return;
    const QString invoice = readValue(file(),
                                      QStringLiteral("SELECT min(number) FROM invoices "
                                                     "WHERE client_id = 1"))
                                    .toString();
    QVERIFY(!invoice.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
    QVERIFY(writeFile(csv, QByteArray("code,name\nNEW1,New Client\n")));
    struct Row
    {
        QStringList command; ///< a command line that would run (and mostly write) without `extra`
        QStringList extra = {QStringLiteral("--role"), QStringLiteral("admin")};
    };
    auto words = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *w : list)
            out << QString::fromUtf8(w);
        return out;
    };
    const QString client = QStringLiteral("C000001");
    const QList<Row> rows = {
            {words({"demo", "--clients", "5"})},
            {words({"clients"})},
            {words({"invoices", "--client"}) << client},
            {words({"aging"})},
            {words({"invoice", "add", "--number", "NEW-1", "--amount", "10", "--client"})
             << client},
            {words({"invoice", "write-off", "--reason", "r"}) << invoice},
            {words({"invoice", "credit-note", "--amount", "1", "--reason", "r"}) << invoice},
            {words({"invoice", "edit", "--po", "PO-9"}) << invoice},
            {words({"payment", "add", "--amount", "1", "--client"}) << client},
            {words({"payment", "list", "--client"}) << client},
            {words({"payment", "void", "1", "--reason", "r"})},
            {words({"credit-hold"})},
            {words({"hold", "--reason", "r", "--client"}) << client},
            {words({"release", "--client"}) << client},
            {words({"import", "clients"}) << csv},
            {words({"user", "add", "bob"}), words({"--policy", "none"})},
            {words({"user", "list"})},
            {words({"settings", "company", "--name", "Other"})},
            {words({"settings", "smtp", "--host", "mail.example.com"})},
            {words({"note", "add", "--channel", "internal", "--text", "x", "--client"}) << client},
            {words({"note", "list", "--client"}) << client},
            {words({"note", "show", "1"})},
            {words({"note", "amend", "1", "--text", "x"})},
            {words({"note", "delete", "1", "--reason", "r"})},
            {words({"verify"})},
            {words({"search", "pallet"})},
            {words({"policy", "list"})},
            {words({"policy", "assign", "--policy", "none", "--client"}) << client},
            {words({"promises"})},
            {words({"promises", "rates"})},
            {words({"remind"})},
            {words({"why", "--client"}) << client},
            {words({"queue"})},
            {words({"task", "list"})},
            {words({"task", "add", "--text", "t", "--client"}) << client},
            {words({"task", "done", "1"})},
            {words({"task", "snooze", "1", "--until", "2030-01-01"})},
            {words({"task", "reassign", "1", "--to", "tester"})},
            {words({"task", "reassign-all", "--from", "tester", "--to", "tester"})},
            {words({"pause", "--until", "2030-01-01", "--reason", "r", "--client"}) << client},
            {words({"unpause", "--client"}) << client},
            {words({"dispute", "list"})},
            {words({"dispute", "resolve", "1", "--reason", "r"})},
            {words({"dispute", "reject", "1", "--reason", "r"})},
            {words({"email", "--template", "friendly-reminder", "--client"}) << client},
            {words({"email", "--all", "--template", "friendly-reminder"}),
             words({"--client", "C000001"})},
            {words({"outbox", "list"})},
            {words({"outbox", "show", "1"})},
            {words({"outbox", "send"})},
            {words({"outbox", "retry", "1"})},
            {words({"outbox", "cancel", "1"})},
            // The options of a neighbouring command are not taken either.
            {words({"clients"}), words({"--client", "C000001"})},
            {words({"note", "list", "--client"}) << client, words({"--text", "x"})},
            {words({"invoice", "edit", "--po", "PO-9"}) << invoice,
             words({"--as-of", "2030-01-01"})},
            {words({"verify"}), words({"--dry-run"})},
    };
    const QString wal = file() + QStringLiteral("-wal");
    for (const Row &row : rows) {
        const QString line = (row.command + row.extra).join(u' ');
        const QByteArray before = fileSha256(file()) + fileSha256(wal);
        const Run r = onFile(QStringList {QStringLiteral("--user"), QStringLiteral("tester")}
                             + row.command + row.extra);
        QVERIFY2(r.exitCode == 2 && !r.crashed, qPrintable(line + u'\n' + r.describe()));
        QVERIFY2(r.errLines().size() == 1, qPrintable(line + u'\n' + r.describe()));
        QVERIFY2(r.errText().contains(QLatin1String("does not take ") + row.extra.first()),
                 qPrintable(line + u'\n' + r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(line + u'\n' + r.describe()));
        QVERIFY2(fileSha256(file()) + fileSha256(wal) == before, qPrintable(line));
    }

    // The example of issue 11: before, these options were silently ignored.
    const Run r = onFile({QStringLiteral("clients"), QStringLiteral("--role"),
                          QStringLiteral("admin"), QStringLiteral("--password-stdin")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("'clients' does not take --role")),
             qPrintable(r.describe()));

    // init refuses too, and leaves no file behind.
    const Run init
            = onFile({QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("init"),
                      QStringLiteral("--client"), QStringLiteral("C000001")},
                     QStringLiteral("fresh.ardesk"));
    QVERIFY2(init.exitCode == 2 && init.errText().contains(QLatin1String("--client")),
             qPrintable(init.describe()));
    QVERIFY(!QFile::exists(file(QStringLiteral("fresh.ardesk"))));
}

void TestCli::missingValueNamesTheOption()
{
    if (!demoFileReady())
        return;
    for (const char *option : {"--filter", "--as-of", "--limit"}) {
        const Run r = onFile({QStringLiteral("clients"), QString::fromLatin1(option)});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(
                r.errText().contains(QString::fromLatin1(option) + QLatin1String(" needs a value")),
                qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
}

// Issue 12: an invoice carries its document (the PDF of the accounting system), attached by hand
// or imported from a folder matched by invoice number; the import names every file it did not
// attach and why.
void TestCli::invoiceDocumentsAttachedAndImportedByNumber()
{
    const Run i = initFile();
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,client_name,currency,payment_terms_days\nK1,Kite Co,USD,30\n"));
    const QStringList user {QStringLiteral("--user"), QStringLiteral("tester")};
    QCOMPARE(onFile(user + QStringList {QStringLiteral("import"), QStringLiteral("clients"), csv})
                     .exitCode,
             0);
    for (const char *number : {"K-1", "K-10", "K-2", "K-3"}) {
        const Run add
                = onFile(user
                         + QStringList {QStringLiteral("invoice"), QStringLiteral("add"),
                                        QStringLiteral("--client"), QStringLiteral("K1"),
                                        QStringLiteral("--number"), QString::fromLatin1(number),
                                        QStringLiteral("--amount"), QStringLiteral("100.00")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    }
    const QByteArray pdf("%PDF-1.4\n% K-3 by hand\n");
    const QString byHand = m_dir.filePath(QStringLiteral("scan.pdf"));
    QVERIFY(writeFile(byHand, pdf));
    Run r = onFile(user
                   + QStringList {QStringLiteral("invoice"), QStringLiteral("attach"),
                                  QStringLiteral("--number"), QStringLiteral("K-3"), byHand});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("Invoice K-3: document scan.pdf"), qPrintable(r.describe()));
    r = onFile(user
               + QStringList {QStringLiteral("invoice"), QStringLiteral("attach"),
                              QStringLiteral("--number"), QStringLiteral("K-99"), byHand});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QLatin1String("K-99")), qPrintable(r.describe()));

    const QString folder = m_dir.filePath(QStringLiteral("pdfs"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + QStringLiteral("/Invoice K-1.pdf"), "%PDF-1.4\n% K-1\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/k-10_copy.pdf"), "%PDF-1.4\n% K-10\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/statement.pdf"), "%PDF-1.4\n% none\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/K-1 and K-2.pdf"), "%PDF-1.4\n% both\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/K-3.pdf"), pdf)); // the same as attached
    r = onFile(user
               + QStringList {QStringLiteral("invoice"), QStringLiteral("documents"),
                              QStringLiteral("import"), folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char *line : {"Matched 2, already attached 1, unmatched 1, ambiguous 1",
                             "matched: Invoice K-1.pdf -> K-1", "matched: k-10_copy.pdf -> K-10",
                             "already attached: K-3.pdf -> K-3", "unmatched: statement.pdf",
                             "ambiguous: K-1 and K-2.pdf"}) {
        QVERIFY2(r.out.contains(line),
                 qPrintable(QString::fromLatin1(line) + u'\n' + r.describe()));
    }
    QCOMPARE(readValue(file(), QStringLiteral("SELECT count(*) FROM invoice_documents")).toInt(),
             3);
    QCOMPARE(readValue(file(),
                       QStringLiteral("SELECT d.display_name FROM invoice_documents d "
                                      "JOIN invoices i ON i.id = d.invoice_id WHERE "
                                      "i.number = 'K-10'"))
                     .toString(),
             QStringLiteral("k-10_copy.pdf"));
    // The record check reads the documents' content too.
    r = onFile(user + QStringList {QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCli::humanMessagesSpeakTheDesksLanguage()
{
    // The language the desk starts in (ARDESK_LANGUAGE here, else File > Preferences, else the
    // system's): German names the missing file in German, English in English.
    const QString missing = m_dir.filePath(QStringLiteral("missing.ardesk"));
    auto run = [&](const QByteArray &language, const QByteArray &systemLocale) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARDESK_LANGUAGE"), QString::fromLatin1(language));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(systemLocale));
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(systemLocale));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARDESK_CLI_PATH),
                {QStringLiteral("--db"), missing, QStringLiteral("clients")});
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return QString();
        return QString::fromUtf8(p.readAllStandardError());
    };
    const QString german = run("de", "C.UTF-8");
    QVERIFY2(german.contains(QStringLiteral("existiert nicht")), qPrintable(german));
    const QString english = run("en", "de_DE.UTF-8");
    QVERIFY2(english.contains(QStringLiteral("does not exist")), qPrintable(english));
    // "system" follows the system locale: a German desktop (LANG=de_DE.UTF-8) reads German.
    const QString system = run("system", "C.UTF-8");
    QVERIFY2(system.contains(QStringLiteral("does not exist")), qPrintable(system));
    const QString desktop = run("system", "de_DE.UTF-8");
    QVERIFY2(desktop.contains(QStringLiteral("existiert nicht")), qPrintable(desktop));
    QVERIFY(!QFile::exists(missing));
}

// #13: `remind` for everyone is a manager's; a clerk's run (dry or not) plans the clients
// assigned to them and says so, a manager's plans every client.
void TestCli::aClerksRemindCoversTheirOwnClients()
{
    QVERIFY(demoFileReady());
    const auto plan = [this](const QString &user) {
        const Run r = onFile({QStringLiteral("--user"), user, QStringLiteral("remind"),
                              QStringLiteral("--dry-run"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object();
    };
    const QJsonObject dana = plan(QStringLiteral("dana.ortiz"));
    const QJsonObject amelia = plan(QStringLiteral("amelia.clark"));
    QCOMPARE(dana.value(QStringLiteral("scope")).toString(), QStringLiteral("assigned"));
    QCOMPARE(amelia.value(QStringLiteral("scope")).toString(), QStringLiteral("everyone"));
    const QJsonArray danas = dana.value(QStringLiteral("clients")).toArray();
    const QJsonArray everyones = amelia.value(QStringLiteral("clients")).toArray();
    QVERIFY(!danas.isEmpty());
    QVERIFY2(danas.size() < everyones.size(),
             qPrintable(QStringLiteral("%1 of %2").arg(danas.size()).arg(everyones.size())));
    int others = 0; // clients in the manager's plan assigned to someone else
    for (const QJsonValue &c : everyones) {
        const QString code = c.toObject().value(QStringLiteral("client")).toString();
        const QString owner
                = readValue(file(),
                            QStringLiteral("SELECT coalesce(u.name, '') FROM clients c LEFT JOIN "
                                           "users u ON u.id = c.assigned_user_id WHERE c.code = ?"),
                            {code})
                          .toString();
        const bool inDanas = std::any_of(danas.begin(), danas.end(), [&](const QJsonValue &d) {
            return d.toObject().value(QStringLiteral("client")).toString() == code;
        });
        QCOMPARE(inDanas, owner == QLatin1String("dana.ortiz"));
        others += owner != QLatin1String("dana.ortiz");
    }
    QVERIFY(others > 0);
    const Run text = onFile({QStringLiteral("--user"), QStringLiteral("dana.ortiz"),
                             QStringLiteral("remind"), QStringLiteral("--dry-run")});
    QVERIFY2(
            QString::fromUtf8(text.out).contains(QLatin1String("Only the clients assigned to you")),
            qPrintable(text.describe()));
}

void TestCli::summariesConfirmationsAndErrorsSpeakGerman()
{
    // A German desk (ARDESK_LANGUAGE=de, as File > Preferences > Language would say) reads what
    // the commands report, confirm and refuse in German; the --json output stays the same.
    const QByteArray before = qgetenv("ARDESK_LANGUAGE");
    qputenv("ARDESK_LANGUAGE", "de");
    auto restore = qScopeGuard([&] { qputenv("ARDESK_LANGUAGE", before); });
    const QStringList user {QStringLiteral("--user"), QStringLiteral("tester")};

    Run r = initFile();
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("angelegt (Schemaversion"), qPrintable(r.describe()));
    r = onFile({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5"),
                QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith("Demodaten in ") && r.out.contains(" 5 Kunden, "),
             qPrintable(r.describe()));
    r = onFile({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("1"),
                QStringLiteral("--json")},
               QStringLiteral("json.ardesk"));
    QVERIFY2(r.exitCode == 0 && r.out.contains("\"clients\":1"), qPrintable(r.describe()));

    const QString code
            = clientsArray({}).first().toObject().value(QStringLiteral("code")).toString();
    r = onFile(user
               + QStringList {QStringLiteral("note"), QStringLiteral("add"),
                              QStringLiteral("--client"), code, QStringLiteral("--channel"),
                              QStringLiteral("internal"), QStringLiteral("--text"),
                              QStringLiteral("Rückruf vereinbart"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const qint64 noteId
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toInteger();
    QVERIFY2(noteId > 0, qPrintable(r.describe()));
    r = onFile(user
               + QStringList {QStringLiteral("note"), QStringLiteral("delete"),
                              QString::number(noteId), QStringLiteral("--reason"),
                              QStringLiteral("doppelt")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("Notiz %1 gelöscht (ein Löschvermerk kam hinzu; ihr Verlauf bleibt "
                            "lesbar)")
                     .arg(noteId));

    r = onFile({QStringLiteral("search"), QStringLiteral("zzqqxx")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Keine Notizen gefunden."),
             qPrintable(r.describe()));
    r = onFile({QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Kettenkopf: ")
                     && QString::fromUtf8(r.out).contains(QStringLiteral("OK: Integrität")),
             qPrintable(r.describe()));

    // Refusals: the usage errors and the one-line errors.
    r = onFile({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("unbekannter Befehl 'frobnicate'"))
                     && r.errText().contains(QStringLiteral("Siehe 'ardesk-cli --help'.")),
             qPrintable(r.describe()));
    r = onFile({QStringLiteral("clients"), QStringLiteral("--sort"), QStringLiteral("shoe")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("unbekannte Spalte „shoe“")),
             qPrintable(r.describe()));
    r = onFile(user + QStringList {QStringLiteral("task"), QStringLiteral("done")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("'task done' braucht die Nummer einer Aufgabe")),
             qPrintable(r.describe()));
}

void TestCli::helpErrorPrefixAndAgingHeadersSpeakGerman()
{
    // Issue 16: --help, a command's --help, the "error:" of a failure and the aging table's
    // headings follow the desk's language; what a user types (commands, options) stays as is.
    const QByteArray before = qgetenv("ARDESK_LANGUAGE");
    auto restore = qScopeGuard([&] { qputenv("ARDESK_LANGUAGE", before); });
    qputenv("ARDESK_LANGUAGE", "en");
    const Run english = cli({QStringLiteral("--help")});
    QCOMPARE(english.exitCode, 0);
    qputenv("ARDESK_LANGUAGE", "de");
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.startsWith(QStringLiteral("Aufruf: ardesk-cli --db FILE")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\nBefehle:\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("  aging [--as-of YYYY-MM-DD] [--client CODE]\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("offene Forderungen nach Alter, je Währung")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Exit-Status: 0 Erfolg")), qPrintable(text));
    for (const char *word : {"Usage:", "Commands:", "open receivables", "Exit status"})
        QVERIFY2(!text.contains(QLatin1String(word)), word);
    // The same entries in both languages: every command line of the English help is there.
    const QStringList englishLines = QString::fromUtf8(english.out).split(u'\n');
    for (const QString &line : englishLines) {
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")))
            QVERIFY2(text.contains(line.left(line.indexOf(QStringLiteral("  "), 2))),
                     qPrintable(line));
    }

    // One command's help: its entries only.
    const Run aging = cli({QStringLiteral("aging"), QStringLiteral("--help")});
    QCOMPARE(aging.exitCode, 0);
    const QString agingText = QString::fromUtf8(aging.out);
    QVERIFY2(agingText.contains(QStringLiteral("offene Forderungen nach Alter"))
                     && !agingText.contains(QStringLiteral("  init ")),
             qPrintable(agingText));

    // A failure: one line, "Fehler:" after the program's name.
    const Run missing = cli({QStringLiteral("--db"), file(QStringLiteral("missing.ardesk")),
                             QStringLiteral("aging")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.errText().startsWith(QStringLiteral("ardesk-cli: Fehler: ")),
             qPrintable(missing.describe()));
    QCOMPARE(missing.errLines().size(), 1);

    // The aging table's headings; the bucket ranges are numbers.
    qputenv("ARDESK_LANGUAGE", "en");
    QVERIFY(demoFileReady());
    qputenv("ARDESK_LANGUAGE", "de");
    const Run table = onFile({QStringLiteral("aging")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n');
    QVERIFY2(lines.size() > 2, qPrintable(table.describe()));
    const QStringList headings = lines.at(1).split(
            QRegularExpression(QStringLiteral("\\s{2,}|^\\s+|\\s+$")), Qt::SkipEmptyParts);
    QCOMPARE(headings,
             QStringList({QStringLiteral("WÄHR"), QStringLiteral("OFFEN"),
                          QStringLiteral("NICHT FÄLLIG"), QStringLiteral("1-30"),
                          QStringLiteral("31-60"), QStringLiteral("61-90"), QStringLiteral("90+"),
                          QStringLiteral("SUMME")}));
}

void TestCli::manPageStaysEnglishOnAGermanDesk()
{
    // The man page is written from --help at build time: English, whatever language the desk
    // building the package chose.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARDESK_LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    p.setProcessEnvironment(env);
    const QString page = m_dir.filePath(QStringLiteral("ardesk-cli.1"));
    p.start(QStringLiteral("sh"),
            {QStringLiteral(ARDESK_SOURCE_DIR "/packaging/cli-man.sh"),
             QStringLiteral(ARDESK_CLI_PATH),
             QStringLiteral(ARDESK_SOURCE_DIR "/packaging/ardesk-cli.1.in"), page});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile f(page);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString roff = QString::fromUtf8(f.readAll());
    QVERIFY2(roff.contains(QStringLiteral("open receivables by age, per currency")),
             qPrintable(roff.left(3000)));
    QVERIFY2(!roff.contains(QStringLiteral("Forderungen"))
                     && !roff.contains(QStringLiteral("Aufruf")),
             qPrintable(roff.left(3000)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
