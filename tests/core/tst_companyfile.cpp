// SPDX-License-Identifier: MIT
// Creating a company file and bringing its AR summary to a date: the use cases the window and
// ardesk-cli share (core/services/companyfile.h).
#include "core/services/companyfile.h"
#include "core/services/templatepreview.h"
#include "core/services/templateservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
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
    void aGermanCompanyStartsWithTheGermanTemplates();
    void aGermanReminderShowsDatesAndAmountsInTheCompanyLocale();
    void addingTheOtherLanguagesSetChangesNoTemplate();

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

void TestCompanyFile::aGermanCompanyStartsWithTheGermanTemplates()
{
    auto german
            = CompanyFile::create(path(),
                                  makeSettings(QStringLiteral("Muster GmbH"), QString(),
                                               QStringLiteral("EUR"), QStringLiteral("de_DE"), 1),
                                  QStringLiteral("dana"), atDay(), QStringLiteral("de"));
    QVERIFY2(german, qPrintable(german.errorString()));
    TemplateRepository repo(german.value()->connection());
    // The same keys (the reminder policies send them), the German text.
    auto reminder = repo.find(QStringLiteral("friendly-reminder"));
    QVERIFY2(reminder, qPrintable(reminder.errorString()));
    QCOMPARE(reminder.value().name, QStringLiteral("Freundliche Zahlungserinnerung"));
    QVERIFY(reminder.value().bodyText.startsWith(QStringLiteral("Guten Tag {{contact.name}},")));
    QVERIFY(reminder.value().isDefault);
    auto promise = repo.find(QStringLiteral("promise-to-pay"));
    QVERIFY2(promise, qPrintable(promise.errorString()));
    QCOMPARE(promise.value().name, QStringLiteral("Zahlungszusage"));
    QCOMPARE(promise.value().fields.value(0).label, QStringLiteral("Zugesagter Betrag"));
    // Every shipped template has its German version, with the same variables.
    auto english = TemplateRepository::defaults(QStringLiteral("en"));
    auto shipped = TemplateRepository::defaults(QStringLiteral("de"));
    QVERIFY(english && shipped);
    QCOMPARE(shipped.value().size(), english.value().size());
    QVERIFY(!TemplateRepository::defaults(QStringLiteral("fr")));

    // Given no locale, a German company reads and writes German dates and amounts.
    const QString plainGerman = m_dir.filePath(QStringLiteral("plain-german.ardesk"));
    auto defaults = CompanyFile::create(plainGerman, settings(QStringLiteral("Muster AG")),
                                        QStringLiteral("dana"), atDay(), QStringLiteral("de"));
    QVERIFY2(defaults, qPrintable(defaults.errorString()));
    QCOMPARE(QLocale(CompanySettings::load(defaults.value()->connection()).value().locale)
                     .language(),
             QLocale::German);

    // An English company (the language the tests' interface speaks) keeps the English set.
    const QString other = m_dir.filePath(QStringLiteral("other.ardesk"));
    auto plain = CompanyFile::create(other, settings(QStringLiteral("Acme")),
                                     QStringLiteral("dana"), atDay());
    QVERIFY2(plain, qPrintable(plain.errorString()));
    QCOMPARE(TemplateRepository(plain.value()->connection())
                     .find(QStringLiteral("friendly-reminder"))
                     .value()
                     .name,
             QStringLiteral("Friendly reminder"));
    QCOMPARE(CompanySettings::load(plain.value()->connection()).value().locale,
             QStringLiteral("en_US"));
}

void TestCompanyFile::aGermanReminderShowsDatesAndAmountsInTheCompanyLocale()
{
    auto created
            = CompanyFile::create(path(),
                                  makeSettings(QStringLiteral("Muster GmbH"), QString(),
                                               QStringLiteral("EUR"), QStringLiteral("de_DE"), 1),
                                  QStringLiteral("dana"), atDay(), QStringLiteral("de"));
    QVERIFY2(created, qPrintable(created.errorString()));
    auto db = created.value();
    const QSqlDatabase conn = db->connection();
    auto done = inTransaction(*db, [&]() -> Result<void> {
        Client client = makeClient(QStringLiteral("K1"), QStringLiteral("Beispiel AG"),
                                   QStringLiteral("EUR"));
        if (auto r = ClientRepository(conn).insert(client); !r)
            return r.error();
        Contact contact;
        contact.clientId = client.id;
        contact.name = QStringLiteral("Frau Weber");
        contact.email = QStringLiteral("weber@example.de");
        contact.isBillingContact = true;
        if (auto r = ContactRepository(conn).insert(contact); !r)
            return r.error();
        Invoice invoice = makeInvoice(client.id, QStringLiteral("R-100"), QDate(2026, 6, 1), 123456,
                                      QStringLiteral("EUR"));
        if (auto r = InvoiceRepository(conn).insert(invoice); !r)
            return r.error();
        return {};
    });
    QVERIFY2(done, qPrintable(done.errorString()));
    auto dana = UserRepository(conn).findByName(QStringLiteral("dana"));
    QVERIFY(dana);
    auto tmpl = TemplateRepository(conn).find(QStringLiteral("friendly-reminder"));
    QVERIFY(tmpl);
    auto rendered = TemplatePreview(db, dana.value().id).render(tmpl.value(), QStringLiteral("K1"));
    QVERIFY2(rendered, qPrintable(rendered.errorString()));
    const QString text = rendered.value().text;
    QVERIFY2(text.contains(QStringLiteral("Guten Tag Frau Weber,")), qPrintable(text));
    // German dates and amounts: "1. Juni 2026", "1.234,56", never "June 1, 2026" or "1,234.56".
    QVERIFY2(text.contains(QStringLiteral("fällig am 1. Juni 2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.234,56")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("1,234.56")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("29 Tage überfällig")), qPrintable(text));
}

void TestCompanyFile::addingTheOtherLanguagesSetChangesNoTemplate()
{
    auto created = CompanyFile::create(path(), settings(QStringLiteral("Acme")),
                                       QStringLiteral("dana"), atDay());
    QVERIFY2(created, qPrintable(created.errorString()));
    auto db = created.value();
    const QSqlDatabase conn = db->connection();
    const qint64 dana = UserRepository(conn).findByName(QStringLiteral("dana")).value().id;
    TemplateService service(db, dana);
    // The user's own wording of a shipped template.
    NoteTemplate mine = TemplateRepository(conn).find(QStringLiteral("friendly-reminder")).value();
    mine.bodyText = QStringLiteral("Hi {{contact.name}}, a nudge from us.");
    QVERIFY2(service.save(mine), "saving the edited template");
    const int before = scalar(conn, QStringLiteral("SELECT COUNT(*) FROM templates")).toInt();

    auto added = service.addDefaultsOf(QStringLiteral("de"));
    QVERIFY2(added, qPrintable(added.errorString()));
    const int shipped = int(TemplateRepository::defaults(QStringLiteral("de")).value().size());
    QCOMPARE(added.value().size(), shipped);
    QVERIFY(added.value().contains(QStringLiteral("Freundliche Zahlungserinnerung")));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM templates")).toInt(),
             before + shipped);
    TemplateRepository repo(conn);
    QCOMPARE(repo.find(QStringLiteral("friendly-reminder")).value().bodyText, mine.bodyText);
    QCOMPARE(repo.find(QStringLiteral("friendly-reminder-de")).value().name,
             QStringLiteral("Freundliche Zahlungserinnerung"));
    // Each addition is in the audit trail, and a second request adds nothing.
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'template' "
                                   "AND action = 'create'"))
                     .toInt(),
             shipped);
    auto again = service.addDefaultsOf(QStringLiteral("de"));
    QVERIFY2(again, qPrintable(again.errorString()));
    QVERIFY(again.value().isEmpty());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM templates")).toInt(),
             before + shipped);
}

QTEST_GUILESS_MAIN(TestCompanyFile)
#include "tst_companyfile.moc"
