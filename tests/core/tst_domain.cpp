// SPDX-License-Identifier: MIT
// Domain validation: a valid record passes, and each bad field is refused with a message that
// starts with the field's name (what the edit dialog shows next to the field). Invoice status
// and days past due follow from the balance, dispute and write-off.
#include "core/domain/callscript.h"
#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/dunning.h"
#include "core/domain/invoice.h"
#include "core/domain/note.h"
#include "core/domain/notefilter.h"
#include "core/domain/payment.h"
#include "core/domain/promise.h"
#include "core/domain/user.h"
#include "core/domain/validation.h"
#include "core/storage/companysettings.h"
#include "core/support/dateformat.h"
#include "core/support/timeutil.h"

#include "support/testsupport.h"

#include <QHash>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// A catalogue with a few entries, each under its context: what a shipped translation shows.
class StubCatalogue : public QTranslator
{
public:
    void add(const char *context, const char *source, const QString &text)
    {
        m_entries.insert(key(context, source), text);
    }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_entries.value(key(context, source));
    }
    bool isEmpty() const override { return m_entries.isEmpty(); }

private:
    static QString key(const char *context, const char *source)
    {
        return QString::fromUtf8(context) + u'|' + QString::fromUtf8(source);
    }
    QHash<QString, QString> m_entries;
};

template<typename T>
struct Case
{
    const char *label;
    std::function<void(T &)> mutate;
    const char *field; ///< the message must start with "<field>:"
};

/// Applies each mutation to a copy of `valid` and checks the error names the field.
template<typename T>
void checkCases(const T &valid, const QList<Case<T>> &cases)
{
    for (const Case<T> &c : cases) {
        T bad = valid;
        c.mutate(bad);
        const auto r = bad.validate();
        QVERIFY2(!r.ok(), c.label);
        QCOMPARE(r.error().code, ErrorCode::InvalidValue);
        const QString prefix = QString::fromUtf8(c.field) + u':';
        QVERIFY2(r.error().message.startsWith(prefix),
                 qPrintable(QStringLiteral("%1: expected \"%2...\", got \"%3\"")
                                    .arg(QString::fromUtf8(c.label), prefix, r.error().message)));
    }
}

Client validClient()
{
    Client c = makeClient(QStringLiteral("C00042"), QStringLiteral("Acme Supply Co."),
                          QStringLiteral("USD"));
    c.paymentTermsDays = 30;
    c.creditLimitMinor = 500000;
    c.country = QStringLiteral("US");
    c.timeZone = QStringLiteral("America/New_York");
    c.tags = {QStringLiteral("key"), QStringLiteral("priority")};
    c.billingAddress = QStringLiteral("1 Main St\nSpringfield");
    return c;
}

Contact validContact()
{
    Contact c;
    c.clientId = 1;
    c.name = QStringLiteral("Jane Doe");
    c.role = QStringLiteral("Accounts Payable");
    c.email = QStringLiteral("jane.doe@example.com");
    c.phones = {Phone {QStringLiteral("office"), QStringLiteral("(212) 555-0100"),
                       QStringLiteral("+12125550100"), QString()}};
    return c;
}

/// Issued 2026-01-01, due 2026-01-31, fully open.
Invoice validInvoice()
{
    return makeInvoice(1, QStringLiteral("INV-1001"), QDate(2026, 1, 31), 100000);
}

Payment validPayment()
{
    Payment p;
    p.clientId = 1;
    p.date = QDate(2026, 2, 10);
    p.amountMinor = 50000;
    p.currency = QStringLiteral("USD");
    p.reference = QStringLiteral("CHK 1234");
    p.allocations = {Allocation {1, 30000}, Allocation {2, 20000}};
    return p;
}

Note validCallNote()
{
    Note n = callNote(1, NoteOutcome::Reached, QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC),
                      QStringLiteral("Spoke with Jane.\nCheck goes out Friday."));
    n.nextContactDate = QDate(2026, 3, 9);
    return n;
}

User validUser()
{
    User u;
    u.name = QStringLiteral("dana.ortiz");
    u.displayName = QStringLiteral("Dana Ortiz");
    u.roles = UserRole::Clerk;
    return u;
}

CompanySettings validSettings()
{
    return makeSettings(QStringLiteral("Northwind Industrial Supply"),
                        QStringLiteral("400 Commerce Dr\nColumbus, OH 43215"),
                        QStringLiteral("USD"), QStringLiteral("en_US"), 7);
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesAreReadAsTheCompanyWritesThem_data();
    void datesAreReadAsTheCompanyWritesThem();
    void clientValid();
    void clientBadFields();
    void contactValid();
    void contactBadFields();
    void emailAddresses_data();
    void emailAddresses();
    void invoiceValid();
    void invoiceBadFields();
    void invoiceStatus();
    void invoiceDaysPastDue();
    void paymentValid();
    void paymentBadFields();
    void noteValid();
    void noteBadFields();
    void noteFilterMatches();
    void callScriptChoiceAndRendering();
    void userValid();
    void userBadFields();
    void companySettingsValid();
    void companySettingsBadFields();
    void statusKeysRoundTrip();
    void storageDatesRoundTrip();
    void messagesAreTranslatedUnderTheirContexts();
};

void TestDomain::clientValid()
{
    const auto r = validClient().validate();
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    Client minimal;
    minimal.code = QStringLiteral("X");
    minimal.name = QStringLiteral("X");
    // No currency is assumed: a client without one is refused, and the field is named.
    const auto noCurrency = minimal.validate();
    QVERIFY(!noCurrency.ok());
    QCOMPARE(noCurrency.errorString(), QStringLiteral("currency: missing"));
    minimal.currency = QStringLiteral("JPY");
    QVERIFY(minimal.validate().ok());
    QCOMPARE(validClient().creditLimit().toPlainString(), QStringLiteral("5000.00"));
}

void TestDomain::clientBadFields()
{
    checkCases<Client>(
            validClient(),
            {
                    {"empty code", [](Client &c) { c.code.clear(); }, "code"},
                    {"control char in code", [](Client &c) { c.code = QStringLiteral("C\x01"); },
                     "code"},
                    {"code too long", [](Client &c) { c.code = QString(33, u'C'); }, "code"},
                    {"empty name", [](Client &c) { c.name.clear(); }, "name"},
                    {"blank name", [](Client &c) { c.name = QStringLiteral("   "); }, "name"},
                    {"control char in name",
                     [](Client &c) { c.name = QStringLiteral("Acme\x01 Supply"); }, "name"},
                    {"newline in name", [](Client &c) { c.name = QStringLiteral("Acme\nSupply"); },
                     "name"},
                    // A terminal or a CSV reader breaks the line at these too (issue 15 item 4).
                    {"line separator in name",
                     [](Client &c) { c.name = QStringLiteral("Acme") + QChar(0x2028) + u"Supply"; },
                     "name"},
                    {"paragraph separator in name",
                     [](Client &c) { c.name = QStringLiteral("Acme") + QChar(0x2029) + u"Supply"; },
                     "name"},
                    {"next line (C1) in name",
                     [](Client &c) { c.name = QStringLiteral("Acme") + QChar(0x85) + u"Supply"; },
                     "name"},
                    {"name too long", [](Client &c) { c.name = QString(201, u'a'); }, "name"},
                    {"unknown currency", [](Client &c) { c.currency = QStringLiteral("XYZ"); },
                     "currency"},
                    {"lower-case currency", [](Client &c) { c.currency = QStringLiteral("usd"); },
                     "currency"},
                    {"empty currency", [](Client &c) { c.currency.clear(); }, "currency"},
                    {"negative terms", [](Client &c) { c.paymentTermsDays = -1; }, "payment terms"},
                    {"terms over a year", [](Client &c) { c.paymentTermsDays = 366; },
                     "payment terms"},
                    {"negative credit limit", [](Client &c) { c.creditLimitMinor = -1; },
                     "credit limit"},
                    {"three-letter country", [](Client &c) { c.country = QStringLiteral("USA"); },
                     "country"},
                    {"lower-case country", [](Client &c) { c.country = QStringLiteral("us"); },
                     "country"},
                    {"unknown time zone",
                     [](Client &c) { c.timeZone = QStringLiteral("Mars/Olympus_Mons"); },
                     "time zone"},
                    {"control char in tag",
                     [](Client &c) { c.tags.append(QStringLiteral("bad\ttag")); }, "tag"},
            });

    // The message quotes the bad value, not just the field.
    Client c = validClient();
    c.currency = QStringLiteral("XYZ");
    QVERIFY(c.validate().errorString().contains(QLatin1String("XYZ")));
}

void TestDomain::contactValid()
{
    const auto r = validContact().validate();
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    Contact noEmail = validContact();
    noEmail.email.clear();
    noEmail.phones.clear();
    QVERIFY(noEmail.validate().ok());
    // A number that did not parse is kept as typed (never dialled) and is not an error.
    Contact unparsed = validContact();
    unparsed.phones = {Phone {QStringLiteral("mobile"), QStringLiteral("call reception"), QString(),
                              QString()}};
    QVERIFY(unparsed.validate().ok());
    QVERIFY(!unparsed.phones.first().isValid());
}

void TestDomain::contactBadFields()
{
    checkCases<Contact>(
            validContact(),
            {
                    {"empty name", [](Contact &c) { c.name.clear(); }, "contact name"},
                    {"control char in name",
                     [](Contact &c) { c.name = QStringLiteral("Jane\x01"); }, "contact name"},
                    {"control char in role", [](Contact &c) { c.role = QStringLiteral("AP\x07"); },
                     "role"},
                    {"bad e-mail", [](Contact &c) { c.email = QStringLiteral("jane.doe"); },
                     "email"},
                    {"header injection in e-mail",
                     [](Contact &c) {
                         c.email = QStringLiteral("jane@example.com\r\nBcc: all@example.com");
                     },
                     "email"},
                    {"empty phone",
                     [](Contact &c) {
                         c.phones = {
                                 Phone {QStringLiteral("office"), QString(), QString(), QString()}};
                     },
                     "phone"},
                    {"phone without plus",
                     [](Contact &c) { c.phones.first().e164 = QStringLiteral("12125550100"); },
                     "phone"},
                    {"phone too long",
                     [](Contact &c) {
                         c.phones.first().e164 = QStringLiteral("+1234567890123456");
                     },
                     "phone"},
                    {"control char in phone",
                     [](Contact &c) { c.phones.first().raw = QStringLiteral("555\n0100"); },
                     "phone"},
            });
}

void TestDomain::emailAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("ap@example.com") << true;
    QTest::newRow("dotted") << QStringLiteral("jane.doe@example.com") << true;
    QTest::newRow("plus tag") << QStringLiteral("ap+invoices@example.co.uk") << true;
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie") << true;
    QTest::newRow("hyphen domain") << QStringLiteral("ap@north-wind.example.com") << true;
    QTest::newRow("no at") << QStringLiteral("ap.example.com") << false;
    QTest::newRow("no domain dot") << QStringLiteral("ap@localhost") << false;
    QTest::newRow("two ats") << QStringLiteral("ap@@example.com") << false;
    QTest::newRow("empty local") << QStringLiteral("@example.com") << false;
    QTest::newRow("space") << QStringLiteral("jane doe@example.com") << false;
    QTest::newRow("leading dot") << QStringLiteral(".ap@example.com") << false;
    QTest::newRow("double dot") << QStringLiteral("a..p@example.com") << false;
    QTest::newRow("domain starts with hyphen") << QStringLiteral("ap@-example.com") << false;
    QTest::newRow("one-letter tld") << QStringLiteral("ap@example.c") << false;
    QTest::newRow("crlf injection")
            << QStringLiteral("ap@example.com\r\nBcc: x@example.com") << false;
    QTest::newRow("trailing newline") << QStringLiteral("ap@example.com\n") << false;
    QTest::newRow("nul") << QString(QStringLiteral("ap@example.com") + QChar(0)) << false;
    QTest::newRow("local part too long")
            << QString(QString(65, u'a') + QStringLiteral("@example.com")) << false;
    QTest::newRow("too long overall")
            << QString(QStringLiteral("a@") + QString(250, u'b') + QStringLiteral(".com")) << false;
}

void TestDomain::emailAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const auto r = validation::emailAddress(QStringLiteral("email"), address);
    QCOMPARE(r.ok(), valid);
    if (!valid)
        QVERIFY2(r.error().message.startsWith(QLatin1String("email:")),
                 qPrintable(r.errorString()));
}

void TestDomain::invoiceValid()
{
    const auto r = validInvoice().validate();
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    Invoice sameDay = validInvoice();
    sameDay.dueDate = sameDay.issueDate; // due on receipt
    QVERIFY(sameDay.validate().ok());
    Invoice edges = validInvoice();
    edges.issueDate = QDate(1990, 1, 1);
    edges.dueDate = QDate(2100, 12, 31);
    QVERIFY(edges.validate().ok());
}

void TestDomain::invoiceBadFields()
{
    checkCases<Invoice>(
            validInvoice(),
            {
                    {"empty number", [](Invoice &i) { i.number.clear(); }, "invoice number"},
                    {"control char in number",
                     [](Invoice &i) { i.number = QStringLiteral("INV\x01"); }, "invoice number"},
                    {"C1 control sequence introducer in number",
                     [](Invoice &i) { i.number = QStringLiteral("INV") + QChar(0x9B) + u"2J"; },
                     "invoice number"},
                    {"no issue date", [](Invoice &i) { i.issueDate = QDate(); }, "issue date"},
                    {"issue date before 1990",
                     [](Invoice &i) { i.issueDate = QDate(1989, 12, 31); }, "issue date"},
                    {"issue date after 2100",
                     [](Invoice &i) {
                         i.issueDate = QDate(2101, 1, 1);
                         i.dueDate = QDate(2101, 2, 1);
                     },
                     "issue date"},
                    {"due date after 2100", [](Invoice &i) { i.dueDate = QDate(2101, 1, 1); },
                     "due date"},
                    {"due before issue", [](Invoice &i) { i.dueDate = QDate(2025, 12, 31); },
                     "due date"},
                    {"unknown currency", [](Invoice &i) { i.currency = QStringLiteral("ABC"); },
                     "currency"},
                    {"no currency", [](Invoice &i) { i.currency.clear(); }, "currency"},
                    {"zero amount", [](Invoice &i) { i.amountMinor = i.balanceMinor = 0; },
                     "amount"},
                    {"negative amount", [](Invoice &i) { i.amountMinor = i.balanceMinor = -100; },
                     "amount"},
                    {"balance above amount", [](Invoice &i) { i.balanceMinor = 100001; },
                     "balance"},
                    {"control char in PO",
                     [](Invoice &i) { i.poNumber = QStringLiteral("PO\x1b"); }, "PO number"},
            });

    Invoice backwards = validInvoice();
    backwards.dueDate = QDate(2025, 12, 1);
    const QString message = backwards.validate().errorString();
    QVERIFY2(message.contains(QLatin1String("2025-12-01"))
                     && message.contains(QLatin1String("2026-01-01")),
             qPrintable(message));
    Invoice old = validInvoice();
    old.issueDate = QDate(1989, 12, 31);
    QVERIFY(old.validate().errorString().contains(QLatin1String("1989-12-31")));
}

void TestDomain::invoiceStatus()
{
    Invoice i = validInvoice();
    QCOMPARE(toString(i.status()), toString(InvoiceStatus::Open));
    i.balanceMinor = 40000;
    QCOMPARE(toString(i.status()), toString(InvoiceStatus::PartiallyPaid));
    i.balanceMinor = 0;
    QCOMPARE(toString(i.status()), toString(InvoiceStatus::Paid));
    i.balanceMinor = -5; // overpaid is still paid
    QCOMPARE(toString(i.status()), toString(InvoiceStatus::Paid));

    Invoice d = validInvoice();
    d.disputed = true;
    QCOMPARE(toString(d.status()), toString(InvoiceStatus::Disputed));
    d.balanceMinor = 40000;
    QCOMPARE(toString(d.status()), toString(InvoiceStatus::Disputed));
    d.balanceMinor = 0; // a settled dispute is paid
    QCOMPARE(toString(d.status()), toString(InvoiceStatus::Paid));

    Invoice w = validInvoice();
    w.writtenOff = true;
    QCOMPARE(toString(w.status()), toString(InvoiceStatus::WrittenOff));
    w.balanceMinor = 0;
    QCOMPARE(toString(w.status()), toString(InvoiceStatus::WrittenOff));

    QCOMPARE(toString(InvoiceStatus::PartiallyPaid), QStringLiteral("partially_paid"));
    QCOMPARE(displayName(InvoiceStatus::PartiallyPaid), QStringLiteral("Partially paid"));
}

void TestDomain::invoiceDaysPastDue()
{
    Invoice i = validInvoice(); // due 2026-01-31
    QCOMPARE(i.daysPastDue(QDate(2026, 1, 15)), 0);
    QCOMPARE(i.daysPastDue(QDate(2026, 1, 31)), 0); // due today is not late
    QCOMPARE(i.daysPastDue(QDate(2026, 2, 1)), 1);
    QCOMPARE(i.daysPastDue(QDate(2026, 3, 2)), 30);
    QCOMPARE(i.daysPastDue(QDate(2027, 1, 31)), 365);

    Invoice partial = validInvoice();
    partial.balanceMinor = 1;
    QCOMPARE(partial.daysPastDue(QDate(2026, 3, 2)), 30);

    Invoice paid = validInvoice();
    paid.balanceMinor = 0;
    QCOMPARE(paid.daysPastDue(QDate(2026, 3, 2)), 0);

    Invoice writtenOff = validInvoice();
    writtenOff.writtenOff = true;
    QCOMPARE(writtenOff.daysPastDue(QDate(2026, 3, 2)), 0);

    Invoice noDue = validInvoice();
    noDue.dueDate = QDate();
    QCOMPARE(noDue.daysPastDue(QDate(2026, 3, 2)), 0);
}

void TestDomain::paymentValid()
{
    const auto r = validPayment().validate();
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(validPayment().allocatedMinor(), qint64(50000));
    Payment unallocated = validPayment();
    unallocated.allocations.clear(); // money on account
    QVERIFY(unallocated.validate().ok());
}

void TestDomain::paymentBadFields()
{
    // A payment of nothing (or less) has nothing to allocate either.
    const auto unallocatedAmount = [](qint64 minor) {
        return [minor](Payment &p) {
            p.amountMinor = minor;
            p.allocations.clear();
        };
    };
    checkCases<Payment>(
            validPayment(),
            {
                    {"no date", [](Payment &p) { p.date = QDate(); }, "payment date"},
                    {"date before 1990", [](Payment &p) { p.date = QDate(1985, 6, 1); },
                     "payment date"},
                    {"date after 2100", [](Payment &p) { p.date = QDate(2200, 1, 1); },
                     "payment date"},
                    {"unknown currency", [](Payment &p) { p.currency = QStringLiteral("DOG"); },
                     "currency"},
                    {"no currency", [](Payment &p) { p.currency.clear(); }, "currency"},
                    {"zero amount", unallocatedAmount(0), "amount"},
                    {"negative amount", unallocatedAmount(-500), "amount"},
                    {"control char in reference",
                     [](Payment &p) { p.reference = QStringLiteral("CHK\r\n1"); }, "reference"},
                    {"zero allocation",
                     [](Payment &p) {
                         p.allocations.append(Allocation {3, 0});
                     },
                     "allocation"},
                    {"negative allocation",
                     [](Payment &p) {
                         p.allocations = {Allocation {1, 60000}, Allocation {2, -10000}};
                     },
                     "allocation"},
                    {"allocations above payment",
                     [](Payment &p) {
                         p.allocations.append(Allocation {3, 1});
                     },
                     "allocations"},
            });

    Payment over = validPayment();
    over.allocations = {Allocation {1, 50001}};
    const QString message = over.validate().errorString();
    QVERIFY2(message.contains(QLatin1String("500.01")) && message.contains(QLatin1String("500.00")),
             qPrintable(message));
}

void TestDomain::noteValid()
{
    QVERIFY2(validCallNote().validate().ok(), qPrintable(validCallNote().validate().errorString()));

    Note noFollowUp = validCallNote();
    noFollowUp.nextContactDate = QDate();
    noFollowUp.noFollowUpNeeded = true;
    QVERIFY(noFollowUp.validate().ok());

    // E-mails, letters and internal notes need neither an outcome nor a next step.
    for (NoteChannel ch : {NoteChannel::Email, NoteChannel::Letter, NoteChannel::Internal}) {
        Note n = validCallNote();
        n.channel = ch;
        n.outcome = NoteOutcome::None;
        n.nextContactDate = QDate();
        QVERIFY2(n.validate().ok(), qPrintable(toString(ch)));
    }
    // Tabs and line breaks are fine in the text.
    Note multiline = validCallNote();
    multiline.text = QStringLiteral("Line one\r\n\tLine two");
    QVERIFY(multiline.validate().ok());
}

void TestDomain::noteBadFields()
{
    const auto withoutOutcome = [](NoteChannel channel) {
        return [channel](Note &n) {
            n.channel = channel;
            n.outcome = NoteOutcome::None;
        };
    };
    checkCases<Note>(
            validCallNote(),
            {
                    {"no client", [](Note &n) { n.clientId = 0; }, "client"},
                    {"empty text", [](Note &n) { n.text.clear(); }, "text"},
                    {"blank text", [](Note &n) { n.text = QStringLiteral(" \n "); }, "text"},
                    {"text too long", [](Note &n) { n.text = QString(100001, u'x'); }, "text"},
                    {"control char in text",
                     [](Note &n) { n.text = QStringLiteral("Called\x01 back"); }, "text"},
                    {"control char in contact",
                     [](Note &n) { n.contactName = QStringLiteral("Jane\nDoe"); }, "contact"},
                    {"no occurred at", [](Note &n) { n.occurredAt = QDateTime(); }, "occurred at"},
                    {"call without outcome", withoutOutcome(NoteChannel::Call), "outcome"},
                    {"text message without outcome", withoutOutcome(NoteChannel::Text), "outcome"},
                    {"meeting without outcome", withoutOutcome(NoteChannel::Meeting), "outcome"},
                    {"call without next step",
                     [](Note &n) {
                         n.nextContactDate = QDate();
                         n.noFollowUpNeeded = false;
                     },
                     "next contact"},
                    {"next contact after 2100",
                     [](Note &n) { n.nextContactDate = QDate(2101, 1, 1); }, "next contact"},
            });
}

void TestDomain::userValid()
{
    QVERIFY(validUser().validate().ok());
    User u = validUser();
    u.displayName.clear();
    u.name = QStringLiteral("Jo_Weber-2");
    QVERIFY(u.validate().ok());
}

void TestDomain::userBadFields()
{
    checkCases<User>(
            validUser(),
            {
                    {"empty name", [](User &u) { u.name.clear(); }, "user name"},
                    {"name with space", [](User &u) { u.name = QStringLiteral("dana ortiz"); },
                     "user name"},
                    {"name with at", [](User &u) { u.name = QStringLiteral("dana@example.com"); },
                     "user name"},
                    {"control char in name", [](User &u) { u.name = QStringLiteral("dana\x01"); },
                     "user name"},
                    {"name too long", [](User &u) { u.name = QString(65, u'd'); }, "user name"},
                    {"control char in display name",
                     [](User &u) { u.displayName = QStringLiteral("Dana\x01Ortiz"); },
                     "display name"},
                    {"line separator in display name",
                     [](User &u) {
                         u.displayName = QStringLiteral("Dana") + QChar(0x2028) + u"Ortiz";
                     },
                     "display name"},
                    {"C1 control in display name",
                     [](User &u) {
                         u.displayName = QStringLiteral("Dana") + QChar(0x9B) + u"Ortiz";
                     },
                     "display name"},
            });
}

void TestDomain::companySettingsValid()
{
    QVERIFY(validSettings().validate().ok());
    CompanySettings defaults;
    defaults.companyName = QStringLiteral("My Company");
    QVERIFY(defaults.validate().ok());
    CompanySettings german = validSettings();
    german.locale = QStringLiteral("de_DE");
    german.homeCurrency = QStringLiteral("EUR");
    QVERIFY(german.validate().ok());
}

void TestDomain::companySettingsBadFields()
{
    checkCases<CompanySettings>(
            validSettings(),
            {
                    {"empty company name", [](CompanySettings &s) { s.companyName.clear(); },
                     "company name"},
                    {"control char in company name",
                     [](CompanySettings &s) { s.companyName = QStringLiteral("North\x01wind"); },
                     "company name"},
                    {"control char in address",
                     [](CompanySettings &s) { s.address = QStringLiteral("400 Commerce\x02 Dr"); },
                     "address"},
                    {"unknown currency",
                     [](CompanySettings &s) { s.homeCurrency = QStringLiteral("EURO"); },
                     "home currency"},
                    {"unknown locale",
                     [](CompanySettings &s) { s.locale = QStringLiteral("xx_QQ"); }, "locale"},
                    {"month zero", [](CompanySettings &s) { s.fiscalYearStartMonth = 0; },
                     "fiscal year start"},
                    {"month thirteen", [](CompanySettings &s) { s.fiscalYearStartMonth = 13; },
                     "fiscal year start"},
            });
}

void TestDomain::statusKeysRoundTrip()
{
    for (auto s : {ClientStatus::Active, ClientStatus::OnHold, ClientStatus::InDispute,
                   ClientStatus::InCollections, ClientStatus::Closed})
        QCOMPARE(clientStatusFromString(toString(s)), std::optional<ClientStatus>(s));
    for (auto s : {InvoiceStatus::Open, InvoiceStatus::PartiallyPaid, InvoiceStatus::Paid,
                   InvoiceStatus::Disputed, InvoiceStatus::WrittenOff})
        QCOMPARE(invoiceStatusFromString(toString(s)), std::optional<InvoiceStatus>(s));
    for (auto m : {PaymentMethod::Check, PaymentMethod::AchWire, PaymentMethod::Card,
                   PaymentMethod::Cash, PaymentMethod::Other})
        QCOMPARE(paymentMethodFromString(toString(m)), std::optional<PaymentMethod>(m));
    for (auto c : {NoteChannel::Call, NoteChannel::Email, NoteChannel::Text, NoteChannel::Meeting,
                   NoteChannel::Letter, NoteChannel::Internal})
        QCOMPARE(noteChannelFromString(toString(c)), std::optional<NoteChannel>(c));
    for (auto o : {NoteOutcome::None, NoteOutcome::Reached, NoteOutcome::LeftVoicemail,
                   NoteOutcome::NoAnswer, NoteOutcome::WrongNumber, NoteOutcome::Refused,
                   NoteOutcome::Promised, NoteOutcome::Disputed, NoteOutcome::Other})
        QCOMPARE(noteOutcomeFromString(toString(o)), std::optional<NoteOutcome>(o));
    for (auto r : {UserRole::Clerk, UserRole::Manager, UserRole::Sales, UserRole::Admin})
        QCOMPARE(userRoleFromString(toString(r)), std::optional<UserRole>(r));
    QVERIFY(!clientStatusFromString(u"Active").has_value());
    QVERIFY(!userRoleFromString(u"root").has_value());
}

void TestDomain::noteFilterMatches()
{
    Note call;
    call.channel = NoteChannel::Call;
    call.authorId = 7;
    call.occurredAt = QDateTime(QDate(2026, 3, 10), QTime(12, 0)); // local time
    Note mail = call;
    mail.channel = NoteChannel::Email;
    mail.authorId = 8;
    QVERIFY(NoteFilter().isEmpty());
    QVERIFY(NoteFilter().matches(call));
    NoteFilter byChannel;
    byChannel.channel = NoteChannel::Call;
    QVERIFY(byChannel.matches(call));
    QVERIFY(!byChannel.matches(mail));
    NoteFilter byAuthor;
    byAuthor.authorId = 8;
    QVERIFY(!byAuthor.matches(call));
    QVERIFY(byAuthor.matches(mail));
    // Both ends of the date range are inclusive days.
    NoteFilter range;
    range.from = QDate(2026, 3, 10);
    range.to = QDate(2026, 3, 10);
    QVERIFY(range.matches(call));
    range.from = QDate(2026, 3, 11);
    range.to = QDate();
    QVERIFY(!range.matches(call));
    range.from = QDate();
    range.to = QDate(2026, 3, 9);
    QVERIFY(!range.matches(call));
}

void TestDomain::callScriptChoiceAndRendering()
{
    QCOMPARE(CallScript::keyFor({}), QStringLiteral("call-first-reminder"));
    QCOMPARE(CallScript::keyFor({44, false}), QStringLiteral("call-first-reminder"));
    QCOMPARE(CallScript::keyFor({45, false}), QStringLiteral("call-final-notice"));
    // A broken promise is named first, however late the account is.
    QCOMPARE(CallScript::keyFor({90, true}), QStringLiteral("call-broken-promise"));
    const QHash<QString, QString> values {{QStringLiteral("client.name"), QStringLiteral("Kite")},
                                          {QStringLiteral("x"), QStringLiteral("{{client.name}}")}};
    QCOMPARE(CallScript::render(QStringLiteral("Hi {{ client.name }}, {{x}} owes {{amount}}."),
                                values),
             QStringLiteral("Hi Kite, {{client.name}} owes [amount?]."));
    QCOMPARE(CallScript::render(QStringLiteral("open {{ never closed"), values),
             QStringLiteral("open {{ never closed"));
}

void TestDomain::messagesAreTranslatedUnderTheirContexts()
{
    // The catalogue keys (context + source text) a translator writes against: labels and
    // errors of the domain types show the translation installed for their context.
    StubCatalogue de;
    de.add("Client", "In dispute", QStringLiteral("Strittig"));
    de.add("Invoice", "Written off", QStringLiteral("Abgeschrieben"));
    de.add("Note", "Meeting", QStringLiteral("Besprechung"));
    de.add("Dunning", "Call", QStringLiteral("Anruf"));
    de.add("Promise", "Broken", QStringLiteral("Gebrochen"));
    de.add("User", "user name", QStringLiteral("Benutzername"));
    de.add("Validation", "%1: is required", QStringLiteral("%1: fehlt"));
    QVERIFY(QCoreApplication::installTranslator(&de));
    const auto removeCatalogue = qScopeGuard([&de] { QCoreApplication::removeTranslator(&de); });

    QCOMPARE(displayName(ClientStatus::InDispute), QStringLiteral("Strittig"));
    QCOMPARE(displayName(InvoiceStatus::WrittenOff), QStringLiteral("Abgeschrieben"));
    QCOMPARE(displayName(NoteChannel::Meeting), QStringLiteral("Besprechung"));
    QCOMPARE(displayName(NoteChannel::Call), QStringLiteral("Call")); // not in the catalogue
    QCOMPARE(displayName(StepAction::CallTask), QStringLiteral("Anruf"));
    QCOMPARE(displayName(PromiseStatus::Broken), QStringLiteral("Gebrochen"));
    User nameless;
    nameless.displayName = QStringLiteral("Nobody");
    QCOMPARE(nameless.validate().errorString(), QStringLiteral("Benutzername: fehlt"));
}

void TestDomain::datesAreReadAsTheCompanyWritesThem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QDate dec11(2026, 12, 11);
    QTest::newRow("en_US month first") << "en_US"
                                       << "12/11/2026" << dec11;
    QTest::newRow("en_GB day first") << "en_GB"
                                     << "11/12/2026" << dec11;
    QTest::newRow("de_DE with blanks") << "de_DE"
                                       << " 11.12.2026 " << dec11;
    QTest::newRow("ISO in any locale") << "de_DE"
                                       << "2026-12-11" << dec11;
    QTest::newRow("no 30 February") << "en_US"
                                    << "2/30/2026" << QDate();
    QTest::newRow("no ISO 30 February") << "en_US"
                                        << "2026-02-30" << QDate();
    QTest::newRow("another country's order") << "de_DE"
                                             << "12/11/2026" << QDate();
    QTest::newRow("not a date") << "en_US"
                                << "next Friday" << QDate();
}

// What the window shows a person is what it reads back: the company's short date (four-digit
// year) or ISO, never a guess between day and month.
void TestDomain::datesAreReadAsTheCompanyWritesThem()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    const QLocale company(locale);
    QCOMPARE(dateformat::parseDate(company, typed), expected);
    if (expected.isValid())
        QCOMPARE(dateformat::parseDate(company, dateformat::date(company, expected)), expected);
}

QTEST_GUILESS_MAIN(TestDomain)
void TestDomain::storageDatesRoundTrip()
{
    // Calendar dates are stored as yyyy-MM-dd (hand-formatted for bulk loads): the same text as
    // Qt's ISO form on every day of the range the ledger accepts and at the edges of 4 digits.
    for (QDate d(1990, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const QString stored = timeutil::toStorage(d);
        if (stored != d.toString(Qt::ISODate) || timeutil::dateFromStorage(stored) != d)
            QFAIL(qPrintable(stored + QStringLiteral(" for ") + d.toString(Qt::ISODate)));
    }
    for (const QDate &d : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31)})
        QCOMPARE(timeutil::toStorage(d), d.toString(Qt::ISODate));
    QCOMPARE(timeutil::toStorage(QDate(10000, 1, 1)), QDate(10000, 1, 1).toString(Qt::ISODate));
    QVERIFY(timeutil::toStorage(QDate()).isEmpty());
}

#include "tst_domain.moc"
