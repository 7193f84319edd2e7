// SPDX-License-Identifier: MIT
// CallScriptService on a real company file: the script the call log shows is chosen by the
// account's situation (a broken promise first, then how late the oldest open invoice is) and
// filled in with the account's own figures.
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

QTEST_GUILESS_MAIN(TestCallScriptService)
#include "tst_callscriptservice.moc"
