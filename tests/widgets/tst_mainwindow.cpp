// SPDX-License-Identifier: MIT
// The real main window on a real demo company file, under the offscreen platform.
#include "core/services/demogenerator.h"
#include "core/services/noteservice.h"
#include "core/storage/clientdetails.h"
#include "core/storage/sql.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "models/invoicetablemodel.h"
#include "models/notetimelinemodel.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/importdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/notespane.h"
#include "widgets/todaypane.h"

#include "support/testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ardesk;
using namespace ardesk::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDemoFileAndPaintsRows();
    void filterNarrowsTheList();
    void selectingAClientShowsDetails();
    void creditHoldIsVisible();
    void menuIconsAreDrawn();
    void holdAndReleaseFromTheDetailsTab();
    void salesAndClerkSeeOnlyWhatTheirRoleMayDo();
    void refusesGarbageFileAndKeepsCurrent();
    void olderFileIsUpgradedOffTheGuiThread();
    void newFileStartsEmpty();

private:
    void screenshot(QWidget *w, const QString &name);
    /// Opens the demo file as `user` and waits for the whole list.
    void openAs(const QString &user);
    /// Filters the list to `code` and shows that client.
    void showClient(const QString &code);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(100); // let freshly added widgets show and lay out before the grab
        w->grab().save(dir + u'/' + name);
    }
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.ardesk"));
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    DemoGenerator::Options o;
    o.clients = 250;
    o.seed = 5;
    o.asOf = db.value()->today();
    QVERIFY(DemoGenerator(db.value()).generate(o));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::opensDemoFileAndPaintsRows()
{
    QSignalSpy painted(m_window->clientList(), &ClientListPane::rowsPainted);
    auto r = m_window->openFile(m_path, QStringLiteral("dana.ortiz"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY(painted.wait(10000));
    QCOMPARE(m_window->currentUser().name, QStringLiteral("dana.ortiz"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Northwind Industrial Supply")));
    auto *userLabel = m_window->findChild<QLabel *>(QStringLiteral("currentUserLabel"));
    QVERIFY(userLabel);
    QVERIFY(userLabel->text().contains(QStringLiteral("Dana Ortiz")));
    // The count follows the first page (its own query): wait for it, as a user would.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 250, 10000);
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("clientCount"));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("250 clients"), 10000);
    QVERIFY(m_window->recentFiles().contains(m_path));
    // Default order: largest overdue first.
    const auto *model = m_window->clientList()->model();
    QVERIFY(model->index(0, ClientListModel::Overdue).data(ClientListModel::SortRole).toLongLong()
            >= model->index(1, ClientListModel::Overdue)
                       .data(ClientListModel::SortRole)
                       .toLongLong());
    screenshot(m_window.get(), QStringLiteral("main-window.png"));
}

void TestMainWindow::filterNarrowsTheList()
{
    auto *pane = m_window->clientList();
    auto *model = pane->model();
    const QString name = model->index(3, ClientListModel::Name).data().toString();
    const QString word = name.section(u' ', 0, 0);
    QSignalSpy loaded(model, &ClientListModel::loaded);
    pane->filterEdit()->setFocus();
    QTest::keyClicks(pane->filterEdit(), word);
    QVERIFY(loaded.wait(5000));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < 250);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString code = model->index(r, ClientListModel::Code).data().toString();
        const QString rowName = model->index(r, ClientListModel::Name).data().toString();
        // Matches by name, or by code or a contact (checked in the model test).
        if (!rowName.contains(word, Qt::CaseInsensitive))
            QVERIFY(!code.isEmpty());
    }
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("clientCount"));
    QVERIFY2(count->text().contains(word), qPrintable(count->text()));
    screenshot(m_window.get(), QStringLiteral("filtered.png"));
    pane->filterEdit()->clear();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model->rowCount(), 250);
}

void TestMainWindow::selectingAClientShowsDetails()
{
    auto *view = m_window->clientList()->view();
    auto *model = m_window->clientList()->model();
    const QString name = model->index(2, ClientListModel::Name).data().toString();
    const qint64 id = model->index(2, 0).data(ClientListModel::ClientIdRole).toLongLong();
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toLongLong() == id, 5000);
    QCOMPARE(m_window->workspace()->headerText(), name);

    auto conn = m_window->worker()->database()->connection();
    auto details = ClientDetails::load(conn, id, QDate::currentDate());
    QVERIFY(details);
    auto *tab = m_window->workspace()->detailsTab();
    QCOMPARE(tab->invoiceModel()->rowCount(), int(details.value().invoices.size()));
    QCOMPARE(tab->contactCount(), int(details.value().contacts.size()));
    QVERIFY(tab->fieldText(QStringLiteral("terms")).startsWith(QStringLiteral("Net ")));
    QVERIFY(!tab->fieldText(QStringLiteral("balance")).isEmpty());
    // Last conversation and last touch apart (#12), never one "last contact".
    const QString contact = tab->fieldText(QStringLiteral("lastContact"));
    QVERIFY2(contact.startsWith(QStringLiteral("Last conversation: "))
                     && contact.contains(QStringLiteral(" · Last touch: ")),
             qPrintable(contact));
    // The aging row shows this client's open amounts by age, as the core computes them.
    const QString agingText = tab->fieldText(QStringLiteral("aging"));
    const QLocale enUs(QStringLiteral("en_US"));
    if (details.value().aging.currencies.isEmpty()) {
        QVERIFY(agingText.contains(QStringLiteral("Nothing open")));
    } else {
        for (const auto &c : details.value().aging.currencies) {
            const AgingReport::Buckets &b = c.buckets;
            for (qint64 v : {b.notDue, b.d1to30, b.d31to60, b.d61to90, b.d90plus}) {
                if (v != 0)
                    QVERIFY2(agingText.contains(Money::fromMinor(v, c.currency).format(enUs)),
                             qPrintable(agingText));
            }
        }
    }
    // Phone buttons dial valid numbers of contacts who may be contacted; the others say why
    // they cannot.
    const auto phones = tab->findChildren<QToolButton *>(QStringLiteral("phoneButton"));
    QVERIFY(!phones.isEmpty());
    for (QToolButton *b : phones) {
        // A dialable number reads as its client's country writes it ("Call (503) 758-2951").
        const bool dialable = b->toolTip().startsWith(QStringLiteral("Call "));
        QCOMPARE(b->isEnabled(), dialable);
        QVERIFY2(dialable || b->toolTip().contains(QStringLiteral("not a valid"))
                         || b->toolTip().contains(QStringLiteral("not to be contacted")),
                 qPrintable(b->toolTip()));
    }
    screenshot(m_window.get(), QStringLiteral("client-details.png"));
    // The demo client's record on the Notes tab: the same notes the core lists for it.
    m_window->workspace()->showNotesTab();
    auto *notes = m_window->workspace()->notesPane();
    auto listed = NoteService(m_window->worker()->database(), 0).forClient(id);
    QVERIFY(listed);
    QCOMPARE(notes->model()->rowCount(), int(listed.value().size()));
    screenshot(m_window.get(), QStringLiteral("client-notes.png"));
}

void TestMainWindow::creditHoldIsVisible()
{
    auto conn = m_window->worker()->database()->connection();
    auto code = sql::scalar(conn,
                            QStringLiteral("SELECT code FROM clients WHERE credit_hold = 1 "
                                           "ORDER BY id LIMIT 1"));
    QVERIFY(code);
    QVERIFY2(!code.value().isNull(), "demo data has a client on credit hold");
    auto *pane = m_window->clientList();
    QSignalSpy loaded(pane->model(), &ClientListModel::loaded);
    pane->filterEdit()->setText(code.value().toString());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(pane->model()->rowCount(), 1);
    QVERIFY(pane->model()->index(0, 0).data(ClientListModel::CreditHoldRole).toBool());
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    pane->view()->selectRow(0);
    QVERIFY(shown.wait(5000));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("creditHoldBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("credit hold")));
    screenshot(m_window.get(), QStringLiteral("credit-hold.png"));
    pane->filterEdit()->clear();
    QVERIFY(loaded.wait(5000));
}

// Bundled SVG icons render without a system theme: no empty boxes in the menus or the rows.
void TestMainWindow::menuIconsAreDrawn()
{
    auto visiblePixels = [](const QIcon &icon) {
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        return drawn;
    };
    const auto menus = m_window->menuBar()->findChildren<QMenu *>();
    QVERIFY(!menus.isEmpty());
    int withIcons = 0;
    for (QMenu *menu : menus) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->menu() || a->icon().isNull())
                continue;
            ++withIcons;
            QVERIFY2(visiblePixels(a->icon()) > 20, qPrintable(a->text()));
        }
    }
    QVERIFY(withIcons >= 5);
    QVERIFY(visiblePixels(QIcon(QStringLiteral(":/ardesk/icons/hold.svg"))) > 20);
    QVERIFY(visiblePixels(QIcon(QStringLiteral(":/ardesk/icons/phone.svg"))) > 20);
    QVERIFY(visiblePixels(m_window->windowIcon()) > 20);
    if (!qEnvironmentVariableIsEmpty("ARDESK_SCREENSHOT_DIR")) {
        QMenu *file = menus.first();
        file->popup(m_window->mapToGlobal(QPoint(0, m_window->menuBar()->height())));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        screenshot(file, QStringLiteral("file-menu.png"));
        file->hide();
    }
}

// A person puts the shown client on hold (with a reason) and lifts it again; the banner, the
// button and the list follow.
void TestMainWindow::holdAndReleaseFromTheDetailsTab()
{
    auto *pane = m_window->clientList();
    QSignalSpy loaded(pane->model(), &ClientListModel::loaded);
    auto conn = m_window->worker()->database()->connection();
    const QString code = scalar(conn,
                                QStringLiteral("SELECT code FROM clients WHERE credit_hold = 0 "
                                               "ORDER BY id LIMIT 1"))
                                 .toString();
    QVERIFY(!code.isEmpty());
    pane->filterEdit()->setText(code);
    QVERIFY(loaded.wait(5000));
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    pane->view()->selectRow(0);
    QVERIFY(shown.wait(5000));
    const qint64 id = m_window->workspace()->clientId();
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("creditHoldButton"));
    QVERIFY(button);
    QVERIFY(button->text().contains(QStringLiteral("Put on credit hold")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("creditHoldBanner"));
    QVERIFY(!banner->isVisible());

    QString error = QStringLiteral("not called");
    m_window->setCreditHold(id, true, QStringLiteral("Bounced check CHK 5521"),
                            [&](const QString &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY(banner->text().contains(QStringLiteral("Bounced check CHK 5521")));
    QTRY_VERIFY_WITH_TIMEOUT(button->text().contains(QStringLiteral("Release")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
            pane->model()->rowCount() == 1
                    && pane->model()->index(0, 0).data(ClientListModel::CreditHoldRole).toBool(),
            5000);
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT user_id FROM audit_log WHERE action = "
                                   "'credit_hold' AND entity_id = ?"),
                    {id})
                     .toLongLong(),
             m_window->currentUser().id);

    error = QStringLiteral("not called");
    m_window->setCreditHold(id, true, QString(), [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not called"), 5000);
    QVERIFY2(!error.isEmpty(), "a hold without a reason, on a held client, was accepted");

    // #13: releasing a hold is a manager's. dana.ortiz, a clerk, is not offered it, and the core
    // refuses it when asked anyway (salesAndClerkSeeOnlyWhatTheirRoleMayDo releases it).
    QVERIFY(button->isHidden());
    error = QStringLiteral("not called");
    m_window->setCreditHold(id, false, QString(), [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not called"), 5000);
    QVERIFY2(error.contains(QStringLiteral("needs the manager role")), qPrintable(error));
    QVERIFY(banner->isVisible());
    pane->filterEdit()->clear();
    QVERIFY(loaded.wait(5000));
}

void TestMainWindow::openAs(const QString &user)
{
    m_window->clientList()->filterEdit()->clear();
    QSignalSpy painted(m_window->clientList(), &ClientListPane::rowsPainted);
    auto r = m_window->openFile(m_path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    // A manager lands on the dashboard (#14): the list paints once Today is shown.
    if (m_window->isShowingDashboard())
        m_window->showToday();
    QVERIFY(painted.wait(10000));
    QCOMPARE(m_window->currentUser().name, user);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 250, 10000);
}

void TestMainWindow::showClient(const QString &code)
{
    auto *pane = m_window->clientList();
    QSignalSpy loaded(pane->model(), &ClientListModel::loaded);
    pane->filterEdit()->setText(code);
    QVERIFY(loaded.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 1, 5000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    pane->view()->selectRow(0);
    QVERIFY(shown.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->detailsTab()->details().client.code, code,
                              5000);
}

// #13: the window offers only what the role may do, by the core's permission table: sales
// (lena.fox) sees a held client but is offered no release, no new invoice, no write-off, no
// payment and no user management; a clerk has the ledger but no release; a manager releases.
void TestMainWindow::salesAndClerkSeeOnlyWhatTheirRoleMayDo()
{
    auto conn = m_window->worker()->database()->connection();
    const QString held = scalar(conn,
                                QStringLiteral("SELECT code FROM clients WHERE credit_hold = 1 "
                                               "ORDER BY id LIMIT 1"))
                                 .toString();
    QVERIFY(!held.isEmpty());
    const auto button = [this](const char *name) {
        auto *b = m_window->findChild<QPushButton *>(QLatin1String(name));
        return b && !b->isHidden();
    };
    const auto action = [this](const QString &text) {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == text)
                return a->isVisible();
        }
        return false;
    };

    openAs(QStringLiteral("lena.fox"));
    showClient(held);
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("creditHoldBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000); // she sees the hold
    QVERIFY(!button("creditHoldButton"));
    QVERIFY(!button("newInvoiceButton"));
    QVERIFY(!button("writeOffButton"));
    QVERIFY(!button("creditNoteButton"));
    QVERIFY(!button("recordPaymentButton"));
    QVERIFY(!action(tr("&Users…")));
    QVERIFY(!action(tr("&Import from CSV…")));
    QVERIFY(!action(tr("&New client…")));
    QVERIFY(action(tr("&Log a call")));

    openAs(QStringLiteral("dana.ortiz"));
    showClient(held);
    QVERIFY(button("newInvoiceButton"));
    QVERIFY(button("recordPaymentButton"));
    QVERIFY(!button("writeOffButton"));
    QVERIFY(!button("creditHoldButton")); // "Release credit hold…" is a manager's
    QVERIFY(action(tr("&Import from CSV…")));
    QVERIFY(action(tr("&New client…")));
    QVERIFY(!action(tr("&Users…")));

    openAs(QStringLiteral("amelia.clark"));
    showClient(held);
    QVERIFY(button("creditHoldButton"));
    QVERIFY(button("writeOffButton"));
    QString error = QStringLiteral("not called");
    m_window->setCreditHold(m_window->workspace()->clientId(), false, QString(),
                            [&](const QString &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);

    openAs(QStringLiteral("dana.ortiz"));
}

void TestMainWindow::refusesGarbageFileAndKeepsCurrent()
{
    const QString garbage = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(garbage, QByteArray("this is not a company file\n")));
    auto r = m_window->openFile(garbage, QStringLiteral("dana.ortiz"));
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QStringLiteral("not an ARDesk company file")),
             qPrintable(r.errorString()));
    QCOMPARE(m_window->currentFile(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(m_window->clientList()->model()->rowCount(), 250);
}

void TestMainWindow::olderFileIsUpgradedOffTheGuiThread()
{
    // A file of the previous schema is migrated when it opens (seconds on a large company):
    // that runs on another thread behind a progress dialog, so the window keeps painting —
    // a GUI timer keeps ticking during openFile() — and the file then opens upgraded.
    const QString path = m_dir.filePath(QStringLiteral("older.ardesk"));
    const int previous = Database::latestSchemaVersion() - 1;
    {
        Database::Options o;
        o.mode = Database::OpenMode::CreateIfMissing;
        o.targetSchemaVersion = previous;
        auto db = Database::open(path, o);
        QVERIFY2(db, qPrintable(db.errorString()));
        DemoGenerator::Options g;
        g.clients = 1500;
        g.seed = 7;
        g.asOf = db.value()->today();
        QVERIFY(DemoGenerator(db.value()).generate(g));
        db.value()->releaseThreadConnection();
    }
    QCOMPARE(Database::storedSchemaVersion(path), previous);
    QSignalSpy upgrading(m_window.get(), &MainWindow::upgradingFile);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(2);
    auto r = m_window->openFile(path, QStringLiteral("dana.ortiz"));
    const int ticksDuringOpen = ticks;
    ticker.stop();
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(upgrading.count(), 1);
    QCOMPARE(upgrading.at(0).at(1).toInt(), previous);
    QVERIFY2(ticksDuringOpen > 0, "the GUI thread was blocked during the upgrade");
    QCOMPARE(Database::storedSchemaVersion(path), Database::latestSchemaVersion());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1500, 10000);
    // A current file opens directly.
    auto again = m_window->openFile(path, QStringLiteral("dana.ortiz"));
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(upgrading.count(), 1);
}

void TestMainWindow::newFileStartsEmpty()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.ardesk"));
    auto r = m_window->newFile(path, QStringLiteral("owner"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(m_window->currentFile(), QFileInfo(path).absoluteFilePath());
    QVERIFY(m_window->currentUser().roles.testFlag(UserRole::Admin));
    QSignalSpy loaded(m_window->clientList()->model(), &ClientListModel::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->clientList()->model()->rowCount(), 0);
    // An empty company opens on its first steps, not on an empty "Well done" queue (#12), and
    // each step opens what it names.
    auto *today = m_window->findChild<TodayPane *>();
    QVERIFY(today);
    QTRY_VERIFY_WITH_TIMEOUT(today->showsFirstSteps(), 5000);
    QVERIFY2(!today->titleText().contains(QLatin1String("Well done")),
             qPrintable(today->titleText()));
    QVERIFY(today->titleText().contains(QLatin1String("no clients yet")));
    QVERIFY(!today->view()->isVisibleTo(today));
    auto *import = today->findChild<QPushButton *>(QStringLiteral("firstStepImport"));
    QVERIFY(import && import->isVisibleTo(today));
    // first-steps.png is tst_help's (with every role's buttons checked there).
    import->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ImportDialog *>()) != nullptr, 5000);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
