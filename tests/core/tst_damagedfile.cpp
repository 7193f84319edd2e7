// SPDX-License-Identifier: MIT
// Empty, missing and damaged company files in the core: Database::open (the window's File > Open,
// every CLI command but init) refuses a missing or empty file and leaves it as it was; the header
// check names each damaged field; a damaged file opens read-only and every write is refused with
// nothing written; damage met by a statement later in the session stops every later write.
#include "core/services/clientservice.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/sqliteheader.h"
#include "core/storage/transaction.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QtEndian>

using namespace ardesk;
using namespace ardesk::test;

class TestDamagedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyFileIsRefusedAndStaysEmpty();
    void missingFileIsRefusedAndNotCreated();
    void headerOfAnArdeskFilePasses();
    void headerCheckNamesTheDamagedField_data();
    void headerCheckNamesTheDamagedField();
    void damagedFileOpensReadOnlyAndRefusesWrites();
    void corruptionMetLaterStopsEveryWrite();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// A copy of the company made in initTestCase, with `flip` applied at `at`.
    QString copyWithFlip(const QString &name, qint64 at, quint8 flip) const
    {
        QByteArray bytes = m_company;
        if (at >= 0)
            bytes[at] = char(quint8(bytes.at(at)) ^ flip);
        const QString file = path(name);
        return writeFile(file, bytes) ? file : QString();
    }
    static Result<void> writeSomething(Database &db)
    {
        return inTransaction(db, [&]() {
            return writeSetting(db.connection(), QStringLiteral("company.name"),
                                QStringLiteral("Written Anyway Ltd"));
        });
    }

    ScratchDir m_dir;
    QByteArray m_company; ///< a company file with one client, closed
};

void TestDamagedFile::initTestCase()
{
    QVERIFY(m_dir.renew());
    const QString file = path(QStringLiteral("company.ardesk"));
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        VERIFY_OK(db);
        Client acme = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
        VERIFY_OK(ClientService(db.value(), 0).createClient(acme));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_company = f.readAll();
    QVERIFY(SqliteHeader::problem(m_company.left(100), m_company.size(), false).isEmpty());
}

void TestDamagedFile::init()
{
    QVERIFY(m_dir.renew());
}

void TestDamagedFile::emptyFileIsRefusedAndStaysEmpty()
{
    const QString file = path(QStringLiteral("z.ardesk"));
    QVERIFY(writeFile(file, QByteArray()));
    auto opened = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::NotACompanyFile);
    QCOMPARE(opened.errorString(),
             QFileInfo(file).absoluteFilePath()
                     + QStringLiteral(" is empty (0 bytes): not an ARDesk company file; nothing "
                                      "was changed"));
    QCOMPARE(QFileInfo(file).size(), 0);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("z.ardesk")});
}

void TestDamagedFile::missingFileIsRefusedAndNotCreated()
{
    const QString file = path(QStringLiteral("gone.ardesk"));
    auto opened = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::NotFound);
    QVERIFY2(opened.errorString().contains(QStringLiteral("gone.ardesk does not exist")),
             qPrintable(opened.errorString()));
    QVERIFY(!QFile::exists(file));
}

void TestDamagedFile::headerOfAnArdeskFilePasses()
{
    const QByteArray h = m_company.left(100);
    QCOMPARE(SqliteHeader::problem(h, m_company.size(), false), QString());
    // A log beside the file may hold pages the header does not count yet.
    QCOMPARE(SqliteHeader::problem(h, m_company.size() + 4096, true), QString());
    QVERIFY(!SqliteHeader::problem(h, m_company.size() + 4096, false).isEmpty());
    QVERIFY(!SqliteHeader::problem(h.left(60), 60, false).isEmpty());
}

void TestDamagedFile::headerCheckNamesTheDamagedField_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("flip");
    QTest::addColumn<QString>("named");
    QTest::newRow("magic") << 3 << 0x20 << "SQLite format 3";
    QTest::newRow("page size") << 17 << 0x01 << "page size";
    QTest::newRow("write version") << 18 << 0x04 << "file format version at byte 18";
    QTest::newRow("read version") << 19 << 0x08 << "file format version at byte 19";
    QTest::newRow("reserved bytes") << 20 << 0x01 << "reserved bytes per page";
    QTest::newRow("max payload") << 21 << 0x02 << "payload fractions";
    QTest::newRow("leaf payload") << 23 << 0x10 << "payload fractions";
    QTest::newRow("page count") << 31 << 0x01 << "the header counts";
    QTest::newRow("free list trunk") << 35 << 0x40 << "free-page list";
    QTest::newRow("free list count") << 39 << 0x40 << "free-page list";
    QTest::newRow("schema format") << 47 << 0x08 << "schema format";
    QTest::newRow("auto-vacuum") << 55 << 0x01 << "auto-vacuum";
    QTest::newRow("text encoding") << 59 << 0x02 << "text encoding";
    QTest::newRow("incremental vacuum") << 67 << 0x01 << "auto-vacuum";
    QTest::newRow("reserved area") << 80 << 0x01 << "reserved header byte 80";
    QTest::newRow("sqlite version") << 96 << 0x80 << "SQLite version number";
}

void TestDamagedFile::headerCheckNamesTheDamagedField()
{
    QFETCH(int, offset);
    QFETCH(int, flip);
    QFETCH(QString, named);
    QByteArray h = m_company.left(100);
    const bool freeListEmpty = qFromBigEndian<quint32>(h.constData() + 36) == 0;
    if (offset == 39 && !freeListEmpty)
        QSKIP("the file has free pages: a changed count is not a header contradiction");
    h[offset] = char(quint8(h.at(offset)) ^ quint8(flip));
    const QString problem = SqliteHeader::problem(h, m_company.size(), false);
    QVERIFY2(problem.contains(named), qPrintable(problem));
}

void TestDamagedFile::damagedFileOpensReadOnlyAndRefusesWrites()
{
    // Byte 67: the incremental-vacuum flag, which SQLite itself does not look at on open.
    const QString file = copyWithFlip(QStringLiteral("flipped.ardesk"), 67, 0x01);
    const QByteArray before = fileSha256(file);
    {
        auto opened = Database::open(file);
        VERIFY_OK(opened);
        Database &db = *opened.value();
        QVERIFY(db.isDamaged());
        QVERIFY2(db.damage().contains(QStringLiteral("auto-vacuum")), qPrintable(db.damage()));
        // Reads that still work are allowed.
        auto settings = CompanySettings::load(db);
        VERIFY_OK(settings);
        // Every write is refused with the message that says how to recover.
        auto written = writeSomething(db);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Corrupt);
        QCOMPARE(written.errorString(), Database::damagedMessage());
        QVERIFY(written.errorString().contains(QStringLiteral("restore it from a backup")));
        Client beta = makeClient(QStringLiteral("BETA"), QStringLiteral("Beta Ltd"));
        QVERIFY(!ClientService(opened.value(), 0).createClient(beta).ok());
    }
    QCOMPARE(fileSha256(file), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
             QStringList {QStringLiteral("flipped.ardesk")});
}

void TestDamagedFile::corruptionMetLaterStopsEveryWrite()
{
    // Damage SQLite's header check does not see: the clients table's root page. Opened without
    // the quick check (as a large file is), the damage is met by the first statement that
    // reads the table.
    const QString file = copyWithFlip(QStringLiteral("later.ardesk"), -1, 0);
    const int root = readValue(file,
                               QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                              "'clients'"))
                             .toInt();
    const int pageSize = readValue(file, QStringLiteral("PRAGMA page_size")).toInt();
    QVERIFY(root > 1 && pageSize >= 512);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(root - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(1, '\x01')), qint64(1)); // no such b-tree page type
    }
    const QByteArray before = fileSha256(file);
    {
        Database::Options options;
        options.quickCheckLimitBytes = 0;
        auto opened = Database::open(file, options);
        VERIFY_OK(opened);
        QVERIFY(!opened.value()->isDamaged());
        Client beta = makeClient(QStringLiteral("BETA"), QStringLiteral("Beta Ltd"));
        auto created = ClientService(opened.value(), 0).createClient(beta);
        QVERIFY(!created.ok());
        QVERIFY2(opened.value()->isDamaged(), qPrintable(created.errorString()));
        // A write that does not touch the damaged page is refused too, for the rest of the
        // session.
        auto written = writeSomething(*opened.value());
        QVERIFY(!written.ok());
        QCOMPARE(written.errorString(), Database::damagedMessage());
    }
    QCOMPARE(fileSha256(file), before);
}

QTEST_GUILESS_MAIN(TestDamagedFile)
#include "tst_damagedfile.moc"
