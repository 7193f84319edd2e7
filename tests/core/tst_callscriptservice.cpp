// SPDX-License-Identifier: MIT
// CallScriptService on a real company file: the script the call log shows is chosen by the
// account's situation (a broken promise first, then how late the oldest open invoice is) and
// filled in with the account's own figures.
#include "core/mail/mailcontext.h"
#include "core/services/callscriptservice.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestCallScriptService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstReminderNamesTheOldestInvoice();
    void noRawPlaceholderWithoutACompanyName();
    void brokenPromiseIsNamedFirst();
    void finalNoticeFromFortyFiveDaysLate();
    void brokenPromiseOnPaidInvoicesIsNotCited();
    void demoFileCitesNoPaidOffPromise();

private:
    QString script(qint64 clientId, const QDate &today)
    {
        auto details = ClientDetails::load(*m_co.db, clientId, today);
        if (!details || details.value().contacts.isEmpty())
            return QStringLiteral("(no details)");
        CallScriptService::Call call;
        call.details = details.value();
        call.contact = details.value().contacts.first();
        call.senderName = QStringLiteral("Ann Clerk");
        call.locale = QLocale(QStringLiteral("en_US"));
        call.today = today;
        auto s = CallScriptService(m_co.db).script(call);
        return s ? s.value() : s.errorString();
    }
    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_day {2026, 2, 2};
};

void TestCallScriptService::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("scripts.ardesk")), m_day));
}

void TestCallScriptService::firstReminderNamesTheOldestInvoice()
{
    const qint64 c = m_co.client(QStringLiteral("ALFA"));
    QVERIFY(m_co.invoice(c, QStringLiteral("A-2"), m_day.addDays(-3), 20000));
    QVERIFY(m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-10), 125000));
    const QString text = script(c, m_day);
    QVERIFY2(text.contains(QStringLiteral("this is Ann Clerk"))
                     && text.contains(QStringLiteral("invoice A-1 for $1,250.00")),
             qPrintable(text));
}

void TestCallScriptService::noRawPlaceholderWithoutACompanyName()
{
    // The default scripts name the company; with no name set the clerk read "[company.name?]"
    // (#12). They now see what to say there, and the name once it is set.
    const qint64 c = m_co.client(QStringLiteral("ALFA"));
    QVERIFY(m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-10), 125000));
    const QString without = script(c, m_day);
    QVERIFY2(!without.contains(u'[') && without.contains(QStringLiteral("(your company's name)")),
             qPrintable(without));
    CompanySettings company = SettingsService(m_co.db, 0).company().valueOr({});
    company.companyName = QStringLiteral("Northwind Industrial Supply");
    VERIFY_OK(SettingsService(m_co.db, 0).saveCompany(company));
    const QString with = script(c, m_day);
    QVERIFY2(with.contains(QStringLiteral("from Northwind Industrial Supply")), qPrintable(with));
}

void TestCallScriptService::brokenPromiseIsNamedFirst()
{
    const qint64 c = m_co.client(QStringLiteral("BRAVO"));
    QVERIFY(m_co.invoice(c, QStringLiteral("B-1"), m_day.addDays(-60), 90000));
    // Promised ten days ago for five days ago; nothing came.
    VERIFY_OK(m_co.promise(c, m_day.addDays(-10), QStringLiteral("500.00"), m_day.addDays(-5)));
    const QString text = script(c, m_day);
    // The date as the company's locale (en_US) writes dates everywhere: 12/11/2026.
    QVERIFY2(text.contains(QStringLiteral("Hello Pat BRAVO"))
                     && text.contains(
                             QStringLiteral("you promised $500.00 by %1")
                                     .arg(m_day.addDays(-5).toString(QStringLiteral("M/d/yyyy")))),
             qPrintable(text));
}

void TestCallScriptService::finalNoticeFromFortyFiveDaysLate()
{
    const qint64 c = m_co.client(QStringLiteral("CHARLIE"));
    QVERIFY(m_co.invoice(c, QStringLiteral("C-1"), m_day.addDays(-50), 125000));
    const QString text = script(c, m_day);
    QVERIFY2(text.contains(QStringLiteral("final call"))
                     && text.contains(QStringLiteral("more than 50 days past due")),
             qPrintable(text));
}

// Issue 12: "you promised $360.99 by 2026-08-01; we have not received it" was said about an
// invoice paid on 2026-09-13. A broken promise whose invoices were paid since is history: neither
// the call script nor an e-mail (the recap's broken_promise) cites it.
void TestCallScriptService::brokenPromiseOnPaidInvoicesIsNotCited()
{
    const qint64 c = m_co.client(QStringLiteral("DELTA"));
    const qint64 paid = m_co.invoice(c, QStringLiteral("D-1"), m_day.addDays(-90), 36099);
    QVERIFY(paid);
    QVERIFY(m_co.invoice(c, QStringLiteral("D-2"), m_day.addDays(-20), 50000));
    VERIFY_OK(m_co.promise(c, m_day.addDays(-70), QStringLiteral("360.99"), m_day.addDays(-60),
                           QStringLiteral("D-1")));
    auto brokenVariable = [&] {
        MailContext::Request r;
        r.clientId = c;
        r.asOf = m_day;
        auto v = MailContext::build(*m_co.db, r, SmtpSettings());
        return v ? v.value().value(QStringLiteral("broken_promise")) : QJsonValue(v.errorString());
    };
    // Still unpaid: the promise is named, in the script and to the client.
    QString text = script(c, m_day);
    QVERIFY2(text.contains(QStringLiteral("you promised $360.99")), qPrintable(text));
    QVERIFY(brokenVariable().isObject());
    // Paid long after the deadline: the promise stays broken, but there is nothing to chase.
    VERIFY_OK(m_co.pay(c, m_day.addDays(-30), 36099, paid));
    text = script(c, m_day);
    QVERIFY2(!text.contains(QStringLiteral("promised")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("D-2")), qPrintable(text));
    QVERIFY(brokenVariable().isNull());
    // A promise naming no invoice is cited while the client owes money in its currency.
    const qint64 e = m_co.client(QStringLiteral("ECHO"));
    const qint64 only = m_co.invoice(e, QStringLiteral("E-1"), m_day.addDays(-90), 20000);
    VERIFY_OK(m_co.promise(e, m_day.addDays(-70), QStringLiteral("200.00"), m_day.addDays(-60)));
    QVERIFY(script(e, m_day).contains(QStringLiteral("you promised $200.00")));
    VERIFY_OK(m_co.pay(e, m_day.addDays(-30), 20000, only));
    QVERIFY2(!script(e, m_day).contains(QStringLiteral("promised")), qPrintable(script(e, m_day)));
}

// The demo file (`demo --clients 200 --seed 1`): clients whose broken promise was on
// invoices paid since (and who still owe on others) were told "we have not received it".
void TestCallScriptService::demoFileCitesNoPaidOffPromise()
{
    const QDate today(2026, 12, 5);
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = FixedClock::atNoon(today);
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.ardesk")), options);
    VERIFY_OK(opened);
    const std::shared_ptr<Database> db = opened.value();
    DemoGenerator::Options o;
    o.clients = 200;
    o.seed = 1;
    o.asOf = today;
    VERIFY_OK(DemoGenerator(db).generate(o));
    auto q = sql::exec(
            db->connection(),
            QStringLiteral("SELECT p.client_id, p.amount_minor, p.currency, p.promised_date "
                           "FROM promises p WHERE p.status = 'broken' AND EXISTS (SELECT 1 "
                           "FROM promise_invoices x WHERE x.promise_id = p.id) AND NOT "
                           "EXISTS (SELECT 1 FROM promise_invoices x JOIN invoices i ON "
                           "i.id = x.invoice_id WHERE x.promise_id = p.id AND "
                           "i.balance_minor > 0) AND EXISTS (SELECT 1 FROM invoices i WHERE "
                           "i.client_id = p.client_id AND i.balance_minor > 0) AND NOT "
                           "EXISTS (SELECT 1 FROM promises b JOIN promise_invoices x ON "
                           "x.promise_id = b.id JOIN invoices i ON i.id = x.invoice_id WHERE "
                           "b.client_id = p.client_id AND b.status IN ('broken', "
                           "'partly_kept') AND i.balance_minor > 0) ORDER BY p.id"));
    VERIFY_OK(q);
    int checked = 0;
    while (q.value().next() && checked < 10) {
        const qint64 clientId = q.value().value(0).toLongLong();
        auto details = ClientDetails::load(*db, clientId, today);
        VERIFY_OK(details);
        if (details.value().contacts.isEmpty())
            continue;
        CallScriptService::Call call;
        call.details = details.value();
        call.contact = details.value().contacts.first();
        call.senderName = QStringLiteral("Dana Ortiz");
        call.locale = QLocale(QStringLiteral("en_US"));
        call.today = today;
        auto text = CallScriptService(db).script(call);
        VERIFY_OK(text);
        const QString promised
                = Money::fromMinor(q.value().value(1).toLongLong(), q.value().value(2).toString())
                          .format(call.locale);
        QVERIFY2(!text.value().contains(QStringLiteral("you promised %1").arg(promised)),
                 qPrintable(text.value()));
        ++checked;
    }
    QVERIFY2(checked > 0, "the demo file has no broken promise on paid invoices any more");
}

QTEST_GUILESS_MAIN(TestCallScriptService)
#include "tst_callscriptservice.moc"
