// SPDX-License-Identifier: MIT
// The application/x-ardesk file type (packaging/org.ardesk.ARDesk.mime.xml) as a desktop reads
// it: compiled by shared-mime-info's update-mime-database, looked up through QMimeDatabase (which
// reads the same mime.cache as file managers). A company file is recognised by its name and,
// renamed, by its content; another SQLite file is not claimed.
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void companyFileIsRecognisedByItsName();
    void renamedCompanyFileIsRecognisedByItsContent();
    void otherSqliteFileIsNotClaimed();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("share/mime/packages"))));
    QVERIFY(QFile::copy(QStringLiteral(ARDESK_SOURCE_DIR "/packaging/org.ardesk.ARDesk.mime.xml"),
                        path(QStringLiteral("share/mime/packages/org.ardesk.ARDesk.xml"))));
    // One database of both, as shared-mime-info's trigger makes /usr/share/mime on install.
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        path(QStringLiteral("share/mime/packages/freedesktop.org.xml"))));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {path(QStringLiteral("share/mime"))});
    QVERIFY2(update.waitForFinished(60000), "update-mime-database did not finish");
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             update.readAllStandardError().constData());
    // Before the first QMimeDatabase. Only this database: with two, Qt 6.4 lets the last one's
    // match win whatever the priorities, which no installed system sees.
    qputenv("XDG_DATA_DIRS", path(QStringLiteral("share")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", path(QStringLiteral("home")).toLocal8Bit());

    // A company file as ardesk-cli creates it, once with ARDesk's extension and once renamed.
    QProcess cli;
    cli.start(
            QStringLiteral(ARDESK_CLI_PATH),
            {QStringLiteral("--db"), path(QStringLiteral("books.ardesk")), QStringLiteral("init")});
    QVERIFY2(cli.waitForFinished(60000), "ardesk-cli init did not finish");
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QFile::copy(path(QStringLiteral("books.ardesk")), path(QStringLiteral("books.copy"))));

    // An SQLite file that is not ARDesk's.
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path(QStringLiteral("other.copy")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestMimeType::companyFileIsRecognisedByItsName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(
            QStringLiteral("/nowhere/Acme receivables.ardesk"), QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), QStringLiteral("application/x-ardesk"));
    QCOMPARE(type.comment(), QStringLiteral("ARDesk company file"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path(QStringLiteral("books.ardesk"))).name(),
             QStringLiteral("application/x-ardesk"));
}

void TestMimeType::renamedCompanyFileIsRecognisedByItsContent()
{
    QCOMPARE(QMimeDatabase()
                     .mimeTypeForFile(path(QStringLiteral("books.copy")),
                                      QMimeDatabase::MatchContent)
                     .name(),
             QStringLiteral("application/x-ardesk"));
}

void TestMimeType::otherSqliteFileIsNotClaimed()
{
    QCOMPARE(QMimeDatabase()
                     .mimeTypeForFile(path(QStringLiteral("other.copy")),
                                      QMimeDatabase::MatchContent)
                     .name(),
             QStringLiteral("application/vnd.sqlite3"));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
