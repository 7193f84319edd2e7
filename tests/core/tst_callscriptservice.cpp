// SPDX-License-Identifier: MIT
// CallScriptService on a real company file: the script the call log shows is chosen by the
// account's situation (a broken promise first, then how late the oldest open invoice is) and
// filled in with the account's own figures.
#include "core/mail/mailcontext.h"
#include "core/services/callscriptservice.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestCallScriptService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstReminderNamesTheOldestInvoice();
    void brokenPromiseIsNamedFirst();
    void finalNoticeFromFortyFiveDaysLate();
    void brokenPromiseOnPaidInvoicesIsNotCited();

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
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("scripts.ardesk")), FixedClock::atNoon(m_day)));
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

void TestCallScriptService::brokenPromiseIsNamedFirst()
{
    const qint64 c = m_co.client(QStringLiteral("BRAVO"));
    QVERIFY(m_co.invoice(c, QStringLiteral("B-1"), m_day.addDays(-60), 90000));
    // Promised ten days ago for five days ago; nothing came.
    VERIFY_OK(m_co.promise(c, m_day.addDays(-10), QStringLiteral("500.00"), m_day.addDays(-5)));
    const QString text = script(c, m_day);
    QVERIFY2(text.contains(QStringLiteral("Hello Pat BRAVO"))
                     && text.contains(QStringLiteral("you promised $500.00 by %1")
                                              .arg(m_day.addDays(-5).toString(Qt::ISODate))),
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

QTEST_GUILESS_MAIN(TestCallScriptService)
#include "tst_callscriptservice.moc"
