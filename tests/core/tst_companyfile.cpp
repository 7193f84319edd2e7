// SPDX-License-Identifier: MIT
// Creating a company file and bringing its AR summary to a date: the use cases the window and
// ardesk-cli share (core/services/companyfile.h).
#include "core/services/companyfile.h"
#include "core/storage/arsummary.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QFile>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCompanyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createStoresSettingsAdminAndSummaryDate();
    void createRefusesAnExistingFile();
    void refusedCreateLeavesNoFile();
    void openAdvancesTheSummary();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("acme.ardesk")); }
    /// Opening options whose clock says it is m_day.
    Database::Options atDay() const
    {
        Database::Options options;
        options.clock = FixedClock::atNoon(m_day);
        return options;
    }
    static CompanySettings settings(const QString &name, const QString &currency = QString());

    ScratchDir m_dir;
    const QDate m_day {2026, 6, 30};
};

CompanySettings TestCompanyFile::settings(const QString &name, const QString &currency)
{
    CompanySettings s;
    s.companyName = name;
    if (!currency.isEmpty())
        s.homeCurrency = currency;
    return s;
}

void TestCompanyFile::init()
{
    QVERIFY(m_dir.renew());
}

void TestCompanyFile::createStoresSettingsAdminAndSummaryDate()
{
    auto db = CompanyFile::create(path(),
                                  settings(QStringLiteral("Acme AR"), QStringLiteral("EUR")),
                                  QStringLiteral("dana"), atDay());
    QVERIFY2(db, qPrintable(db.errorString()));
    auto stored = CompanySettings::load(db.value()->connection());
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QCOMPARE(stored.value().companyName, QStringLiteral("Acme AR"));
    QCOMPARE(stored.value().homeCurrency, QStringLiteral("EUR"));
    auto admin = UserRepository(db.value()->connection()).findByName(QStringLiteral("dana"));
    QVERIFY2(admin, qPrintable(admin.errorString()));
    QVERIFY(admin.value().roles.testFlag(UserRole::Admin));
    QCOMPARE(ArSummary(db.value()->connection()).asOf().value(), m_day);
}

void TestCompanyFile::createRefusesAnExistingFile()
{
    QVERIFY(CompanyFile::create(path(), settings(QStringLiteral("Acme")), QStringLiteral("dana"),
                                atDay()));
    const QByteArray before = fileSha256(path());
    auto again = CompanyFile::create(path(), settings(QStringLiteral("Other")),
                                     QStringLiteral("erin"), atDay());
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.errorString().contains(QLatin1String("already exists")),
             qPrintable(again.errorString()));
    QCOMPARE(fileSha256(path()), before);
}

void TestCompanyFile::refusedCreateLeavesNoFile()
{
    auto badCurrency
            = CompanyFile::create(path(), settings(QStringLiteral("Acme"), QStringLiteral("EURO")),
                                  QStringLiteral("dana"), atDay());
    QVERIFY(!badCurrency);
    QVERIFY2(badCurrency.errorString().contains(QLatin1String("EURO")),
             qPrintable(badCurrency.errorString()));
    auto badUser = CompanyFile::create(path(), settings(QStringLiteral("Acme")),
                                       QStringLiteral("bad name"), atDay());
    QVERIFY(!badUser);
    QVERIFY(!QFile::exists(path()));
}

void TestCompanyFile::openAdvancesTheSummary()
{
    {
        auto created = CompanyFile::create(path(), settings(QStringLiteral("Acme")),
                                           QStringLiteral("dana"), atDay());
        QVERIFY2(created, qPrintable(created.errorString()));
    }
    const QDate later = m_day.addDays(45);
    auto opened = CompanyFile::open(path(), later);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QCOMPARE(ArSummary(opened.value()->connection()).asOf().value(), later);
    // Already there: nothing to do, and no error.
    QVERIFY(CompanyFile::advanceSummary(*opened.value(), later));
    QCOMPARE(ArSummary(opened.value()->connection()).asOf().value(), later);
    QVERIFY(!CompanyFile::open(m_dir.filePath(QStringLiteral("missing.ardesk"))));
}

QTEST_GUILESS_MAIN(TestCompanyFile)
#include "tst_companyfile.moc"
