// SPDX-License-Identifier: MIT
// The window and the models reach the company file only through the core (issue 11): no Qt SQL
// type and no SQL text in src/widgets or src/models. Team mode needs every statement inside
// src/core/storage.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Lines that still hold a connection while another change replaces them: MainWindow::newFile
/// becomes the core's company-file use case (issue 11, item 1).
const QStringList kPending = {};

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
    auto it = literal.globalMatch(line);
    while (it.hasNext()) {
        const QString text = it.next().captured(1);
        if (auto m = sql.match(text); m.hasMatch())
            return QStringLiteral("SQL text \"%1\"").arg(text);
    }
    return QString();
}

} // namespace

class TestOneDoor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanFindsConnectionsAndSql();
    void windowAndModelsHoldNoConnectionOrSql_data();
    void windowAndModelsHoldNoConnectionOrSql();
};

void TestOneDoor::scanFindsConnectionsAndSql()
{
    QVERIFY(!offence(QStringLiteral("    [](QSqlDatabase conn) {")).isEmpty());
    QVERIFY(!offence(QStringLiteral("    const QSqlQuery &q = r.value();")).isEmpty());
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
    const QString root = QStringLiteral(ARDESK_SOURCE_DIR "/") + folder;
    QStringList found;
    int files = 0;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
        ++files;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (const QString what = offence(line.trimmed()); !what.isEmpty())
                found << QStringLiteral("%1:%2: %3")
                                 .arg(path.mid(root.size() + 1))
                                 .arg(number)
                                 .arg(what);
        }
    }
    QVERIFY2(files > 0, qPrintable(root));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestOneDoor)
#include "tst_onedoor.moc"
