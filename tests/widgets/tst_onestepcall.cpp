// SPDX-License-Identifier: MIT
// The one-step call (issue 12, item 7): from Today, a clerk opens an account, calls its billing
// contact, records the promise and sends the recap, then moves to the next account — by keyboard
// only, with every key counted. The real main window over a real company file (offscreen), a real
// SMTP server (aiosmtpd) for the recaps; what was logged and sent is read back from the file and
// from the server.
#include "core/domain/calldefaults.h"
#include "core/mail/smtpsettings.h"
#include "core/storage/companysettings.h"
#include "core/support/dateformat.h"
#include "models/todayqueuemodel.h"
#include "widgets/calllogdialog.h"
#include "widgets/clientworkspace.h"
#include "widgets/composedialog.h"
#include "widgets/mailactions.h"
#include "widgets/mainwindow.h"
#include "widgets/noteactions.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/todaypane.h"

#include "support/mailtestdata.h"
#include "support/smtptestserver.h"
#include "support/workflowsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace ardesk;
using namespace ardesk::test;

class TestOneStepCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tenTodayAccountsByKeyboardWithinTheKeyBudget();
    void everyCallLogButtonHasAKeyNamedInItsTooltip();
    void promisedFillsInTheOverdueTotalAndTheNextContactFollows();
    void templateFieldsComeBeforeSaveInTabOrder();
    void callLogDatesFollowTheCompanysDay();

private:
    /// One key press to whatever has the focus (else the active window), counted.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeWindow() ? QApplication::activeWindow() : m_window.get();
        QTest::keyClick(target, k, mods);
        ++m_keys;
    }
    /// The characters of an amount or a date: typed, not counted against the budget.
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    /// A closed dialog gives the keyboard back to the window it belonged to: a window manager
    /// does that, the offscreen platform has none, so the test does what it would (only when no
    /// window is active).
    void windowManagerActivatesTheWindow()
    {
        if (!QApplication::activeWindow())
            m_window->activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), 5000);
    }
    TodayPane *today() const { return m_window->workspace()->todayPane(); }
    void screenshot(QWidget *w, const QString &name);
    /// Opens `clientId` from Today with Enter (counted keys are reset afterwards).
    void openFromToday(qint64 clientId);
    /// Ctrl+Shift+L; the call log is then m_window->noteActions()->callLog().
    void callFromKeyboard();
    /// What a mail reader sees in `eml` (Python's email package): the text body.
    static QString mailText(const QByteArray &eml);

    const QDate kToday {2026, 12, 7}; // a Monday, by the fixed clock
    ScratchDir m_certs;
    ScratchDir m_dir;
    SmtpTestServer m_server;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    struct Account
    {
        qint64 id = 0;
        QString code;
        qint64 overdueMinor = 0;
    };
    QList<Account> m_accounts;
    QList<QUrl> m_dialled;
    int m_keys = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestOneStepCall::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    qputenv("ARDESK_SMTP_PASSWORD", "pw");
    QVERIFY(m_certs.renew());
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("server"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
}

void TestOneStepCall::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server")), SmtpTestServer::Tls::StartTls,
                           m_certs.filePath(QStringLiteral("server")),
                           {QStringLiteral("--auth"), QStringLiteral("clerk:pw")}));
    m_clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("onestep.ardesk")), m_clock));
    const QDate day = m_co.db->today();
    QCOMPARE(day, kToday);
    VERIFY_OK(MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                 m_certs.filePath(QStringLiteral("server-cert.pem")))
                      .save(*m_co.db));
    // Ten of ann's accounts need her today: an invoice of each fell due in the last days. Each
    // also has a paid invoice (with a promise on it that was broken before it was paid), one not
    // yet due, and a second billing contact who was not on the phone.
    m_accounts.clear();
    for (int i = 0; i < 10; ++i) {
        Account a;
        a.code = QStringLiteral("C%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        a.id = m_co.client(a.code);
        QVERIFY(a.id);
        a.overdueMinor = 100000 + 12345 * i;
        QVERIFY(m_co.invoice(a.id, a.code + QStringLiteral("-NEW"), day.addDays(-1 - i % 3),
                             a.overdueMinor));
        const qint64 old
                = m_co.invoice(a.id, a.code + QStringLiteral("-OLD"), day.addDays(-80), 36099);
        QVERIFY(old);
        VERIFY_OK(m_co.promise(a.id, day.addDays(-70), QStringLiteral("360.99"), day.addDays(-60),
                               a.code + QStringLiteral("-OLD")));
        VERIFY_OK(m_co.pay(a.id, day.addDays(-40), 36099, old));
        QVERIFY(m_co.invoice(a.id, a.code + QStringLiteral("-FUT"), day.addDays(20), 30000));
        Contact lee;
        lee.clientId = a.id;
        lee.name = QStringLiteral("Lee ") + a.code;
        lee.email = QStringLiteral("lee.") + a.code.toLower() + QStringLiteral("@client.example");
        lee.isBillingContact = true;
        VERIFY_OK(ClientService(m_co.db, m_co.clerk).addContact(lee));
        m_accounts << a;
    }
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    m_keys = 0;
    m_dialled.clear();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    // A softphone is not launched: the tel: links are recorded.
    m_window->noteActions()->setUrlOpener([this](const QUrl &url) {
        m_dialled << url;
        return true;
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto r = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(today()->model()->rowCount(), 10, 10000);
}

void TestOneStepCall::cleanup()
{
    m_window.reset();
    m_server.stop();
    m_dir.remove();
}

void TestOneStepCall::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

QString TestOneStepCall::mailText(const QByteArray &eml)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(ARDESK_SOURCE_DIR "/tests/support/mimecheck.py")});
    if (!p.waitForStarted(10000))
        return {};
    p.write(eml);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput())
            .object()
            .value(QStringLiteral("text"))
            .toString();
}

void TestOneStepCall::openFromToday(qint64 clientId)
{
    today()->view()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), today()->view(), 5000);
    QVERIFY(today()->selectClient(clientId));
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    key(Qt::Key_Return);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().first().toLongLong(), clientId);
}

void TestOneStepCall::callFromKeyboard()
{
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog()->isActiveWindow(), 5000);
}

// Issue 12, item 7 and its "Done when": ten Today accounts, each worked within 12 key presses
// besides the characters of the amount and date typed. Every recap goes to the person spoken
// with only and states what was agreed, no paid invoice as owed and no broken promise that was
// paid since.
void TestOneStepCall::tenTodayAccountsByKeyboardWithinTheKeyBudget()
{
    constexpr int kBudget = 12;
    QList<qint64> queue;
    for (int r = 0; r < today()->model()->rowCount(); ++r)
        queue << today()->model()->index(r, 0).data(TodayQueueModel::ClientIdRole).toLongLong();
    today()->view()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), today()->view(), 5000);
    QSignalSpy sent(m_window->mailActions(), &MailActions::sendFinished);
    QList<int> keysPerAccount;
    QSet<qint64> worked;
    qint64 previous = 0;
    m_keys = 0;
    key(Qt::Key_Return); // opens the first account
    for (int n = 0; n < 10; ++n) {
        ClientWorkspace *workspace = m_window->workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->clientId() != 0 && workspace->clientId() != previous,
                                 5000);
        const qint64 clientId = workspace->clientId();
        previous = clientId;
        if (n == 0)
            QCOMPARE(clientId, queue.first()); // the highest priority first
        QVERIFY(queue.contains(clientId));
        QVERIFY(!worked.contains(clientId));
        worked << clientId;
        const Account account = *std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                              [&](const Account &a) { return a.id == clientId; });
        const QString pat = account.code.toLower() + QStringLiteral("@client.example");
        // The focus lands where the clerk acts next: the billing contact's call button.
        QTRY_COMPARE_WITH_TIMEOUT(
                QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(),
                QStringLiteral("phoneButton"), 5000);

        callFromKeyboard(); // Ctrl+Shift+L: tel: and the call log
        CallLogDialog *log = m_window->noteActions()->callLog();
        QCOMPARE(m_dialled.size(), n + 1);
        QCOMPARE(m_dialled.last(), QUrl(QStringLiteral("tel:+14155550100")));
        QVERIFY(log->isRunning());
        QPointer<CallLogDialog> guard(log);
        key(Qt::Key_6, Qt::AltModifier); // Promised: the amount is filled in and selected
        auto *amount = log->findChild<QLineEdit *>(QStringLiteral("promiseAmount"));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), amount, 5000);
        QCOMPARE(amount->text(), Money::fromMinor(account.overdueMinor, u"USD").toPlainString());
        qint64 promisedMinor = account.overdueMinor;
        QDate promised = CallDefaults::promiseDate(kToday); // 2026-12-14, a Monday
        if (n % 2 == 1) {
            // Half the clients promise less, later: typing replaces the defaults.
            type(QStringLiteral("250.00"));
            key(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(),
                     log->findChild<QLineEdit *>(QStringLiteral("promiseDate")));
            promised = kToday.addDays(10 + n % 3);
            type(promised.toString(Qt::ISODate));
            promisedMinor = 25000;
        }
        if (n == 0)
            screenshot(log, QStringLiteral("call-log-one-step.png"));
        key(Qt::Key_R, Qt::AltModifier); // Save & send recap
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->mailActions()->composeDialog() != nullptr, 5000);
        ComposeDialog *compose = m_window->mailActions()->composeDialog();
        auto *send = compose->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QTRY_VERIFY2_WITH_TIMEOUT(send->isEnabled(), qPrintable(compose->guardText()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(compose->isActiveWindow(), 5000);
        const int sentBefore = int(sent.size());
        key(Qt::Key_S, Qt::AltModifier); // Queue and send now
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() > sentBefore, 15000);
        QCOMPARE(sent.last().at(0).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->mailActions()->composeDialog(), 5000);
        windowManagerActivatesTheWindow();

        // The call is logged: outcome, promise, next contact (the weekday after the promise).
        const QDate next = CallDefaults::nextContactAfter(promised);
        QCOMPARE(readValue(m_co.path,
                           QStringLiteral("SELECT r.channel || ' ' || r.outcome || ' ' || "
                                          "r.next_contact_date FROM note_revisions r JOIN notes "
                                          "n ON n.id = r.note_id WHERE n.client_id = ? AND "
                                          "r.channel = 'call' ORDER BY r.id DESC LIMIT 1"),
                           {clientId})
                         .toString(),
                 QStringLiteral("call promised ") + next.toString(Qt::ISODate));
        QCOMPARE(readValue(m_co.path,
                           QStringLiteral("SELECT amount_minor || ' ' || promised_date FROM "
                                          "promises WHERE client_id = ? ORDER BY id DESC "
                                          "LIMIT 1"),
                           {clientId})
                         .toString(),
                 QStringLiteral("%1 %2").arg(promisedMinor).arg(promised.toString(Qt::ISODate)));
        // The recap went to Pat only (not to Lee, the other billing contact) …
        const QJsonArray recipients
                = QJsonDocument::fromJson(readValue(m_co.path,
                                                    QStringLiteral("SELECT recipients FROM "
                                                                   "outbox WHERE client_id = ? "
                                                                   "AND template_key = "
                                                                   "'call-recap'"),
                                                    {clientId})
                                                  .toByteArray())
                          .array();
        QCOMPARE(recipients.size(), 1);
        QVERIFY2(recipients.at(0).toString().contains(pat),
                 qPrintable(recipients.at(0).toString()));
        const QJsonObject delivered = m_server.log().value(n);
        QCOMPARE(delivered.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray {pat});
        // … and states only true facts: the promise just made, the invoices still open, no
        // promise that the later payment settled, no "due since" in the future.
        const QString text = mailText(m_server.message(n + 1));
        const QLocale us(QLocale::English, QLocale::UnitedStates); // the company's locale
        const QString agreed = QStringLiteral("you will pay %1 by %2.")
                                       .arg(Money::fromMinor(promisedMinor, u"USD").format(us),
                                            us.toString(promised, QStringLiteral("MMMM d, yyyy")));
        QVERIFY2(text.contains(agreed), qPrintable(agreed + QStringLiteral(" in:\n") + text));
        const QString nextStep = QStringLiteral("in touch again on %1.")
                                         .arg(us.toString(next, QStringLiteral("MMMM d, yyyy")));
        QVERIFY2(text.contains(nextStep), qPrintable(nextStep + QStringLiteral(" in:\n") + text));
        QVERIFY2(!text.contains(account.code + QStringLiteral("-OLD")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("360.99")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("has not reached us")), qPrintable(text));
        QVERIFY2(text.contains(account.code + QStringLiteral("-NEW")), qPrintable(text));
        static const QRegularExpression dueSince(
                QStringLiteral("due since (\\d{4}-\\d{2}-\\d{2})"));
        for (auto m = dueSince.globalMatch(text); m.hasNext();)
            QVERIFY2(QDate::fromString(m.next().captured(1), Qt::ISODate) <= kToday,
                     qPrintable(text));

        key(Qt::Key_D, Qt::ControlModifier); // done: the next account (the last: back to Today)
        keysPerAccount << m_keys;
        m_keys = 0;
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->isShowingToday(), 5000);
    QCOMPARE(worked.size(), 10);
    QCOMPARE(m_server.log().size(), 10);
    // Each account: the key that opened it (Enter, then Ctrl+D), Ctrl+Shift+L, Alt+6, [Tab],
    // Alt+R, Alt+S, Ctrl+D.
    qInfo("keys per account (besides the amount and date typed): %s", qPrintable([&] {
              QStringList s;
              for (int k : keysPerAccount)
                  s << QString::number(k);
              return s.join(QStringLiteral(", "));
          }()));
    for (int k : keysPerAccount)
        QVERIFY2(k <= kBudget, qPrintable(QStringLiteral("%1 keys > %2").arg(k).arg(kBudget)));
}

// Every button of the call log is reachable from the keyboard: its key is underlined on it (a
// mnemonic) or it has a shortcut, and its tooltip names the key.
void TestOneStepCall::everyCallLogButtonHasAKeyNamedInItsTooltip()
{
    openFromToday(m_accounts.first().id);
    callFromKeyboard();
    CallLogDialog *log = m_window->noteActions()->callLog();
    const QList<QAbstractButton *> buttons = log->findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() >= 8 + 5); // outcomes, timer, script, save, recap, cancel, checkboxes
    for (QAbstractButton *b : buttons) {
        if (!b->isVisibleTo(log))
            continue;
        const bool mnemonic = b->text().contains(QRegularExpression(QStringLiteral("&[^&]")));
        QVERIFY2(mnemonic || b->objectName() == QLatin1String("cancelButton"),
                 qPrintable(b->objectName() + QStringLiteral(": ") + b->text()));
        if (qobject_cast<QPushButton *>(b)) {
            const QString keyName = b->objectName() == QLatin1String("cancelButton")
                    ? QStringLiteral("Esc")
                    : QKeySequence::mnemonic(b->text()).toString(QKeySequence::NativeText);
            QVERIFY2(b->toolTip().contains(keyName),
                     qPrintable(b->objectName() + QStringLiteral(": ") + b->toolTip()));
        }
    }
    // The timer stops and starts again by its key; the script hides and shows by its key.
    QVERIFY(log->isRunning());
    key(Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!log->isRunning(), 5000);
    key(Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(log->isRunning(), 5000);
    QWidget *script = log->findChild<QWidget *>(QStringLiteral("scriptBox"));
    QVERIFY(script->isVisible());
    key(Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!script->isVisible(), 5000);
    key(Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(script->isVisible(), 5000);
    // One key per outcome: Alt+3 is "No answer"; Alt+N asks for a next contact (in three
    // days unless changed), and Ctrl+Return saves it.
    key(Qt::Key_3, Qt::AltModifier);
    QCOMPARE(int(log->outcome()), int(NoteOutcome::NoAnswer));
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(log->findChild<QCheckBox *>(QStringLiteral("followUp"))->isChecked(),
                             5000);
    QPointer<CallLogDialog> guard(log);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(guard.isNull(), qPrintable(guard ? guard->errorText() : QString()),
                              5000);
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT outcome FROM note_revisions ORDER BY id DESC "
                                      "LIMIT 1"))
                     .toString(),
             QStringLiteral("no_answer"));
    QVERIFY(!readValue(m_co.path,
                       QStringLiteral("SELECT next_contact_date FROM note_revisions ORDER BY id "
                                      "DESC LIMIT 1"))
                     .isNull());
    // No promise was made: none recorded.
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT count(*) FROM promises WHERE client_id = ?"),
                       {m_accounts.first().id})
                     .toInt(),
             1); // the old one of the fixture
}

// The promise's defaults: Promised fills in the overdue total and a date a week ahead (a
// weekday), the next contact follows the promised date until the clerk sets one, and another
// outcome takes the filled-in amount back.
void TestOneStepCall::promisedFillsInTheOverdueTotalAndTheNextContactFollows()
{
    const Account a = m_accounts.first();
    openFromToday(a.id);
    callFromKeyboard();
    CallLogDialog *log = m_window->noteActions()->callLog();
    auto *amount = log->findChild<QLineEdit *>(QStringLiteral("promiseAmount"));
    auto *date = log->findChild<QLineEdit *>(QStringLiteral("promiseDate"));
    auto *followUp = log->findChild<QCheckBox *>(QStringLiteral("followUp"));
    auto *next = log->findChild<QLineEdit *>(QStringLiteral("nextContact"));
    QVERIFY(amount->text().isEmpty()); // nothing is promised until the clerk says so
    QVERIFY(!followUp->isChecked());
    QVERIFY(!log->hasUnloggedWork()); // the defaults are not work to lose
    key(Qt::Key_6, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), amount, 5000);
    QCOMPARE(amount->text(), QStringLiteral("1000.00"));
    QCOMPARE(amount->selectedText(), amount->text()); // typing replaces it
    QCOMPARE(date->text(), QStringLiteral("12/14/2026"));
    QVERIFY(followUp->isChecked());
    QCOMPARE(next->text(), QStringLiteral("12/15/2026"));
    // A promise for Friday: the next contact is the Monday after.
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), date);
    QCOMPARE(date->selectedText(), date->text());
    type(QStringLiteral("2026-12-18"));
    QCOMPARE(next->text(), QStringLiteral("12/21/2026"));
    // The clerk sets the next contact: it stays when the promise moves.
    key(Qt::Key_Tab); // "Next contact on"
    key(Qt::Key_Tab); // its date
    QCOMPARE(QApplication::focusWidget(), next);
    type(QStringLiteral("2026-12-16"));
    date->setFocus();
    type(QStringLiteral("2026-12-17"));
    QCOMPARE(next->text(), QStringLiteral("2026-12-16"));
    // Voicemail after all: the amount Promised filled in goes; nothing typed stays.
    key(Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(int(log->outcome()), int(NoteOutcome::LeftVoicemail), 5000);
    QVERIFY(amount->text().isEmpty());
    // A date that is not one is refused with the field named, nothing saved.
    key(Qt::Key_6, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), amount, 5000);
    key(Qt::Key_Tab);
    type(QStringLiteral("2026-02-30"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(log->errorText().contains(QStringLiteral("Promise date")), 5000);
    QVERIFY2(log->errorText().contains(QStringLiteral("2026-02-30")), qPrintable(log->errorText()));
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT count(*) FROM notes WHERE client_id = ?"),
                       {a.id})
                     .toInt(),
             1); // only the fixture's old promise note
}

// Issue 12: the call log proposes its dates (the promise a weekday a week ahead, the next contact
// in three days) from the company's day, not the process's: at 10:30 UTC a company on Kiritimati
// (UTC+14) is already a day ahead, one on Pago Pago (UTC-11) still a day behind, of a process
// anywhere between.
void TestOneStepCall::callLogDatesFollowTheCompanysDay()
{
    const QDateTime instant(kToday, QTime(10, 30), QTimeZone::utc());
    const QDate processDay = instant.toTimeZone(QTimeZone::systemTimeZone()).date();
    QByteArray zone = "Pacific/Kiritimati";
    if (instant.toTimeZone(QTimeZone(zone)).date() == processDay)
        zone = "Pacific/Pago_Pago";
    const QDate companyDay = instant.toTimeZone(QTimeZone(zone)).date();
    QVERIFY(companyDay != processDay);
    m_clock->set(instant);
    {
        auto db = Database::open(m_co.path);
        VERIFY_OK(db);
        VERIFY_OK(writeSetting(db.value()->connection(), QStringLiteral("company.time_zone"),
                               QString::fromLatin1(zone)));
        db.value()->releaseThreadConnection();
    }
    auto reopened = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    QCOMPARE(m_window->today(), companyDay);
    // Reopening waited for the first open's backup in a box of its own; keys go to the window
    // once it is active again.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // An account overdue on either day (its invoice fell due three days before kToday).
    const Account a = m_accounts.at(2);
    today()->view()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(today()->selectClient(a.id), 10000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    key(Qt::Key_Return);
    QVERIFY(shown.wait(5000));
    callFromKeyboard();
    CallLogDialog *log = m_window->noteActions()->callLog();
    auto *date = log->findChild<QLineEdit *>(QStringLiteral("promiseDate"));
    auto *next = log->findChild<QLineEdit *>(QStringLiteral("nextContact"));
    const QLocale locale = m_window->companyLocale();
    QCOMPARE(date->text(), dateformat::date(locale, CallDefaults::promiseDate(companyDay)));
    key(Qt::Key_N, Qt::AltModifier); // a next contact, in three days unless changed
    QTRY_VERIFY_WITH_TIMEOUT(log->findChild<QCheckBox *>(QStringLiteral("followUp"))->isChecked(),
                             5000);
    QCOMPARE(next->text(), dateformat::date(locale, companyDay.addDays(3)));
}

// Issue 12: "Tab from Template goes into the note text, so the amount landed in the text and the
// date was lost". Tab goes from Template through the template's fields, then on to the text,
// and all of them come before Save.
void TestOneStepCall::templateFieldsComeBeforeSaveInTabOrder()
{
    openFromToday(m_accounts.first().id);
    m_window->workspace()->showNotesTab();
    NoteComposer *composer = m_window->workspace()->notesPane()->composer();
    QTRY_VERIFY_WITH_TIMEOUT(composer->isVisible(), 5000);
    auto *templ = composer->findChild<QComboBox *>(QStringLiteral("template"));
    templ->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), templ, 5000);
    composer->setTemplate(QStringLiteral("promise-to-pay"));
    QTRY_VERIFY_WITH_TIMEOUT(
            composer->findChild<QLineEdit *>(QStringLiteral("field_amount"))->isVisible(), 5000);
    QList<QWidget *> order;
    for (int i = 0; i < 12 && QApplication::focusWidget(); ++i) {
        key(Qt::Key_Tab);
        order << QApplication::focusWidget();
    }
    auto at = [&](const char *name) {
        for (int i = 0; i < order.size(); ++i) {
            if (order.at(i)->objectName() == QLatin1String(name))
                return i;
        }
        return int(order.size()) + 100;
    };
    QCOMPARE(order.value(0)->objectName(), QStringLiteral("field_amount"));
    QVERIFY(at("field_amount") < at("field_date"));
    QVERIFY(at("field_date") < at("text"));
    QVERIFY(at("text") < at("saveNoteButton"));
    // Typed in Tab order, the amount and the date land in their fields, not in the text.
    templ->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), templ, 5000);
    key(Qt::Key_Tab);
    type(QStringLiteral("500.00"));
    key(Qt::Key_Tab);
    type(QStringLiteral("2026-12-14"));
    QCOMPARE(composer->findChild<QLineEdit *>(QStringLiteral("field_amount"))->text(),
             QStringLiteral("500.00"));
    QCOMPARE(composer->findChild<QLineEdit *>(QStringLiteral("field_date"))->text(),
             QStringLiteral("2026-12-14"));
    QCOMPARE(composer->findChild<QPlainTextEdit *>(QStringLiteral("text"))->toPlainText(),
             QString());
}

QTEST_MAIN(TestOneStepCall)
#include "tst_onestepcall.moc"
