// SPDX-License-Identifier: MIT
// Desktop conventions (#16 item 5) on the real window over a real company file (offscreen):
// the layout kept per screen layout across windows, one ARDesk per company file (real second
// `ardesk` processes), what a call does with no tel: handler (a softphone command, or the
// clipboard), mailto: links in notes, and File > Open recent.
#include "core/services/clientservice.h"
#include "core/services/settingsservice.h"
#include "core/storage/userrepository.h"
#include "models/clientlistmodel.h"
#include "models/notetimelinemodel.h"
#include "widgets/calllogdialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/composedialog.h"
#include "widgets/mailactions.h"
#include "widgets/mainwindow.h"
#include "widgets/noteactions.h"
#include "widgets/notecomposer.h"
#include "widgets/notedelegate.h"
#include "widgets/notespane.h"
#include "widgets/outboxdialog.h"
#include "widgets/phonedialer.h"
#include "widgets/preferencesdialog.h"
#include "widgets/singleinstance.h"
#include "widgets/windowstatestore.h"

#include "support/testsupport.h"
#include "support/widgetsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace ardesk;
using namespace ardesk::test;

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void splittersAndColumnsComeBackInTheNextWindow();
    void aDialogsTableAndSizeComeBackWhenItOpensAgain();
    void eachScreenLayoutHasItsOwnLayout();
    void windowOffEveryScreenIsMovedOntoOne();
    void secondLaunchOnTheSameFileRaisesTheFirstAndExits();
    void launchOnAnotherFileStartsItsOwnWindow();
    void socketLeftByACrashIsTakenOver();
    void aLiveWindowsSocketIsNeverTakenOver();
    void callWithNoTelHandlerStartsTheSoftphoneCommandWithoutAShell();
    void callWithNoTelHandlerCopiesTheNumberByDefault();
    void mailtoLinkInANoteComposesToThatContact();
    void mailtoOfSomeoneElseSaysSoAndComposesNothing();
    void recentFilesListTeamDatabasesAndDropFilesThatAreGone();

private:
    std::unique_ptr<MainWindow> openWindow();
    NotesPane *pane() const { return m_window->workspace()->notesPane(); }
    QSplitter *mainSplitter(MainWindow *w) const
    {
        return w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    }
    QHeaderView *clientColumns(MainWindow *w) const
    {
        return w->clientList()->view()->horizontalHeader();
    }
    /// Drags the right edge of `header`'s `logical` column by `dx` with the mouse.
    void dragColumnEdge(QHeaderView *header, int logical, int dx);
    /// Clicks the phone button of Pat Doe's office number.
    void clickPhone();
    /// Saves an internal note with `text` and waits until it is in the timeline.
    void addNote(const QString &text);
    /// Clicks the link to `href` in the newest note; false when no such link is drawn.
    bool clickLink(const QString &href);
    /// A real `ardesk` on `file`, with its own settings and data folders.
    std::unique_ptr<QProcess> startArdesk(const QString &file);
    void screenshot(QWidget *w, const QString &name);

    ScratchDir m_dir;
    ScratchDir m_settingsDir;
    QString m_path;
    qint64 m_patId = 0;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;
    bool m_desktopHandlesTel = true;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
}

void TestDesktop::init()
{
    // Every test starts with settings of its own (this computer's layout, preferences, recent).
    QVERIFY(m_settingsDir.renew());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QSettings().allKeys().isEmpty());
    QVERIFY(m_dir.renew());
    m_path = m_dir.filePath(QStringLiteral("desk.ardesk"));
    {
        auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        QSqlDatabase conn = db.value()->connection();
        User tester;
        tester.name = QStringLiteral("tester");
        tester.displayName = QStringLiteral("Terry Tester");
        tester.roles = UserRoles(UserRole::Clerk) | UserRole::Admin; // admin: SMTP settings
        auto uid = committed(conn, [&] { return UserRepository(conn).insert(tester); });
        QVERIFY2(uid, qPrintable(uid.errorString()));
        ClientService service(db.value(), uid.value());
        Client c = makeClient(QStringLiteral("KITE"), QStringLiteral("Kite Supplies"),
                              QStringLiteral("USD"));
        c.country = QStringLiteral("US");
        VERIFY_OK(service.createClient(c));
        Invoice k1 = makeInvoice(c.id, QStringLiteral("K-1"), QDate::currentDate().addDays(-20),
                                 125000);
        VERIFY_OK(service.addInvoice(k1));
        Contact pat;
        pat.clientId = c.id;
        pat.name = QStringLiteral("Pat Doe");
        pat.email = QStringLiteral("pat@kite.example");
        pat.isBillingContact = false;
        pat.phones = {Phone {QStringLiteral("office"), QStringLiteral("(212) 555-0142"),
                             QStringLiteral("+12125550142"), QString()}};
        VERIFY_OK(service.addContact(pat));
        m_patId = pat.id;
        Contact billing;
        billing.clientId = c.id;
        billing.name = QStringLiteral("Ann Payable");
        billing.email = QStringLiteral("ap@kite.example");
        billing.isBillingContact = true;
        VERIFY_OK(service.addContact(billing));
        SmtpSettings smtp; // a sender, so that compose can preview (nothing is sent here)
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = 2525;
        smtp.security = SmtpSettings::Security::None;
        smtp.fromAddress = QStringLiteral("ar@desk.example");
        SettingsService settings(db.value(), uid.value());
        VERIFY_OK(settings.saveSmtp(smtp));
        VERIFY_OK(settings.saveCompany(
                makeSettings(QStringLiteral("Desk Test Co"), QStringLiteral("1 Main St"),
                             QStringLiteral("USD"), QStringLiteral("en_US"), 1)));
        conn = QSqlDatabase();
        db.value()->releaseThreadConnection();
    }
    m_window = openWindow();
    QVERIFY(m_window);
}

std::unique_ptr<MainWindow> TestDesktop::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setAutomaticBackupsEnabled(false);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (auto r = window->openFile(m_path, QStringLiteral("tester")); !r) {
        qWarning() << r.errorString();
        return nullptr;
    }
    m_opened.clear();
    window->noteActions()->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return url.scheme() != QLatin1String("tel") || m_desktopHandlesTel;
    });
    auto *model = window->clientList()->model();
    QSignalSpy shown(window.get(), &MainWindow::clientShown);
    if (!QTest::qWaitFor([&] { return model->rowCount() == 1; }, 5000))
        return nullptr;
    window->clientList()->view()->setCurrentIndex(model->index(0, 0));
    if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, 5000))
        return nullptr;
    return window;
}

void TestDesktop::cleanup()
{
    m_window.reset();
    m_dir.remove();
    m_desktopHandlesTel = true;
}

void TestDesktop::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestDesktop::dragColumnEdge(QHeaderView *header, int logical, int dx)
{
    QWidget *port = header->viewport();
    const int edge = header->sectionViewportPosition(logical) + header->sectionSize(logical) - 1;
    const QPoint from(edge, header->height() / 2);
    QTest::mousePress(port, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(port, from + QPoint(dx * step / 4, 0));
    QTest::mouseRelease(port, Qt::LeftButton, {}, from + QPoint(dx, 0));
}

void TestDesktop::splittersAndColumnsComeBackInTheNextWindow()
{
    // The user lays the window out: a narrower client list, a wider Name column dragged with
    // the mouse, the Status column moved first, the notes above a taller composer.
    QSplitter *split = mainSplitter(m_window.get());
    split->setSizes({420, split->width() - 420});
    const QList<int> mainSizes = split->sizes();
    QHeaderView *columns = clientColumns(m_window.get());
    const int nameWidth = columns->sectionSize(ClientListModel::Name);
    dragColumnEdge(columns, ClientListModel::Name, 60);
    QCOMPARE(columns->sectionSize(ClientListModel::Name), nameWidth + 60);
    QVERIFY(WindowStateStore::isLaidOutByUser(columns));
    columns->moveSection(columns->visualIndex(ClientListModel::Status), 0);
    m_window->workspace()->showNotesTab();
    auto *notesSplit = pane()->findChild<QSplitter *>();
    QVERIFY(notesSplit);
    notesSplit->setSizes({250, 350});
    const QList<int> notesSizes = notesSplit->sizes();
    QVERIFY(m_window->close());
    m_window.reset();

    // The next window on this computer opens as it was left — the file opened again.
    m_window = openWindow();
    QVERIFY(m_window);
    QCOMPARE(mainSplitter(m_window.get())->sizes(), mainSizes);
    QHeaderView *again = clientColumns(m_window.get());
    QTRY_COMPARE(again->sectionSize(ClientListModel::Name), nameWidth + 60);
    QCOMPARE(again->visualIndex(ClientListModel::Status), 0);
    m_window->workspace()->showNotesTab();
    QCOMPARE(pane()->findChild<QSplitter *>()->sizes(), notesSizes);
}

void TestDesktop::aDialogsTableAndSizeComeBackWhenItOpensAgain()
{
    m_window->mailActions()->showOutbox();
    OutboxDialog *outbox = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((outbox = m_window->mailActions()->outboxDialog()), 5000);
    QVERIFY(QTest::qWaitForWindowExposed(outbox));
    outbox->resize(900, 520);
    auto *table = outbox->findChild<QTableView *>(QStringLiteral("outboxTable"));
    QHeaderView *columns = table->horizontalHeader();
    QVERIFY(columns->count() > 2);
    QTest::qWait(50); // the first load sizes the columns to their contents
    const int width = columns->sectionSize(1);
    dragColumnEdge(columns, 1, 70);
    QCOMPARE(columns->sectionSize(1), width + 70);
    outbox->close(); // deleted on close

    QTRY_VERIFY(!m_window->mailActions()->outboxDialog());
    m_window->mailActions()->showOutbox();
    QTRY_VERIFY_WITH_TIMEOUT((outbox = m_window->mailActions()->outboxDialog()), 5000);
    QVERIFY(QTest::qWaitForWindowExposed(outbox));
    QCOMPARE(outbox->size(), QSize(900, 520));
    table = outbox->findChild<QTableView *>(QStringLiteral("outboxTable"));
    QTest::qWait(50); // its messages arrive: the user's width is kept all the same
    QCOMPARE(table->horizontalHeader()->sectionSize(1), width + 70);
}

void TestDesktop::eachScreenLayoutHasItsOwnLayout()
{
    WindowStateStore *store = m_window->layoutStore();
    QSplitter *split = mainSplitter(m_window.get());
    const int total = split->sizes().value(0) + split->sizes().value(1);
    store->setScreenKey(QStringLiteral("2560x1440+0+0_1920x1080+2560+0")); // docked
    split->setSizes({total / 4, total - total / 4});
    const QList<int> docked = split->sizes();
    store->save();
    store->setScreenKey(QStringLiteral("1366x768+0+0")); // the laptop alone
    split->setSizes({total / 2, total - total / 2});
    const QList<int> laptop = split->sizes();
    store->save();
    m_window.reset(); // no close: nothing saved under this test screen's key

    m_window = openWindow();
    QVERIFY(m_window);
    store = m_window->layoutStore();
    split = mainSplitter(m_window.get());
    store->setScreenKey(QStringLiteral("1366x768+0+0"));
    QVERIFY(store->restore());
    QCOMPARE(split->sizes(), laptop);
    store->setScreenKey(QStringLiteral("2560x1440+0+0_1920x1080+2560+0"));
    QVERIFY(store->restore());
    QCOMPARE(split->sizes(), docked);
    store->setScreenKey(QStringLiteral("3840x2160+0+0")); // a screen never used here
    QVERIFY(!store->restore());
}

void TestDesktop::windowOffEveryScreenIsMovedOntoOne()
{
    // Left on a monitor that is no longer there.
    m_window.reset();
    const QString key = WindowStateStore::currentScreenKey();
    QSettings().setValue(QStringLiteral("layout/%1/MainWindow/geometry").arg(key),
                         QRect(5200, 3100, 700, 500));
    MainWindow window;
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(screen.intersects(window.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 is off %3x%4")
                                .arg(window.x())
                                .arg(window.y())
                                .arg(screen.width())
                                .arg(screen.height())));
    QVERIFY(screen.contains(window.geometry().topLeft()));
    QCOMPARE(window.size(), QSize(700, 500).boundedTo(screen.size()));
}

std::unique_ptr<QProcess> TestDesktop::startArdesk(const QString &file)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(ARDESK_GUI_PATH),
                   {file, QStringLiteral("--user"), QStringLiteral("tester")});
    return process;
}

void TestDesktop::secondLaunchOnTheSameFileRaisesTheFirstAndExits()
{
    // What main.cpp does for the window that has the file open.
    SingleInstance instance;
    QVERIFY2(instance.listen(m_window->currentFile()), qPrintable(instance.errorString()));
    QSignalSpy raise(&instance, &SingleInstance::raiseRequested);
    auto second = startArdesk(m_path);
    QSignalSpy finished(second.get(), &QProcess::finished);
    QVERIFY(finished.wait(20000)); // answered while this event loop runs
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(raise.size(), 1);
}

void TestDesktop::launchOnAnotherFileStartsItsOwnWindow()
{
    SingleInstance instance;
    QVERIFY(instance.listen(m_window->currentFile()));
    QSignalSpy raise(&instance, &SingleInstance::raiseRequested);
    const QString other = m_dir.filePath(QStringLiteral("other.ardesk"));
    QVERIFY(QFile::copy(m_path, other));
    auto second = startArdesk(other);
    QVERIFY(second->waitForStarted(5000));
    // It opens the other file and answers for it: a third launch on it would raise it.
    QVERIFY(QTest::qWaitFor([&] { return SingleInstance::raiseRunning(other, 500); }, 20000));
    QCOMPARE(second->state(), QProcess::Running);
    QCOMPARE(raise.size(), 0);
    second->kill();
    second->waitForFinished(5000);
}

void TestDesktop::socketLeftByACrashIsTakenOver()
{
    const QString file = m_dir.filePath(QStringLiteral("crash.ardesk"));
    QVERIFY(QFile::copy(m_path, file));
    auto first = startArdesk(file);
    QVERIFY(QTest::qWaitFor([&] { return SingleInstance::raiseRunning(file, 500); }, 20000));
    first->kill(); // SIGKILL: the socket file stays behind
    QVERIFY(first->waitForFinished(5000));
    const QString socket = SingleInstance::serverName(file);
    QVERIFY2(QFileInfo::exists(socket), qPrintable(socket));
    QVERIFY(!SingleInstance::raiseRunning(file, 500)); // nobody answers on it

    // The next launch does not exit thinking ARDesk runs: it opens the file and answers.
    auto second = startArdesk(file);
    QVERIFY(QTest::qWaitFor([&] { return SingleInstance::raiseRunning(file, 500); }, 20000));
    QCOMPARE(second->state(), QProcess::Running);
    second->kill();
    second->waitForFinished(5000);
}

void TestDesktop::aLiveWindowsSocketIsNeverTakenOver()
{
    // The same file opened a second time from another window's File menu: the first keeps
    // answering for it.
    SingleInstance first;
    QVERIFY(first.listen(m_path));
    QSignalSpy raise(&first, &SingleInstance::raiseRequested);
    SingleInstance second;
    QVERIFY(!second.listen(m_path));
    QVERIFY2(second.errorString().contains(QStringLiteral("Another ARDesk")),
             qPrintable(second.errorString()));
    QSignalSpy secondRaise(&second, &SingleInstance::raiseRequested);
    auto launch = startArdesk(m_path);
    QSignalSpy finished(launch.get(), &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(launch->exitCode(), 0);
    QCOMPARE(raise.size(), 1);
    QCOMPARE(secondRaise.size(), 0);
}

void TestDesktop::clickPhone()
{
    auto *tab = m_window->workspace()->detailsTab();
    QToolButton *dial = phoneButton(tab, QStringLiteral("(212) 555-0142"));
    QVERIFY(dial);
    dial->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
}

void TestDesktop::callWithNoTelHandlerStartsTheSoftphoneCommandWithoutAShell()
{
    // The "softphone": writes the arguments it was given, one a line.
    const QString argvFile = m_dir.filePath(QStringLiteral("argv.txt"));
    const QString script = m_dir.filePath(QStringLiteral("soft phone.sh"));
    QVERIFY(writeFile(script,
                      QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1.tmp'\n"
                                     "mv '%1.tmp' '%1'\n")
                              .arg(argvFile)
                              .toUtf8()));
    QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString pwned = m_dir.filePath(QStringLiteral("pwned"));

    // File > Preferences: the softphone command, with words a shell would act on.
    PreferencesDialog *prefs = m_window->showPreferences();
    QVERIFY(prefs->clipboardChoice()->isChecked()); // the default
    prefs->commandChoice()->setChecked(true);
    prefs->commandEdit()->setText(QStringLiteral("linphonec -c \"call %n\""));
    screenshot(prefs, QStringLiteral("preferences-calls.png"));
    prefs->commandEdit()->setText(
            QStringLiteral("\"%1\" -c \"call %n\" ; touch %2").arg(script, pwned));
    prefs->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!prefs->isVisible());

    QGuiApplication::clipboard()->clear();
    m_desktopHandlesTel = false;
    clickPhone();
    QCOMPARE(m_opened.value(0), QUrl(QStringLiteral("tel:+12125550142"))); // asked first
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(argvFile), 10000);
    QFile f(argvFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList argv = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(argv,
             (QStringList {QStringLiteral("-c"), QStringLiteral("call +12125550142"),
                           QStringLiteral(";"), QStringLiteral("touch"), pwned}));
    QVERIFY(!QFileInfo::exists(pwned)); // no shell ran the rest
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Calling")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // A command that cannot start: the number is on the clipboard instead, and the user is told.
    delete m_window->noteActions()->callLog(); // (closing a running call log asks first)
    PhoneDialer::Settings broken;
    broken.fallback = PhoneDialer::Fallback::Command;
    broken.command = m_dir.filePath(QStringLiteral("no-such-phone")) + QStringLiteral(" %n");
    broken.save();
    clickPhone();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+12125550142"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                     QStringLiteral("could not be started")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestDesktop::callWithNoTelHandlerCopiesTheNumberByDefault()
{
    QGuiApplication::clipboard()->clear();
    // With a handler, the desktop dials and nothing is copied.
    clickPhone();
    QCOMPARE(m_opened.value(0), QUrl(QStringLiteral("tel:+12125550142")));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    delete m_window->noteActions()->callLog(); // (closing a running call log asks first)

    m_desktopHandlesTel = false;
    clickPhone();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+12125550142"));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("copied")) && message.contains(u'2'),
             qPrintable(message));
    // The call log opens all the same: the call is logged however it was dialled.
    QVERIFY(m_window->noteActions()->callLog()->isVisible());
}

void TestDesktop::addNote(const QString &text)
{
    m_window->workspace()->showNotesTab();
    const int before = pane()->model()->rowCount();
    NoteComposer *composer = pane()->composer();
    composer->prefill(NoteChannel::Internal, QString());
    composer->setText(text);
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("saveNoteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), before + 1, 5000);
}

bool TestDesktop::clickLink(const QString &href)
{
    QListView *view = pane()->view();
    const QModelIndex index = pane()->model()->index(0, 0);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = rect;
    for (int y = rect.top(); y < rect.bottom(); y += 3) {
        for (int x = rect.left(); x < rect.right(); x += 4) {
            if (pane()->delegate()->anchorAt(option, index, QPoint(x, y)) == href) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                return true;
            }
        }
    }
    return false;
}

void TestDesktop::mailtoLinkInANoteComposesToThatContact()
{
    addNote(QStringLiteral("Ann is away; Pat asked us to write to mailto:pat@kite.example "
                           "until May."));
    QVERIFY(pane()->delegate()
                    ->html(pane()->model()->index(0, 0))
                    .contains(QStringLiteral("href=\"mailto:pat@kite.example\"")));
    QVERIFY(clickLink(QStringLiteral("mailto:pat@kite.example")));
    ComposeDialog *compose = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((compose = m_window->mailActions()->composeDialog()), 5000);
    // To Pat only — not the billing contact the envelope would pick.
    QCOMPARE(compose->request().contactIds, QList<qint64> {m_patId});
    QTRY_VERIFY2_WITH_TIMEOUT(
            compose->recipientsText().contains(QStringLiteral("pat@kite.example")),
            qPrintable(compose->recipientsText() + u'|' + compose->errorText()), 5000);
    QVERIFY(!compose->recipientsText().contains(QStringLiteral("ap@kite.example")));
    QVERIFY(m_opened.isEmpty()); // the desktop's mail program was not asked
}

void TestDesktop::mailtoOfSomeoneElseSaysSoAndComposesNothing()
{
    addNote(QStringLiteral("Their lawyer: counsel@law.example"));
    QVERIFY(clickLink(QStringLiteral("mailto:counsel@law.example")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("notAContactBox"))), 5000);
    QVERIFY(box->text().contains(QStringLiteral("counsel@law.example")));
    QVERIFY(!m_window->mailActions()->composeDialog());
    box->close();
}

void TestDesktop::recentFilesListTeamDatabasesAndDropFilesThatAreGone()
{
    const QString gone = m_dir.filePath(QStringLiteral("gone.ardesk"));
    QVERIFY(QFile::copy(m_path, gone));
    const QString team = QStringLiteral("postgresql://dana@db.example/receivables");
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList {m_path, gone, team});
    QVERIFY(QFile::remove(gone));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow(); // read when the user opens it
    QStringList shown;
    for (QAction *a : menu->actions())
        shown << a->text();
    QCOMPARE(shown.size(), 2);
    QVERIFY(shown.value(0).startsWith(QStringLiteral("desk.ardesk")));
    QVERIFY2(shown.value(1).contains(team), qPrintable(shown.value(1)));
    QCOMPARE(m_window->recentFiles(), (QStringList {m_path, team}));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
