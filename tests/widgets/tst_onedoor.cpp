// SPDX-License-Identifier: MIT
// The window and the models reach the company file only through the core (issue 11): no Qt SQL
// type and no SQL text in src/widgets or src/models; the use cases (src/core/services) and the
// CLI talk to storage classes only. Team mode needs every statement inside src/core/storage.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Lines that still hold a connection while another change replaces them: MainWindow::newFile
/// becomes the core's company-file use case (issue 11, item 1).
const QStringList kPending = {};

/// What ctest core.services_onedoor scans: everything outside src/core/storage that is not the
/// window or the models (scanned by widgets.onedoor). SQL text and Qt SQL types live in storage.
const QStringList kUseCasePaths = {
        QStringLiteral("src/cli"),         QStringLiteral("src/core/services"),
        QStringLiteral("src/core/mail"),   QStringLiteral("src/core/import"),
        QStringLiteral("src/core/domain"), QStringLiteral("src/core/support"),
        QStringLiteral("src/app"),
};

/// What the scan refuses in one line of C++: a Qt SQL type, or a string literal that holds a
/// SQL statement. Returns what was found (empty when the line is clean).
QString offence(const QString &line)
{
    static const QRegularExpression qtSql(QStringLiteral("\\bQSql[A-Z]\\w*"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression sql(QStringLiteral(
            "\\b(SELECT\\s|INSERT\\s+(OR\\s+\\w+\\s+)?INTO\\b|UPDATE\\s+\\w+\\s+SET\\b|DELETE\\s+"
            "FROM\\b|"
            "CREATE\\s+(TABLE|INDEX|TRIGGER|VIEW)\\b|DROP\\s+(TABLE|INDEX)\\b|PRAGMA\\s|"
            "BEGIN(\\s+IMMEDIATE)?\\s*;?$|COMMIT\\b|ROLLBACK\\b|SAVEPOINT\\b)"));
    if (kPending.contains(line.trimmed()))
        return QString();
    if (auto m = qtSql.match(line); m.hasMatch())
        return m.captured(0);
    // Nor do they take this thread's connection out of a Database to hand it along.
    static const QRegularExpression handOut(QStringLiteral("(->|\\.)connection\\(\\)"));
    if (auto m = handOut.match(line); m.hasMatch())
        return QStringLiteral("a connection handed out (%1)").arg(line.trimmed());
    auto it = literal.globalMatch(line);
    while (it.hasNext()) {
        const QString text = it.next().captured(1);
        if (auto m = sql.match(text); m.hasMatch())
            return QStringLiteral("SQL text \"%1\"").arg(text);
    }
    return QString();
}

/// Every offence in `path` (a C++ file, or a folder scanned for *.h and *.cpp), as
/// "file:line: what"; `files` counts the files read.
QStringList scan(const QString &path, int &files)
{
    const QString root = QStringLiteral(ARDESK_SOURCE_DIR "/");
    QStringList paths;
    if (QFileInfo(root + path).isDir()) {
        QDirIterator it(root + path, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    } else {
        paths << root + path;
    }
    QStringList found;
    for (const QString &name : std::as_const(paths)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found << QStringLiteral("%1: cannot be read").arg(name.mid(root.size()));
            continue;
        }
        ++files;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (const QString what = offence(line.trimmed()); !what.isEmpty())
                found << QStringLiteral("%1:%2: %3")
                                 .arg(name.mid(root.size()))
                                 .arg(number)
                                 .arg(what);
        }
    }
    return found;
}

} // namespace

class TestOneDoor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanFindsConnectionsAndSql();
    void windowAndModelsHoldNoConnectionOrSql_data();
    void windowAndModelsHoldNoConnectionOrSql();
    void useCasesAndCliHoldNoConnectionOrSql_data();
    void useCasesAndCliHoldNoConnectionOrSql();
};

void TestOneDoor::scanFindsConnectionsAndSql()
{
    QVERIFY(!offence(QStringLiteral("    [](QSqlDatabase conn) {")).isEmpty());
    QVERIFY(!offence(QStringLiteral("    const QSqlQuery &q = r.value();")).isEmpty());
    QVERIFY(!offence(QStringLiteral("    auto r = ClientRepository(db->connection()).find(id);"))
                     .isEmpty());
    QVERIFY(!offence(QStringLiteral("    NotePromises(db.connection()).forClient(id);")).isEmpty());
    QVERIFY(!offence(QStringLiteral("sql::exec(conn, QStringLiteral(\"SELECT id FROM x\"));"))
                     .isEmpty());
    QVERIFY(!offence(QStringLiteral("QStringLiteral(\"UPDATE clients SET name = ?\")")).isEmpty());
    QVERIFY(!offence(QStringLiteral("QStringLiteral(\"INSERT INTO tasks (a) VALUES (?)\")"))
                     .isEmpty());
    // What a window legitimately says and does.
    QVERIFY(offence(QStringLiteral("tr(\"Select a client to see its notes\")")).isEmpty());
    QVERIFY(offence(QStringLiteral("tr(\"Update the client, then save\")")).isEmpty());
    QVERIFY(offence(QStringLiteral("auto rows = TodayQueue(*db).forUser(userId, today);"))
                    .isEmpty());
    QVERIFY(offence(QStringLiteral("/// uses this thread's connection (Database::connection())"))
                    .isEmpty());
}

void TestOneDoor::windowAndModelsHoldNoConnectionOrSql_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("widgets") << QStringLiteral("src/widgets");
    QTest::newRow("models") << QStringLiteral("src/models");
}

void TestOneDoor::windowAndModelsHoldNoConnectionOrSql()
{
    QFETCH(QString, folder);
    int files = 0;
    const QStringList found = scan(folder, files);
    QVERIFY2(files > 0, qPrintable(folder));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestOneDoor::useCasesAndCliHoldNoConnectionOrSql_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : kUseCasePaths)
        QTest::newRow(qPrintable(path)) << path;
}

void TestOneDoor::useCasesAndCliHoldNoConnectionOrSql()
{
    QFETCH(QString, path);
    int files = 0;
    const QStringList found = scan(path, files);
    QVERIFY2(files > 0, qPrintable(path));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestOneDoor)
#include "tst_onedoor.moc"
