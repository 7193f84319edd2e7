// SPDX-License-Identifier: MIT
// The Today queue as the start page, worked from the keyboard only (key events counted), the
// "why / why not chased" tab, and Work > Run reminders — on the real main window over a real
// company file (offscreen).
#include "models/clientlistmodel.h"
#include "models/todayqueuemodel.h"
#include "widgets/chasetab.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/mainwindow.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/policiesdialog.h"
#include "widgets/remindersdialog.h"
#include "widgets/todaypane.h"
#include "widgets/worklistsdialog.h"

#include "support/workflowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

class TestTodayGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientListIsNotQueuedBehindToday();
    void threeItemsByKeyboardOnly();
    void ctrlLGetsACallNoteReady();
    void whyTabExplainsTheNextStep();
    void runRemindersPreviewsThenApplies();
    void disputeFromTheInvoicesTableThenResolve();
    void tasksDoneFromTheWorkLists();
    void policiesAndWeightsAreEditable();

private:
    /// Sends one key press to whatever has the focus, and counts it.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target
                = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, k, mods);
        ++m_keys;
    }
    TodayPane *today() const { return m_window->workspace()->todayPane(); }
    void screenshot(QWidget *w, const QString &name);

    const QDate kToday {2026, 12, 7}; // the day the tests run on, by the fixed clock
    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_a = 0, m_b = 0, m_c = 0;
    int m_keys = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestTodayGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
}

void TestTodayGui::init()
{
    QVERIFY(m_dir.renew());
    // The window and the file read one fixed clock: what is due "today" does not depend on
    // the hour or the time zone the suite runs in.
    // Noon UTC: the company (WorkflowCompany lives in UTC) is on kToday in every process zone.
    m_clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("today.ardesk")), m_clock));
    const QDate day = m_co.db->today();
    // Three of ann's clients need her today: two invoices that just fell due, and one client
    // she promised to call back today (a follow-up task from her note).
    m_a = m_co.client(QStringLiteral("ALFA"));
    m_b = m_co.client(QStringLiteral("BRAVO"));
    m_c = m_co.client(QStringLiteral("CHARLIE"));
    QVERIFY(m_co.invoice(m_a, QStringLiteral("A-1"), day.addDays(-2), 900000));
    QVERIFY(m_co.invoice(m_b, QStringLiteral("B-1"), day.addDays(-1), 50000));
    QVERIFY(m_co.invoice(m_c, QStringLiteral("C-1"), day.addDays(20), 70000));
    // The call was an hour ago by the clock: the same local day in every time zone.
    VERIFY_OK(m_co.call(m_c, day, day, m_clock->now().addSecs(-3600)));
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    m_keys = 0;
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto r = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(today()->model()->rowCount(), 3, 5000);
    QVERIFY(m_window->workspace()->isShowingToday()); // the start page
}

void TestTodayGui::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestTodayGui::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestTodayGui::clientListIsNotQueuedBehindToday()
{
    // On open, the client list's first page (a few ms) is asked for before the Today queue
    // (tens of ms for a clerk with thousands of clients), so the list never waits for the
    // queue: when the queue's rows arrive, the list already has its rows.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    int listRowsWhenTodayArrived = -1;
    connect(today()->model(), &QAbstractItemModel::modelReset, m_window.get(), [&] {
        if (listRowsWhenTodayArrived < 0 && today()->model()->rowCount() > 0)
            listRowsWhenTodayArrived = m_window->clientList()->model()->rowCount();
    });
    auto r = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(today()->model()->rowCount(), 3, 5000);
    QVERIFY(listRowsWhenTodayArrived > 0);
}

void TestTodayGui::threeItemsByKeyboardOnly()
{
    // Highest priority first: ALFA owes the most.
    QCOMPARE(today()->model()->index(0, 0).data(TodayQueueModel::ClientIdRole).toLongLong(), m_a);
    const QString charlieWhy = [&] {
        for (int r = 0; r < 3; ++r) {
            if (today()->model()->index(r, 0).data(TodayQueueModel::ClientIdRole).toLongLong()
                == m_c)
                return today()->model()->index(r, TodayQueueModel::Why).data().toString();
        }
        return QString();
    }();
    QVERIFY2(!charlieWhy.isEmpty(), "CHARLIE is in the queue for its follow-up");
    screenshot(m_window.get(), QStringLiteral("today-queue.png"));
    today()->view()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), today()->view(), 5000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    QList<qint64> opened;
    key(Qt::Key_Return); // open the first account
    QVERIFY(shown.wait(5000));
    opened << shown.last().first().toLongLong();
    for (int i = 0; i < 2; ++i) {
        key(Qt::Key_D, Qt::ControlModifier); // done, next account
        QVERIFY(shown.wait(5000));
        opened << shown.last().first().toLongLong();
    }
    key(Qt::Key_D, Qt::ControlModifier); // done with the last: back to an empty queue
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->isShowingToday(), 5000);
    QCOMPARE(today()->model()->rowCount(), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(today()->titleText().contains(QStringLiteral("nothing needs you")),
                              qPrintable(today()->titleText()), 5000);
    QCOMPARE(QSet<qint64>(opened.cbegin(), opened.cend()), (QSet<qint64> {m_a, m_b, m_c}));
    QCOMPARE(opened.first(), m_a);
    // Three accounts worked with four key presses; CHARLIE's follow-up task is done.
    QCOMPARE(m_keys, 4);
    QTRY_COMPARE_WITH_TIMEOUT(readValue(m_co.path,
                                        QStringLiteral("SELECT status FROM tasks WHERE client_id "
                                                       "= ?"),
                                        {m_c})
                                      .toString(),
                              QStringLiteral("done"), 5000);
}

void TestTodayGui::ctrlLGetsACallNoteReady()
{
    today()->view()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), today()->view(), 5000);
    today()->selectClient(m_b);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().first().toLongLong(), m_b);
    NoteComposer *composer = m_window->workspace()->notesPane()->composer();
    QTRY_VERIFY_WITH_TIMEOUT(composer->isVisible(), 5000);
    QCOMPARE(composer->findChild<QComboBox *>(QStringLiteral("channel"))->currentData().toString(),
             QStringLiteral("call"));
    QCOMPARE(composer->findChild<QComboBox *>(QStringLiteral("contact"))->currentText(),
             QStringLiteral("Pat BRAVO"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                              composer->findChild<QPlainTextEdit *>(QStringLiteral("text")), 5000);
    // Ctrl+T goes back to the queue.
    key(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->isShowingToday(), 5000);
}

void TestTodayGui::whyTabExplainsTheNextStep()
{
    today()->view()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), today()->view(), 5000);
    today()->selectClient(m_a);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    key(Qt::Key_Return);
    QVERIFY(shown.wait(5000));
    const QString why = m_window->workspace()->chaseTab()->text();
    // Two days late: the friendly reminder comes at +5, on a date the clerk can see.
    QVERIFY2(why.contains(QStringLiteral("A-1")) && why.contains(QStringLiteral("+5 days")),
             qPrintable(why));
    m_window->workspace()->showChaseTab();
    screenshot(m_window->workspace(), QStringLiteral("why-chased.png"));
}

void TestTodayGui::runRemindersPreviewsThenApplies()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("runRemindersAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    RemindersDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<RemindersDialog *>()), 10000);
    // Nothing is due yet (1–2 days late; the first step is at +5): the plan says so, and
    // writes nothing.
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("0 e-mail")),
             qPrintable(dialog->summaryText()));
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT count(*) FROM reminder_log")).toInt(), 0);
    dialog->reject();
}

void TestTodayGui::disputeFromTheInvoicesTableThenResolve()
{
    today()->view()->setFocus();
    today()->selectClient(m_a);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    key(Qt::Key_Return);
    QVERIFY(shown.wait(5000));
    auto *details = m_window->workspace()->detailsTab();
    details->invoiceView()->selectRow(0);
    auto *dispute = details->findChild<QPushButton *>(QStringLiteral("disputeButton"));
    QVERIFY(dispute && dispute->isEnabled());
    QTest::mouseClick(dispute, Qt::LeftButton);
    NoteComposer *composer = m_window->workspace()->notesPane()->composer();
    auto *reason = composer->findChild<QLineEdit *>(QStringLiteral("field_reason"));
    QVERIFY(reason);
    QCOMPARE(composer->findChild<QLineEdit *>(QStringLiteral("field_invoices"))->text(),
             QStringLiteral("A-1"));
    reason->setText(QStringLiteral("Goods arrived damaged"));
    composer->setNoFollowUp(true);
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("saveNoteButton")),
                      Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY2(composer->errorText().isEmpty(), qPrintable(composer->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_co.path,
                      QStringLiteral("SELECT count(*) FROM disputes WHERE status = "
                                     "'open'"))
                    .toInt(),
            1, 5000);
    QCOMPARE(composer->errorText(), QString());
    // Resolve it from Work > Tasks and disputes; the resolution becomes a note.
    m_window->findChild<QAction *>(QStringLiteral("workListsAction"))->trigger();
    WorkListsDialog *lists = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((lists = m_window->findChild<WorkListsDialog *>()), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(lists->disputeTable()->rowCount(), 1, 5000);
    lists->disputeTable()->selectRow(0);
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Credit note issued for the damage"));
        input->accept();
    });
    QTest::mouseClick(lists->findChild<QPushButton *>(QStringLiteral("disputeResolve")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_co.path, QStringLiteral("SELECT status FROM disputes")).toString(),
            QStringLiteral("resolved"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(lists->disputeTable()->rowCount(), 0, 5000);
    QVERIFY(readValue(m_co.path,
                      QStringLiteral("SELECT count(*) FROM note_revisions WHERE body "
                                     "LIKE '%Credit note issued%'"))
                    .toInt()
            >= 1);
    // A task by hand for the client on screen: what, then when — asked and answered in the
    // company's date format (en_US here), as every date field reads it.
    const QDate due = kToday.addDays(2);
    QStringList answers {QStringLiteral("Send the credit note to AP"),
                         due.toString(QStringLiteral("M/d/yyyy"))};
    QStringList offered;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&answers, &offered] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            input && !answers.isEmpty()) {
            offered << input->labelText() + u' ' + input->textValue();
            input->setTextValue(answers.takeFirst());
            input->accept();
        }
    });
    answer.start(20);
    QTest::mouseClick(lists->findChild<QPushButton *>(QStringLiteral("taskNew")), Qt::LeftButton);
    answer.stop();
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_co.path,
                      QStringLiteral("SELECT title || ' ' || due_date FROM tasks WHERE "
                                     "client_id = ? AND source = 'manual'"),
                      {m_a})
                    .toString(),
            QStringLiteral("Send the credit note to AP ") + due.toString(Qt::ISODate), 5000);
    QCOMPARE(offered.value(1),
             QStringLiteral("Due on (M/d/yyyy): ")
                     + kToday.addDays(1).toString(QStringLiteral("M/d/yyyy")));
    lists->close();
}

void TestTodayGui::tasksDoneFromTheWorkLists()
{
    m_window->findChild<QAction *>(QStringLiteral("workListsAction"))->trigger();
    WorkListsDialog *lists = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((lists = m_window->findChild<WorkListsDialog *>()), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(lists->taskTable()->rowCount(), 1, 5000); // CHARLIE's follow-up
    lists->taskTable()->selectRow(0);
    QTest::mouseClick(lists->findChild<QPushButton *>(QStringLiteral("taskDone")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lists->taskTable()->rowCount(), 0, 5000);
    QCOMPARE(lists->messageText(), QStringLiteral("Task done"));
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT status FROM tasks")).toString(),
             QStringLiteral("done"));
    QVERIFY(!lists->findChild<QPushButton *>(QStringLiteral("taskNew"))->isEnabled()); // no client
    // Today drops CHARLIE: its only reason was that task.
    QTRY_COMPARE_WITH_TIMEOUT(today()->model()->rowCount(), 2, 5000);
    lists->close();
}

void TestTodayGui::policiesAndWeightsAreEditable()
{
    // #13: reminder policies and templates are a manager's; ann, the clerk, is made one too.
    withPlainConnection(m_co.path, [](QSqlDatabase db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) SELECT "
                                      "id, 'manager' FROM users WHERE name = 'ann'")));
    });
    today()->view()->setFocus();
    today()->selectClient(m_a);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    key(Qt::Key_Return);
    QVERIFY(shown.wait(5000));
    m_window->findChild<QAction *>(QStringLiteral("policiesAction"))->trigger();
    PoliciesDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PoliciesDialog *>()), 5000);
    QVERIFY(dialog->select(QStringLiteral("Standard")));
    // The friendly reminder moves from +5 to +7 days.
    auto *steps = dialog->findChild<QTableWidget *>(QStringLiteral("policySteps"));
    QVERIFY(steps->rowCount() >= 6);
    qobject_cast<QSpinBox *>(steps->cellWidget(0, 0))->setValue(7);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePolicy")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_co.path,
                      QStringLiteral("SELECT min(days_after_due) FROM policy_steps s "
                                     "JOIN reminder_policies p ON p.id = s.policy_id "
                                     "WHERE p.name = 'Standard'"))
                    .toInt(),
            7, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(QStringLiteral("saved")), 5000);
    // Weights that do not add up to 100 are refused, naming the sum; then a valid set is kept.
    dialog->findChild<QSpinBox *>(QStringLiteral("weight0"))->setValue(50);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSettings")),
                      Qt::LeftButton);
    QVERIFY2(dialog->messageText().contains(QStringLiteral("120")),
             qPrintable(dialog->messageText()));
    dialog->findChild<QSpinBox *>(QStringLiteral("weight1"))->setValue(5);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSettings")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(readValue(m_co.path,
                                       QStringLiteral("SELECT value FROM settings WHERE key = "
                                                      "'workflow.priority_weights'"))
                                     .toString()
                                     .contains(QStringLiteral("\"amount_overdue\":50")),
                             5000);
    // ALFA follows the key-account policy from now on.
    QVERIFY(dialog->select(QStringLiteral("Key accounts")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("assignPolicy")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(readValue(m_co.path,
                                       QStringLiteral("SELECT p.name FROM clients c "
                                                      "JOIN reminder_policies p ON "
                                                      "p.id = c.policy_id WHERE c.id "
                                                      "= ?"),
                                       {m_a})
                                             .toString()
                                     == QStringLiteral("Key accounts"),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(
            m_window->workspace()->chaseTab()->text().contains(QStringLiteral("Key accounts")),
            5000);
    dialog->close();
}

QTEST_MAIN(TestTodayGui)
#include "tst_todaygui.moc"
