// SPDX-License-Identifier: MIT
// The client workspace at a glance, with the real window under the offscreen platform: open
// invoices first, badges for promises, disputes, plans and pauses, last payment and average days
// to pay; the list/workspace splitter staying where the user put it; pause and resume, and the
// promise-kept rates, from the window.
#include "core/services/promiseservice.h"
#include "core/storage/clientrepository.h"
#include "models/clientlistmodel.h"
#include "models/invoicetablemodel.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/mainwindow.h"
#include "widgets/pausedialog.h"
#include "widgets/promiseratesdialog.h"
#include "widgets/templatesdialog.h"

#include "support/workflowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openInvoicesFirstWithBadgesAndHabits();
    void splitterStaysWhereTheUserPutIt();
    void pauseAndResumeFromTheClientMenu();
    void promiseRatesAreTheCoresNumbers();
    void templatesAddDuplicateDelete();

private:
    void openWindow(int clients = 2);
    void showClient(qint64 id);
    ClientDetailsTab *details() const { return m_window->workspace()->detailsTab(); }
    QSplitter *splitter() const
    {
        return m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    }
    template<typename Dialog>
    Dialog *waitForDialog();
    void screenshot(QWidget *w, const QString &name);

    const QDate kToday {2026, 12, 7};
    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_kite = 0, m_long = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    // Its settings file is its own run's (support/testinit.cpp): the splitter position it saves
    // is not a clock rerun's.
}

void TestWorkspace::init()
{
    QSettings().clear();
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("workspace.ardesk")), m_clock));
    const QDate day = m_co.db->today();
    m_kite = m_co.client(QStringLiteral("KITE"));
    // Fifteen paid invoices, each paid i days after it was issued (average (1+…+15)/15 = 8),
    // newer than the two still open.
    for (int i = 1; i <= 15; ++i) {
        const QDate due = day.addDays(-100 + 5 * i);
        const qint64 id = m_co.invoice(m_kite, QStringLiteral("P-%1").arg(i, 2, 10, QChar(u'0')),
                                       due, 10000);
        QVERIFY(id);
        const QDate issued = makeInvoice(m_kite, QString(), due, 1).issueDate;
        VERIFY_OK(m_co.pay(m_kite, issued.addDays(i), 10000, id));
    }
    QVERIFY(m_co.invoice(m_kite, QStringLiteral("O-1"), day.addDays(-150), 50000));
    QVERIFY(m_co.invoice(m_kite, QStringLiteral("O-2"), day.addDays(-10), 30000));
    VERIFY_OK(m_co.dispute(m_kite, day.addDays(-2), QStringLiteral("O-2")));
    VERIFY_OK(m_co.promise(m_kite, day.addDays(-1), QStringLiteral("200.00"), day.addDays(5)));
    VERIFY_OK(m_co.plan(m_kite, day.addDays(-1),
                        QStringLiteral("100.00:%1; 100.00:%2")
                                .arg(day.addDays(10).toString(Qt::ISODate),
                                     day.addDays(40).toString(Qt::ISODate))));
    // A client whose name and contact are long enough to widen a naive workspace.
    m_long = m_co.client(QStringLiteral("LONG"));
    {
        ClientService s(m_co.db, m_co.clerk);
        auto c = ClientRepository(*m_co.db).find(m_long);
        QVERIFY(c);
        Client client = c.value();
        client.name = QStringLiteral("The Extraordinarily Long-Named Consolidated Industrial "
                                     "Refrigeration and Cold Chain Logistics Holding Company");
        VERIFY_OK(s.updateClient(client));
        auto kite = ClientRepository(*m_co.db).find(m_kite);
        QVERIFY(kite);
        Client k = kite.value();
        k.internalNotes = QStringLiteral(
                "Pays by check on the 15th; the controller (Ms. Alvarez) signs every check over "
                "$5,000 herself and is out on Fridays. Statements go to the Portland office, "
                "never to the warehouse. Ask for the remittance advice when a payment is short.");
        VERIFY_OK(s.updateClient(k));
    }
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    openWindow();
}

void TestWorkspace::openWindow(int clients)
{
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto r = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), clients, 5000);
}

void TestWorkspace::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestWorkspace::showClient(qint64 id)
{
    auto *model = m_window->clientList()->model();
    const int row = model->rowOfClient(id);
    QVERIFY(row >= 0);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(row, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(details()->details().client.id, id, 5000);
}

template<typename Dialog>
Dialog *TestWorkspace::waitForDialog()
{
    Dialog *found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = m_window->findChild<Dialog *>()) != nullptr; },
                         5000))
        qWarning("no dialog appeared");
    return found;
}

void TestWorkspace::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestWorkspace::openInvoicesFirstWithBadgesAndHabits()
{
    showClient(m_kite);
    // The two open invoices lead (the oldest due first), above the fifteen paid ones, which
    // follow newest first.
    QTableView *view = details()->invoiceView();
    QCOMPARE(view->model()->rowCount(), 17);
    auto number = [view](int row) { return view->model()->index(row, 0).data().toString(); };
    QCOMPARE(number(0), QStringLiteral("O-1"));
    QCOMPARE(number(1), QStringLiteral("O-2"));
    QCOMPARE(number(2), QStringLiteral("P-15"));
    QCOMPARE(number(16), QStringLiteral("P-01"));
    QCOMPARE(view->rowViewportPosition(0), 0); // the first open one is on screen

    // Badges with counts; the facts are in their tool tips.
    QCOMPARE(m_window->workspace()->badgeTexts(),
             QStringList({QStringLiteral("1 open promise"), QStringLiteral("1 dispute"),
                          QStringLiteral("1 payment plan")}));
    auto *promise = m_window->workspace()->findChild<QLabel *>(QStringLiteral("promiseBadge"));
    QVERIFY2(promise->toolTip().contains(QStringLiteral("$200.00 promised by")),
             qPrintable(promise->toolTip()));
    auto *dispute = m_window->workspace()->findChild<QLabel *>(QStringLiteral("disputeBadge"));
    QVERIFY2(dispute->toolTip().contains(QStringLiteral("O-2 disputed since"))
                     && dispute->toolTip().contains(QStringLiteral("price differs")),
             qPrintable(dispute->toolTip()));
    auto *plan = m_window->workspace()->findChild<QLabel *>(QStringLiteral("planBadge"));
    QVERIFY2(plan->toolTip().contains(QStringLiteral("2 of 2 installments still owed, $200.00")),
             qPrintable(plan->toolTip()));

    // The last payment (P-15's, the newest) and the average days to pay.
    QVERIFY2(details()->fieldText(QStringLiteral("lastPayment")).startsWith(u"$100.00 on "),
             qPrintable(details()->fieldText(QStringLiteral("lastPayment"))));
    QCOMPARE(details()->fieldText(QStringLiteral("averageDaysToPay")), QStringLiteral("8 days"));
    screenshot(m_window.get(), QStringLiteral("client-workspace.png"));

    // No clipped text at the two common window sizes: the internal notes and the badges show
    // whole (a wrapped label has the height its text needs).
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        m_window->resize(size);
        QTest::qWait(100);
        auto *notes = details()->findChild<QPlainTextEdit *>(QStringLiteral("internalNotes"));
        QVERIFY(notes->toPlainText().endsWith(QStringLiteral("when a payment is short.")));
        // All of it in view, or the rest reachable by scrolling.
        QVERIFY2(notes->verticalScrollBar()->maximum() == 0
                         || notes->verticalScrollBar()->isVisible(),
                 qPrintable(QString::number(size.width())));
        QCOMPARE(notes->toolTip(), notes->toPlainText());
        // The credit box's facts are in view without scrolling sideways.
        auto *scroll
                = m_window->workspace()->findChild<QScrollArea *>(QStringLiteral("detailsScroll"));
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1: details %2 px wide in %3")
                                    .arg(size.width())
                                    .arg(details()->minimumSizeHint().width())
                                    .arg(scroll->viewport()->width())));
        for (const char *name : {"promiseBadge", "disputeBadge", "planBadge"}) {
            auto *badge = m_window->workspace()->findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(badge->width() >= badge->sizeHint().width(), name);
        }
        screenshot(m_window.get(), QStringLiteral("client-workspace-%1.png").arg(size.width()));
    }
}

void TestWorkspace::splitterStaysWhereTheUserPutIt()
{
    // The user gives the list most of the room.
    splitter()->setSizes({1100, 400});
    QApplication::processEvents();
    const QList<int> chosen = splitter()->sizes();
    showClient(m_kite);
    QTest::qWait(50);
    QCOMPARE(splitter()->sizes(), chosen);
    showClient(m_long); // a long name and contact: the workspace does not push the handle
    QTest::qWait(50);
    QCOMPARE(splitter()->sizes(), chosen);
    showClient(m_kite);
    QTest::qWait(50);
    QCOMPARE(splitter()->sizes(), chosen);
    // Across a restart: the next window opens with the same split.
    QVERIFY(m_window->close());
    m_window.reset();
    openWindow();
    QCOMPARE(splitter()->sizes(), chosen);
    showClient(m_long);
    QTest::qWait(50);
    QCOMPARE(splitter()->sizes(), chosen);
}

void TestWorkspace::pauseAndResumeFromTheClientMenu()
{
    showClient(m_kite);
    auto *pause = m_window->findChild<QAction *>(QStringLiteral("pauseRemindersAction"));
    QVERIFY(pause && pause->isEnabled());
    pause->trigger();
    auto *dialog = waitForDialog<PauseDialog>();
    QVERIFY(dialog);
    // No reason: refused naming the field, nothing written.
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("pauseOk"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Reason:")),
             qPrintable(dialog->errorText()));
    const QDate until = kToday.addDays(20);
    dialog->findChild<QDateEdit *>(QStringLiteral("pauseUntil"))->setDate(until);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pauseReason")),
                     QStringLiteral("Owner in hospital"));
    screenshot(dialog, QStringLiteral("pause-dialog.png"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<PauseDialog *>() == nullptr, 5000);
    auto *badge = m_window->workspace()->findChild<QLabel *>(QStringLiteral("pauseBadge"));
    QTRY_VERIFY_WITH_TIMEOUT(!badge->isHidden(), 5000);
    QVERIFY2(badge->text().startsWith(QStringLiteral("Paused until ")), qPrintable(badge->text()));
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT paused_until FROM clients WHERE id = ?"),
                       {m_kite})
                     .toString(),
             until.toString(Qt::ISODate));
    QVERIFY(readValue(m_co.path,
                      QStringLiteral("SELECT count(*) FROM notes n JOIN note_revisions r ON "
                                     "r.note_id = n.id WHERE n.client_id = ? AND r.body LIKE "
                                     "'%Owner in hospital%'"),
                      {m_kite})
                    .toInt()
            >= 1);

    // One invoice, chosen in the dialog.
    pause->trigger();
    dialog = waitForDialog<PauseDialog>();
    QVERIFY(dialog);
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("pauseScope"));
    scope->setCurrentIndex(scope->findText(QStringLiteral("Invoice O-1"), Qt::MatchStartsWith));
    QVERIFY(scope->currentData().toLongLong() != 0);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pauseReason")),
                     QStringLiteral("Waiting for credit note"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pauseOk")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<PauseDialog *>() == nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(badge->toolTip().contains(QStringLiteral("Invoice O-1 paused until")),
                             5000);

    // Resume the whole client: its pause ends; the invoice's stays.
    m_window->findChild<QAction *>(QStringLiteral("resumeRemindersAction"))->trigger();
    dialog = waitForDialog<PauseDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pauseOk")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<PauseDialog *>() == nullptr, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("1 invoice paused"), 5000);
    QVERIFY(readValue(m_co.path,
                      QStringLiteral("SELECT coalesce(paused_until, '') FROM clients WHERE id = ?"),
                      {m_kite})
                    .toString()
                    .isEmpty());
}

void TestWorkspace::promiseRatesAreTheCoresNumbers()
{
    // A second client: one promise kept (paid after it was made), one broken.
    m_window.reset();
    QVERIFY(m_co.open(m_co.path, m_clock));
    const QDate day = m_co.db->today();
    const qint64 gamma = m_co.client(QStringLiteral("GAMMA"));
    const qint64 g1 = m_co.invoice(gamma, QStringLiteral("G-1"), day.addDays(-60), 9000);
    QVERIFY(m_co.invoice(gamma, QStringLiteral("G-2"), day.addDays(-50), 9000));
    VERIFY_OK(m_co.promise(gamma, day.addDays(-40), QStringLiteral("90.00"), day.addDays(-35)));
    VERIFY_OK(m_co.pay(gamma, day.addDays(-37), 9000, g1));
    VERIFY_OK(m_co.promise(gamma, day.addDays(-30), QStringLiteral("90.00"), day.addDays(-25)));
    auto company
            = PromiseService(m_co.db, m_co.clerk).keptRates(PromiseService::RateBy::Company, day);
    QVERIFY2(company, qPrintable(company.errorString()));
    QCOMPARE(company.value().size(), 1);
    QCOMPARE(company.value().first().rate.resolved, 2);
    QCOMPARE(company.value().first().rate.kept, 1);
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    openWindow(3);

    m_window->findChild<QAction *>(QStringLiteral("promiseRatesAction"))->trigger();
    auto *dialog = waitForDialog<PromiseRatesDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->rowTexts().size(), 2, 5000);
    QCOMPARE(dialog->rowTexts().at(0), QStringLiteral("Company | USD | 1 | 2 | 50.0 % | 50.0 %"));
    QCOMPARE(dialog->rowTexts().at(1), QStringLiteral("ann | USD | 1 | 2 | 50.0 % | 50.0 %"));
    screenshot(dialog, QStringLiteral("promise-rates.png"));
}

// File > Templates: New (an e-mail template named by the user), Duplicate, Delete — a shipped
// template cannot be deleted (the dialog says so and it stays), a copy can.
void TestWorkspace::templatesAddDuplicateDelete()
{
    // #13: reminder policies and templates are a manager's; ann, the clerk, is made one too.
    withPlainConnection(m_co.path, [](QSqlDatabase db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) SELECT "
                                      "id, 'manager' FROM users WHERE name = 'ann'")));
    });
    auto count = [this](const QString &key) {
        return readValue(m_co.path, QStringLiteral("SELECT count(*) FROM templates WHERE key = ?"),
                         {key})
                .toInt();
    };
    m_window->findChild<QAction *>(QStringLiteral("templatesAction"))->trigger();
    auto *dialog = waitForDialog<TemplatesDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->select(QStringLiteral("promise-to-pay")), 5000);
    auto confirmDelete = [&] {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deleteTemplateButton")),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmDeleteTemplate")))
                        != nullptr,
                5000);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    };
    confirmDelete();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("ships with ARDesk")),
                             5000);
    QCOMPARE(count(QStringLiteral("promise-to-pay")), 1);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("duplicateTemplateButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("promise-to-pay-copy")), 1, 5000);
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT name FROM templates WHERE key = "
                                      "'promise-to-pay-copy'"))
                     .toString(),
             QStringLiteral("Promise to pay (copy)"));
    QTRY_COMPARE_WITH_TIMEOUT(
            dialog->findChild<QLineEdit *>(QStringLiteral("templateName"))->text(),
            QStringLiteral("Promise to pay (copy)"), 5000);
    confirmDelete();
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("promise-to-pay-copy")), 0, 5000);

    auto *newButton = dialog->findChild<QPushButton *>(QStringLiteral("newTemplateButton"));
    newButton->menu()->findChild<QAction *>(QStringLiteral("new-email"))->trigger();
    QInputDialog *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (ask = dialog->findChild<QInputDialog *>(QStringLiteral("newTemplateName"))) != nullptr,
            5000);
    ask->setTextValue(QStringLiteral("Courtesy note"));
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("courtesy-note")), 1, 5000);
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT kind FROM templates WHERE key = 'courtesy-note'"))
                     .toString(),
             QStringLiteral("email"));
    QTRY_COMPARE_WITH_TIMEOUT(
            dialog->findChild<QLineEdit *>(QStringLiteral("templateName"))->text(),
            QStringLiteral("Courtesy note"), 5000);
    screenshot(dialog, QStringLiteral("templates-new.png"));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
