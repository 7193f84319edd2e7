// SPDX-License-Identifier: MIT
// Accessibility of the real window on a demo company (offscreen): every dialog and screen is
// walked with Tab as a keyboard user would, and every control it reaches must have a name a
// screen reader can say. Colours never carry meaning alone, and the dark scheme keeps the role
// colours readable (WCAG contrast).
#include "core/services/demogenerator.h"
#include "core/storage/sql.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "widgets/adduserdialog.h"
#include "widgets/appearance.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/errorlabel.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"
#include "widgets/usersdialog.h"

#include "support/testsupport.h"

#include <algorithm>
#include <functional>

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// "ExportDialog › QLineEdit "fromEdit"" — how a failure names the widget.
QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// A widget a keyboard user must be able to reach in `top`: shown, enabled, taking Tab focus,
/// not handing its focus to another.
bool mustBeReached(QWidget *w, QWidget *top)
{
    return w->window() == top && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

/// Tab stops once in a group of exclusive radio buttons (on the checked one) and the arrows
/// choose within it, as on every desktop: a sibling radio button reached counts for all.
bool reachedAsGroup(QWidget *w, const QList<QWidget *> &reached)
{
    auto *button = qobject_cast<QAbstractButton *>(w);
    if (!button)
        return false;
    if (QButtonGroup *group = button->group(); group && group->exclusive()) {
        for (QAbstractButton *b : group->buttons()) {
            if (reached.contains(b))
                return true;
        }
        return false;
    }
    if (!qobject_cast<QRadioButton *>(w) || !button->autoExclusive())
        return false;
    for (QWidget *r : reached) {
        if (qobject_cast<QRadioButton *>(r) && r->parentWidget() == w->parentWidget())
            return true;
    }
    return false;
}

/// Walks `top` with Tab from its focus widget until the focus comes back: each widget must be
/// reached once in the cycle, have an accessible name, and every widget that should be reached
/// is. Returns the problems, each naming `label` and the widget.
QStringList walkWithTab(QWidget *top, const QString &label)
{
    QStringList problems;
    QList<QWidget *> expected;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (mustBeReached(w, top))
            expected << w;
    }
    if (expected.isEmpty())
        return problems;
    QApplication::setActiveWindow(top);
    if (!QTest::qWaitForWindowActive(top))
        return {QStringLiteral("%1: the window does not become active").arg(label)};
    QWidget *start = QApplication::focusWidget();
    if (!expected.contains(start)) { // a widget given the focus by code, Tab aside
        expected.first()->setFocus(Qt::TabFocusReason);
        start = QApplication::focusWidget();
    }
    if (!start)
        return {QStringLiteral("%1: no widget takes the focus").arg(label)};
    QList<QWidget *> reached;
    const int limit = int(expected.size()) * 2 + 400; // a text browser tabs through its links
    for (int step = 0; step < limit; ++step) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus) {
            problems << QStringLiteral("%1: Tab lost the focus after %2")
                                .arg(label,
                                     reached.isEmpty() ? QString() : describe(reached.last()));
            break;
        }
        if (reached.isEmpty() || reached.last() != focus) {
            if (const qsizetype first = reached.indexOf(focus); first >= 0) {
                // The cycle is closed. Widgets before its head were left and never come back:
                // a keyboard user who leaves them cannot return with Tab.
                for (qsizetype i = 0; i < first; ++i)
                    problems << QStringLiteral("%1: Tab never comes back to %2")
                                        .arg(label, describe(reached.at(i)));
                break;
            }
            reached << focus;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
        if (step == limit - 1)
            problems << QStringLiteral("%1: Tab is trapped in %2").arg(label, describe(focus));
    }
    for (QWidget *w : std::as_const(reached)) {
        if (accessibleName(w).isEmpty())
            problems << QStringLiteral("%1: %2 has no accessible name").arg(label, describe(w));
    }
    for (QWidget *w : std::as_const(expected)) {
        // A view whose cell editor took the focus was entered (Qt hands the focus on to it).
        const bool entered = std::any_of(reached.cbegin(), reached.cend(),
                                         [w](QWidget *r) { return w->isAncestorOf(r); });
        if (!reached.contains(w) && !entered && !reachedAsGroup(w, reached) && w->isVisible()
            && w->isEnabled())
            problems << QStringLiteral("%1: %2 is not reached by Tab").arg(label, describe(w));
    }
    QStringList order;
    for (QWidget *w : std::as_const(reached)) {
        const QPoint at = w->mapTo(top, QPoint(0, 0));
        order << describe(w) + QStringLiteral(" @%1,%2").arg(at.x()).arg(at.y());
    }
    // To review the order against the screen: ARDESK_TAB_ORDER=1 prints every walk.
    if (qEnvironmentVariableIsSet("ARDESK_TAB_ORDER"))
        qInfo().noquote() << label << order.join(QStringLiteral("\n    "));
    if (!problems.isEmpty()) {
        problems.prepend(
                QStringLiteral("%1: Tab went %2").arg(label, order.join(QStringLiteral(" → "))));
    }
    return problems;
}

/// Brings the Details tab of the client workspace to the front.
void showDetailsTab(ClientDetailsTab *tab)
{
    for (QWidget *w = tab->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setCurrentWidget(tab);
            return;
        }
    }
}

QList<QWidget *> shownDialogs()
{
    QList<QWidget *> shown;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            shown << w;
    }
    return shown;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyDialogOfTheWindowIsNamedAndReachedByTab_data();
    void everyDialogOfTheWindowIsNamedAndReachedByTab();
    void ledgerDialogsAreNamedAndReachedByTab_data();
    void ledgerDialogsAreNamedAndReachedByTab();
    void salesClerkAndAdminDialogsAreNamedAndReachedByTab();
    void userChooserIsNamedAndReachedByTab();
    void addUserDialogIsNamedAndReachedByTab();
    void bulkSendDialogIsNamedAndReachedByTab();
    void mainScreensAreNamedAndReachedByTab();
    void holdAndOverdueRowsSayItInWords();
    void roleColoursAreReadableOnLightAndDark();
    void darkSchemeRepaintsToneWidgetsAndIsKept();

private:
    void openAs(const QString &user);
    void showClient(const QString &code);
    /// Calls `open`, waits for the dialog it shows (modal through exec() or not), walks it and
    /// closes it. Fails naming `label` when no dialog shows.
    QStringList walkDialog(const QString &label, const std::function<void()> &open,
                           const char *dialogClass = nullptr);
    QString heldClientCode();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTestA11y"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.ardesk"));
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    DemoGenerator::Options o;
    o.clients = 120;
    o.seed = 5;
    o.asOf = db.value()->today();
    QVERIFY(DemoGenerator(db.value()).generate(o));
    // make screenshots of every dialog in the dark scheme: ARDESK_TEST_SCHEME=dark.
    if (qEnvironmentVariable("ARDESK_TEST_SCHEME") == QLatin1String("dark"))
        Appearance::apply(Appearance::Scheme::Dark);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    openAs(QStringLiteral("amelia.clark")); // a manager: all but the admin's dialogs
    showClient(heldClientCode());
}

void TestAccessibility::openAs(const QString &user)
{
    m_window->clientList()->filterEdit()->clear();
    auto r = m_window->openFile(m_path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    if (m_window->isShowingDashboard())
        m_window->showToday();
    QCOMPARE(m_window->currentUser().name, user);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 120, 10000);
}

QString TestAccessibility::heldClientCode()
{
    auto conn = m_window->worker()->database()->connection();
    return scalar(conn,
                  QStringLiteral("SELECT code FROM clients WHERE credit_hold = 1 ORDER BY id "
                                 "LIMIT 1"))
            .toString();
}

void TestAccessibility::showClient(const QString &code)
{
    QVERIFY(!code.isEmpty());
    auto *pane = m_window->clientList();
    pane->filterEdit()->setText(code);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->index(0, 0).data(ClientListModel::LoadedRole).toBool(),
                             5000);
    pane->view()->selectRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->detailsTab()->details().client.code, code,
                              5000);
}

QStringList TestAccessibility::walkDialog(const QString &label, const std::function<void()> &open,
                                          const char *dialogClass)
{
    const QList<QWidget *> before = shownDialogs();
    QStringList problems;
    bool walked = false;
    bool busy = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (walked || busy)
            return;
        for (QWidget *w : shownDialogs()) {
            if (before.contains(w) || (dialogClass && !w->inherits(dialogClass)))
                continue;
            busy = true;
            QTest::qWait(300); // its first data arrives from the worker
            problems << walkWithTab(w, label);
            walked = true;
            if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty())
                w->grab().save(dir + QStringLiteral("/a11y-%1.png").arg(label));
            static_cast<QDialog *>(w)->reject();
            busy = false;
            return;
        }
    });
    poll.start();
    open();
    const bool shown = QTest::qWaitFor([&] { return walked; }, 10000);
    poll.stop();
    if (!shown)
        problems << QStringLiteral("%1: no dialog showed").arg(label);
    QTest::qWait(50);
    // A dialog left open (not closed by reject) is closed for the next case.
    for (QWidget *w : shownDialogs()) {
        if (!before.contains(w))
            w->close();
    }
    return problems;
}

void TestAccessibility::everyDialogOfTheWindowIsNamedAndReachedByTab_data()
{
    // Every window action that opens a dialog (src/widgets' QDialog subclasses reached from
    // the menus), by the action's object name. The ledger's dialogs open from the Details tab
    // (next case); the clerk's and sales' from their windows (the case after).
    QTest::addColumn<QString>("action");
    for (const char *a : {"openTeamDatabaseAction", "importAction",       "exportAction",
                          "outboxAction",           "templatesAction",    "policiesAction",
                          "preferencesAction",      "newClientAction",    "editClientAction",
                          "pauseRemindersAction",   "searchNotesAction",  "emailClientAction",
                          "sendRemindersAction",    "callBillingAction",  "runRemindersAction",
                          "workListsAction",        "promiseRatesAction", "auditTrailAction",
                          "clientActivityAction",   "userGuideAction",    "keyboardShortcutsAction",
                          "recordIntegrityAction"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TestAccessibility::everyDialogOfTheWindowIsNamedAndReachedByTab()
{
    QFETCH(QString, action);
    auto *a = m_window->findChild<QAction *>(action);
    QVERIFY2(a, qPrintable(action));
    QVERIFY2(a->isEnabled() && a->isVisible(), qPrintable(action + QStringLiteral(" is off")));
    const QStringList problems = walkDialog(action, [a] { a->trigger(); });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::ledgerDialogsAreNamedAndReachedByTab_data()
{
    QTest::addColumn<QString>("button");
    for (const char *b :
         {"addContactButton", "editContactButton", "newInvoiceButton", "editInvoiceButton",
          "writeOffButton", "creditNoteButton", "recordPaymentButton", "creditHoldButton"})
        QTest::newRow(b) << QString::fromLatin1(b);
}

void TestAccessibility::ledgerDialogsAreNamedAndReachedByTab()
{
    QFETCH(QString, button);
    auto *tab = m_window->workspace()->detailsTab();
    showDetailsTab(tab);
    auto *b = tab->findChild<QAbstractButton *>(button);
    QVERIFY2(b, qPrintable(button));
    if (!b->isEnabled()) {
        // Invoice buttons act on the selected invoice: select the first one.
        auto *invoices = tab->findChild<QTableView *>(QStringLiteral("invoiceTable"));
        QVERIFY(invoices && invoices->model()->rowCount() > 0);
        invoices->selectRow(0);
    }
    QTRY_VERIFY2(b->isEnabled(), qPrintable(button));
    const QStringList problems = walkDialog(button, [b] { b->click(); });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::salesClerkAndAdminDialogsAreNamedAndReachedByTab()
{
    // Sales and clerks see the same dialogs with fewer controls (#13): walk theirs again; the
    // administrator has the ones nobody else has.
    QStringList problems;
    for (const QString &user : {QStringLiteral("lena.fox"), QStringLiteral("dana.ortiz")}) {
        openAs(user);
        showClient(heldClientCode());
        for (const char *name : {"callBillingAction", "emailClientAction", "searchNotesAction",
                                 "preferencesAction", "workListsAction"}) {
            // Sales may not call from the window: the action tells them so, no dialog.
            if (user == QLatin1String("lena.fox") && qstrcmp(name, "callBillingAction") == 0)
                continue;
            auto *a = m_window->findChild<QAction *>(QLatin1String(name));
            if (!a || !a->isVisible() || !a->isEnabled())
                continue;
            problems << walkDialog(user + u'/' + QLatin1String(name), [a] { a->trigger(); });
        }
    }
    // The administrator's: users, e-mail settings, company settings.
    openAs(QStringLiteral("admin"));
    for (const char *name : {"usersAction", "emailSettingsAction", "companySettingsAction"}) {
        QAction *a = m_window->findChild<QAction *>(QLatin1String(name));
        if (!a) {
            for (QAction *candidate : m_window->findChildren<QAction *>()) {
                if (candidate->text() == tr("&Company settings…"))
                    a = candidate;
            }
        }
        QVERIFY2(a && a->isVisible() && a->isEnabled(), name);
        problems << walkDialog(QStringLiteral("admin/") + QLatin1String(name),
                               [a] { a->trigger(); });
    }
    openAs(QStringLiteral("amelia.clark"));
    showClient(heldClientCode());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::userChooserIsNamedAndReachedByTab()
{
    // "Switch user…": the user chooser, modal through exec(), with no object name to find.
    QStringList problems;
    QAction *switchUser = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == tr("&Switch user…"))
            switchUser = a;
    }
    QVERIFY(switchUser && switchUser->isEnabled());
    problems << walkDialog(
            QStringLiteral("switchUser"), [switchUser] { switchUser->trigger(); },
            "ardesk::UserChooserDialog");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::addUserDialogIsNamedAndReachedByTab()
{
    // File > Users… > Add user… (the admin's): the Users screen is answered by pressing Add
    // user…, and closed once the Add user dialog was walked.
    openAs(QStringLiteral("admin"));
    auto *a = m_window->findChild<QAction *>(QStringLiteral("usersAction"));
    QVERIFY(a && a->isVisible() && a->isEnabled());
    bool pressed = false, addSeen = false;
    QTimer helper;
    helper.setInterval(50);
    connect(&helper, &QTimer::timeout, this, [&] {
        UsersDialog *users = nullptr;
        bool addShown = false;
        for (QWidget *w : shownDialogs()) {
            if (auto *u = qobject_cast<UsersDialog *>(w))
                users = u;
            addShown = addShown || qobject_cast<AddUserDialog *>(w);
        }
        addSeen = addSeen || addShown;
        if (!users)
            return;
        if (!pressed) {
            pressed = true;
            auto *add = users->findChild<QPushButton *>(QStringLiteral("addUserButton"));
            QMetaObject::invokeMethod(add, &QAbstractButton::click, Qt::QueuedConnection);
        } else if (addSeen && !addShown) {
            QMetaObject::invokeMethod(users, &QDialog::reject, Qt::QueuedConnection);
        }
    });
    helper.start();
    const QStringList problems = walkDialog(
            QStringLiteral("admin/addUser"), [a] { a->trigger(); }, "ardesk::AddUserDialog");
    helper.stop();
    QVERIFY(addSeen);
    openAs(QStringLiteral("amelia.clark"));
    showClient(heldClientCode());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::bulkSendDialogIsNamedAndReachedByTab()
{
    // "Send reminders…" asks for the template and the clients (two QInputDialogs, answered with
    // their first choice: the shown client), then shows the bulk send with its count, filters
    // and preview.
    auto *a = m_window->findChild<QAction *>(QStringLiteral("sendRemindersAction"));
    QVERIFY(a && a->isVisible() && a->isEnabled());
    int answered = 0;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&answered] {
        for (QWidget *w : shownDialogs()) {
            auto *question = qobject_cast<QInputDialog *>(w);
            if (question && question->isVisible() && question->result() == 0) {
                ++answered;
                QMetaObject::invokeMethod(question, &QDialog::accept, Qt::QueuedConnection);
                return;
            }
        }
    });
    answer.start();
    const QStringList problems = walkDialog(
            QStringLiteral("bulkSend"), [a] { a->trigger(); }, "ardesk::BulkSendDialog");
    answer.stop();
    QVERIFY2(answered >= 2, qPrintable(QString::number(answered)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::mainScreensAreNamedAndReachedByTab()
{
    QStringList problems;
    showClient(heldClientCode());
    showDetailsTab(m_window->workspace()->detailsTab());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->detailsTab()->isVisible(), 5000);
    problems << walkWithTab(m_window.get(), QStringLiteral("client details"));
    // make screenshots at QT_SCALE_FACTOR=2 (xvfb-run): the window at 200 %, icons from SVG.
    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
        !dir.isEmpty() && m_window->devicePixelRatio() >= 2)
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/hidpi-200.png")));
    m_window->workspace()->showNotesTab();
    problems << walkWithTab(m_window.get(), QStringLiteral("client notes"));
    m_window->showToday();
    problems << walkWithTab(m_window.get(), QStringLiteral("Today"));
    m_window->showDashboard();
    QTest::qWait(500);
    problems << walkWithTab(m_window.get(), QStringLiteral("dashboard"));
    m_window->showToday();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::holdAndOverdueRowsSayItInWords()
{
    // A screen reader reads a held client's row as on hold, and an overdue amount as overdue:
    // the hold icon and the red figures are not the only sign.
    showClient(heldClientCode());
    auto *view = m_window->clientList()->view();
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *name = table->tableInterface()->cellAt(0, ClientListModel::Name);
    QVERIFY(name);
    QVERIFY2(name->text(QAccessible::Name).contains(QStringLiteral("on credit hold")),
             qPrintable(name->text(QAccessible::Name)));
    // An overdue client's amount and days carry the word.
    auto conn = m_window->worker()->database()->connection();
    auto *pane = m_window->clientList();
    pane->filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 120, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->index(0, 0).data(ClientListModel::LoadedRole).toBool(),
                             5000);
    // Largest overdue first: the first row is overdue.
    QVERIFY(!pane->model()->index(0, ClientListModel::Overdue).data().toString().isEmpty());
    QAccessibleInterface *overdue = table->tableInterface()->cellAt(0, ClientListModel::Overdue);
    QAccessibleInterface *days = table->tableInterface()->cellAt(0, ClientListModel::DaysPastDue);
    QVERIFY(overdue && days);
    QVERIFY2(overdue->text(QAccessible::Name).endsWith(QStringLiteral(" overdue")),
             qPrintable(overdue->text(QAccessible::Name)));
    QVERIFY2(days->text(QAccessible::Name).contains(QStringLiteral("days overdue"))
                     || days->text(QAccessible::Name).contains(QStringLiteral("day overdue")),
             qPrintable(days->text(QAccessible::Name)));
    // A client with nothing overdue reads as an empty cell, not as "overdue".
    const int last = pane->model()->rowCount() - 1;
    QTRY_VERIFY_WITH_TIMEOUT(
            pane->model()->index(last, 0).data(ClientListModel::LoadedRole).toBool(), 5000);
    if (pane->model()->index(last, ClientListModel::Overdue).data().toString().isEmpty()) {
        QAccessibleInterface *none
                = table->tableInterface()->cellAt(last, ClientListModel::Overdue);
        QVERIFY(!none->text(QAccessible::Name).contains(QStringLiteral("overdue")));
    }
    Q_UNUSED(conn);
}

void TestAccessibility::roleColoursAreReadableOnLightAndDark()
{
    const QPalette dark = Appearance::darkPalette();
    const QPalette light = Appearance::lightPalette();
    QVERIFY(Appearance::isDark(dark));
    QVERIFY(!Appearance::isDark(light));
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(Appearance::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(Appearance::contrast(QColor(0x35, 0x35, 0x35), QColor(0x35, 0x35, 0x35)), 1.0);
    using T = Appearance::Tone;
    for (const QPalette &p : {dark, light}) {
        const QString scheme
                = Appearance::isDark(p) ? QStringLiteral("dark") : QStringLiteral("light");
        for (T tone : {T::Error, T::Success, T::Muted, T::Info, T::Warning, T::Neutral}) {
            const QColor text = Appearance::text(tone, p);
            for (QPalette::ColorRole bg :
                 {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                const double c = Appearance::contrast(text, p.color(bg));
                QVERIFY2(c >= 4.5,
                         qPrintable(QStringLiteral("%1 tone %2 on role %3: %4:1")
                                            .arg(scheme)
                                            .arg(int(tone))
                                            .arg(int(bg))
                                            .arg(c, 0, 'f', 2)));
            }
            const Appearance::Band band = Appearance::band(tone, p);
            const double c = Appearance::contrast(band.text, band.background);
            QVERIFY2(c >= 4.5,
                     qPrintable(QStringLiteral("%1 band %2: %3:1")
                                        .arg(scheme)
                                        .arg(int(tone))
                                        .arg(c, 0, 'f', 2)));
        }
        // The palette's own text roles.
        for (auto [fg, bg] : {std::pair {QPalette::WindowText, QPalette::Window},
                              std::pair {QPalette::Text, QPalette::Base},
                              std::pair {QPalette::ButtonText, QPalette::Button},
                              std::pair {QPalette::HighlightedText, QPalette::Highlight},
                              std::pair {QPalette::ToolTipText, QPalette::ToolTipBase},
                              std::pair {QPalette::Link, QPalette::Base}}) {
            const double c = Appearance::contrast(p.color(fg), p.color(bg));
            QVERIFY2(c >= 4.5,
                     qPrintable(QStringLiteral("%1 palette role %2 on %3: %4:1")
                                        .arg(scheme)
                                        .arg(int(fg))
                                        .arg(int(bg))
                                        .arg(c, 0, 'f', 2)));
        }
    }
}

void TestAccessibility::darkSchemeRepaintsToneWidgetsAndIsKept()
{
    // Chosen in File > Preferences > Appearance: applied at once, kept for the next start.
    auto *dialog = m_window->showPreferences();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *combo = dialog->appearanceCombo();
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(Appearance::Scheme::System));
    combo->setCurrentIndex(combo->findData(int(Appearance::Scheme::Dark)));
    dialog->accept();
    QCOMPARE(Appearance::storedScheme(), Appearance::Scheme::Dark);
    QVERIFY(Appearance::isDark(QApplication::palette()));
    // A red line made before the change now reads light red on the dark window.
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("creditHoldBanner"));
    QVERIFY(error);
    const QPalette p = error->palette();
    QVERIFY2(Appearance::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5,
             qPrintable(p.color(QPalette::WindowText).name() + u'/'
                        + p.color(QPalette::Window).name()));
    QCOMPARE(p.color(QPalette::Window),
             Appearance::band(Appearance::Tone::Error, QApplication::palette()).background);
    ErrorLabel fresh;
    QCOMPARE(fresh.palette().color(QPalette::WindowText),
             Appearance::text(Appearance::Tone::Error, QApplication::palette()));
    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        showClient(heldClientCode());
        QTest::qWait(300);
        m_window->grab().save(dir + QStringLiteral("/dark-client.png"));
        m_window->showToday();
        QTest::qWait(300);
        m_window->grab().save(dir + QStringLiteral("/dark-today.png"));
        m_window->showDashboard();
        QTest::qWait(1500);
        m_window->grab().save(dir + QStringLiteral("/dark-dashboard.png"));
        m_window->showToday();
    }
    Appearance::apply(Appearance::Scheme::Light);
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    QCOMPARE(error->palette().color(QPalette::Window),
             Appearance::band(Appearance::Tone::Error, QApplication::palette()).background);
    Appearance::storeScheme(Appearance::Scheme::System);
    Appearance::apply(Appearance::Scheme::System);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
