// SPDX-License-Identifier: MIT
// The logging facade writes a rotating file in the given folder and carries Qt's own messages.
#include "core/support/log.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ardesk;

class TestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesFileAndBridgesQtMessages();
    void debugOnlyWhenVerbose();
};

static QByteArray readLog(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestLog::writesFileAndBridgesQtMessages()
{
    QTemporaryDir dir;
    log::Options o;
    o.directory = dir.filePath(QStringLiteral("logs"));
    o.console = false;
    log::init(o);
    const QString path = log::logFilePath();
    QCOMPARE(path, dir.filePath(QStringLiteral("logs/ardesk.log")));
    log::info(QStringLiteral("opened demo.ardesk as dana"));
    log::error(QString::fromUtf8("cannot open Überweisung.ardesk"));
    qWarning("a warning from Qt code");
    log::shutdown();
    const QByteArray text = readLog(path);
    QVERIFY2(text.contains("info") && text.contains("opened demo.ardesk as dana"),
             text.constData());
    QVERIFY(text.contains("error"));
    QVERIFY(text.contains(QString::fromUtf8("Überweisung").toUtf8()));
    QVERIFY2(text.contains("[qt] a warning from Qt code"), text.constData());
}

void TestLog::debugOnlyWhenVerbose()
{
    QTemporaryDir dir;
    log::Options o;
    o.directory = dir.path();
    o.console = false;
    log::init(o);
    log::debug(QStringLiteral("hidden detail"));
    log::shutdown();
    QVERIFY(!readLog(dir.filePath(QStringLiteral("ardesk.log"))).contains("hidden detail"));

    o.verbose = true;
    log::init(o);
    log::debug(QStringLiteral("shown detail"));
    log::shutdown();
    QVERIFY(readLog(dir.filePath(QStringLiteral("ardesk.log"))).contains("shown detail"));
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
