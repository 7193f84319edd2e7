// SPDX-License-Identifier: MIT
// File > Open team database… in the real main window (offscreen) against a real PostgreSQL
// server (a throwaway cluster, tests/support/pgcluster.*): the dialog is filled from the
// keyboard, the team database opens with its clients listed, the address is in Open recent and
// no automatic backup is attempted (a team database is backed up with team export). A bad
// address is explained in the dialog, which stays open; a known address fills the fields back.
#include "core/mail/keychainsecretstore.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/services/teampassword.h"
#include "core/services/userservice.h"
#include "core/storage/databaseurl.h"
#include "core/storage/teamcredentials.h"
#include "core/storage/userrepository.h"
#include "models/automaticbackup.h"
#include "models/clientlistmodel.h"
#include "widgets/adduserdialog.h"
#include "widgets/clientlistpane.h"
#include "widgets/mainwindow.h"
#include "widgets/teamdatabasedialog.h"
#include "widgets/userchooserdialog.h"
#include "widgets/usersdialog.h"

#include "support/pgcluster.h"
#include "support/testsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// A password store that records the thread that reads it and takes its time, as a keychain
/// that asks D-Bus (or the user) does.
class SlowRecordingStore : public SecretStore
{
public:
    struct Log
    {
        std::atomic<bool> readOnGuiThread {false};
        std::atomic<int> reads {0};
    };
    SlowRecordingStore(std::shared_ptr<Log> log, QString key, QString secret, int delayMs = 700)
        : m_log(std::move(log))
        , m_key(std::move(key))
        , m_secret(std::move(secret))
        , m_delayMs(delayMs)
    { }
    QString name() const override { return QStringLiteral("test store"); }
    Result<QString> read(const QString &key) override
    {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            m_log->readOnGuiThread = true;
        ++m_log->reads;
        QThread::msleep(m_delayMs);
        if (key != m_key)
            return makeError(ErrorCode::NotFound, QStringLiteral("nothing kept for ") + key);
        return m_secret;
    }
    Result<void> write(const QString &, const QString &) override { return {}; }
    Result<void> remove(const QString &) override { return {}; }

private:
    std::shared_ptr<Log> m_log;
    QString m_key, m_secret;
    int m_delayMs;
};

} // namespace

class TestTeamGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openTeamDatabaseFromTheFileMenu();
    void badAddressIsExplainedInTheDialog();
    void knownAddressFillsTheFields();
    void usersScreenChangesTheLoginsGroupRoles();
    void usersScreenDeactivatesTheLogin();
    void addUserMakesALoginThatConnectsWithItsPassword();
    void keptPasswordIsReadOffTheGuiThreadWhileTheWindowPaints();
    void keptPasswordIsNotHeldAndIsReadAgainAfterTheServerRestarts();
    /// Runs keychainInsideSession in a D-Bus session with an unlocked gnome-keyring.
    void passwordFromTheKeychain();
    /// A login that must give a password: refused with what to do, opened with the password
    /// typed and remembered, opened again from the keychain alone; the password in no file.
    void keychainInsideSession();
    /// With ARDESK_SCREENSHOT_DIR set (make screenshots): team-database.png, the dialog.
    void screenshots();

private:
    /// Types `text` into `edit` as a user would (ASCII only: QTest::keyClicks).
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static bool inSession() { return test::inKeyringSession(); }
    /// Opens `address` through File > Open team database… with `password` typed (remembered
    /// when `remember`), choosing the user ann when asked; the open's error, empty on success.
    QString openThroughTheDialog(MainWindow &window, const QString &address,
                                 const QString &password, bool remember);
    /// In File > Users… of `window`: gives `user` exactly `role` and saves; the dialog's error
    /// afterwards (empty when the save went through).
    QString changeRoleInUsersScreen(MainWindow &window, const QString &user, UserRole role);
    /// In File > Users… of `window`: makes `user` active or not and saves; the dialog's error,
    /// else what it says happened to the login (prefixed "saved: ").
    QString setActiveInUsersScreen(MainWindow &window, const QString &user, bool active);
    /// File > Users… > Add user… in `window`: `name` as a clerk with `password` and `confirm`
    /// typed from the keyboard, then Add. "added: " and what the Users screen says happened, or
    /// the Add user dialog's error when it stayed open (then cancelled).
    QString addInUsersScreen(MainWindow &window, const QString &name, const QString &password,
                             const QString &confirm);
    /// The group roles `login` is a direct member of, "ardesk_clerk,ardesk_sales".
    QString groupsOf(const QString &login);

    PgCluster m_cluster;
    ScratchDir m_dir;
};

void TestTeamGui::initTestCase()
{
    QVERIFY(m_dir.renew());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("acme")), qPrintable(m_cluster.errorString()));
    CompanySettings settings;
    settings.companyName = QStringLiteral("Acme Team");
    auto db = CompanyFile::create(m_cluster.url(QStringLiteral("acme")), settings,
                                  QStringLiteral("ann"));
    VERIFY_OK(db);
    for (const auto &[code, name] :
         {std::pair {"ACME", "Acme Corp"}, std::pair {"BOLT", "Bolt Ltd"}}) {
        Client c = makeClient(QString::fromLatin1(code), QString::fromLatin1(name));
        VERIFY_OK(ClientService(db.value(), 0).createClient(c));
    }
}

void TestTeamGui::openTeamDatabaseFromTheFileMenu()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString address = m_cluster.url(QStringLiteral("acme"));
    const auto url = DatabaseUrl::parse(address);
    VERIFY_OK(url);
    bool filled = false, chosen = false;
    // The modal dialogs as they come: the address, then who is working (ann, the first user).
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<TeamDatabaseDialog *>(modal); dialog && !filled) {
            filled = true;
            retype(dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit")), url.value().host());
            auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"));
            port->setFocus();
            port->selectAll();
            QTest::keyClicks(port, QString::number(url.value().port()));
            retype(dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit")),
                   QStringLiteral("acme"));
            retype(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit")), url.value().user());
            QCOMPARE(dialog->address(), address);
            QTest::keyClick(dialog, Qt::Key_Return); // Open is the default button
        } else if (auto *who = qobject_cast<UserChooserDialog *>(modal); who && !chosen) {
            chosen = true;
            auto *names = who->findChild<QComboBox *>();
            names->setCurrentIndex(names->findData(QStringLiteral("ann")));
            QCOMPARE(who->userName(), QStringLiteral("ann"));
            who->accept();
        }
    });
    driver.start();
    auto *open = window.findChild<QAction *>(QStringLiteral("openTeamDatabaseAction"));
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QVERIFY(filled);
    QVERIFY(chosen);
    QCOMPARE(window.currentFile(), address);
    QTRY_COMPARE_WITH_TIMEOUT(window.clientList()->model()->rowCount(), 2, 10000);
    QCOMPARE(window.recentFiles().value(0), address);
    QVERIFY(!window.automaticBackup()->isRunning());
    QVERIFY(window.close());
}

void TestTeamGui::badAddressIsExplainedInTheDialog()
{
    TeamDatabaseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit")), QString());
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("the database name is missing")),
             qPrintable(error->text()));
    // A CA file that cannot be read is refused before connecting.
    retype(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit")), QStringLiteral("acme"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
    QVERIFY(ca->isEnabled());
    retype(ca, m_dir.filePath(QStringLiteral("missing-ca.pem")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("cannot read the CA file")),
             qPrintable(error->text()));
}

void TestTeamGui::knownAddressFillsTheFields()
{
    const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(ca, QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n")));
    const QString address = QStringLiteral("postgresql://clerk@db.example.com:6543/acme?sslmode="
                                           "verify-full&sslrootcert=")
            + ca;
    TeamDatabaseDialog dialog;
    dialog.setAddress(address);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(),
             QStringLiteral("db.example.com"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 6543);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(),
             QStringLiteral("clerk"));
    QCOMPARE(
            dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"))->currentData().toString(),
            QStringLiteral("verify-full"));
    const auto back = DatabaseUrl::parse(dialog.address());
    VERIFY_OK(back);
    QCOMPARE(back.value().toString(), DatabaseUrl::parse(address).value().toString());
    // Security back to "prefer": no CA file in the address.
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("prefer")));
    QVERIFY(!dialog.address().contains(QStringLiteral("sslrootcert")));
}

QString TestTeamGui::changeRoleInUsersScreen(MainWindow &window, const QString &user, UserRole role)
{
    QString error = QStringLiteral("the Users screen did not open");
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<UsersDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        driver.stop();
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("userList"));
        list->setCurrentItem(list->findItems(user, Qt::MatchExactly).value(0));
        for (UserRole r : allUserRoles())
            dialog->findChild<QCheckBox *>(QStringLiteral("role_") + toString(r))
                    ->setChecked(r == role);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        error = label->isVisible() ? label->text() : QString();
        dialog->reject();
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("usersAction"))->trigger();
    return error;
}

QString TestTeamGui::setActiveInUsersScreen(MainWindow &window, const QString &user, bool active)
{
    QString said = QStringLiteral("the Users screen did not open");
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<UsersDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        driver.stop();
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("userList"));
        list->setCurrentItem(list->findItems(user, Qt::MatchExactly).value(0));
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("activeCheck"));
        if (check->isChecked() != active) {
            check->setFocus();
            QTest::keyClick(check, Qt::Key_Space);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *outcome = dialog->findChild<QLabel *>(QStringLiteral("loginOutcomeLabel"));
        said = error->isVisible()
                ? error->text()
                : QStringLiteral("saved: ") + (outcome->isVisible() ? outcome->text() : QString());
        dialog->reject();
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("usersAction"))->trigger();
    return said;
}

void TestTeamGui::usersScreenDeactivatesTheLogin()
{
    // ann (her desk connected as the superuser) unticks Active for ula.west: the window says
    // the login may no longer connect, and the server refuses it; ticked again, it may.
    const QString address = m_cluster.url(QStringLiteral("acme"));
    QVERIFY2(!groupsOf(QStringLiteral("ula.west")).isEmpty(), "needs ula.west added above");
    const auto canLogin = [&] {
        return m_cluster
                .psql(QStringLiteral("acme"),
                      QStringLiteral("SELECT rolcanlogin::int FROM pg_roles WHERE rolname = "
                                     "'ula.west'"))
                .trimmed();
    };
    QCOMPARE(canLogin(), QStringLiteral("1"));
    MainWindow window;
    window.setAutomaticBackupsEnabled(false);
    VERIFY_OK(window.openFile(address, QStringLiteral("ann")));
    const QString off = setActiveInUsersScreen(window, QStringLiteral("ula.west"), false);
    QVERIFY2(off.startsWith(QStringLiteral("saved: "))
                     && off.contains(QStringLiteral("The login ula.west may not connect")),
             qPrintable(off));
    QCOMPARE(canLogin(), QStringLiteral("0"));
    QCOMPARE(m_cluster
                     .psql(QStringLiteral("acme"),
                           QStringLiteral("SELECT active FROM users WHERE name = 'ula.west'"))
                     .trimmed(),
             QStringLiteral("0"));
    const QString on = setActiveInUsersScreen(window, QStringLiteral("ula.west"), true);
    QVERIFY2(on.contains(QStringLiteral("The login ula.west may connect to the server again")),
             qPrintable(on));
    QCOMPARE(canLogin(), QStringLiteral("1"));
}

QString TestTeamGui::addInUsersScreen(MainWindow &window, const QString &name,
                                      const QString &password, const QString &confirm)
{
    QString said = QStringLiteral("the Users screen did not open");
    bool pressed = false, added = false;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *add = qobject_cast<AddUserDialog *>(modal); add && add->isVisible()) {
            auto *passwordEdit = add->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            if (!passwordEdit->isVisible()) {
                said = QStringLiteral("no password field on a team database");
                add->reject();
                return;
            }
            QApplication::setActiveWindow(add);
            QVERIFY(QTest::qWaitForWindowActive(add));
            QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
            QTest::keyClicks(passwordEdit, password);
            auto *confirmEdit = add->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit"));
            QTest::keyClicks(confirmEdit, confirm);
            QTest::keyClick(confirmEdit, Qt::Key_Return); // Add user is the default button
            added = !add->isVisible();
            if (!added) {
                said = add->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
                QTest::keyClick(add, Qt::Key_Escape);
            }
            return;
        }
        auto *users = qobject_cast<UsersDialog *>(modal);
        if (!users || !users->isVisible())
            return;
        if (!pressed) {
            pressed = true;
            auto *button = users->findChild<QPushButton *>(QStringLiteral("addUserButton"));
            QMetaObject::invokeMethod(button, &QAbstractButton::click, Qt::QueuedConnection);
            return;
        }
        driver.stop();
        if (added)
            said = QStringLiteral("added: ")
                    + users->findChild<QLabel *>(QStringLiteral("loginOutcomeLabel"))->text();
        users->reject();
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("usersAction"))->trigger();
    return said;
}

void TestTeamGui::addUserMakesALoginThatConnectsWithItsPassword()
{
    // ann adds vic.lane in the window with an initial password: a typo in the confirmation is
    // caught in the dialog, then the login is made, and vic.lane connects with that password.
    const QString address = m_cluster.url(QStringLiteral("acme"));
    const QString password = QStringLiteral("Vic-pw-2026");
    {
        MainWindow window;
        window.setAutomaticBackupsEnabled(false);
        VERIFY_OK(window.openFile(address, QStringLiteral("ann")));
        const QString typo = addInUsersScreen(window, QStringLiteral("vic.lane"), password,
                                              QStringLiteral("Vic-pw-2062"));
        QVERIFY2(typo.contains(QStringLiteral("differ")), qPrintable(typo));
        QVERIFY(groupsOf(QStringLiteral("vic.lane")).isEmpty());
        const QString added
                = addInUsersScreen(window, QStringLiteral("vic.lane"), password, password);
        QVERIFY2(added.startsWith(QStringLiteral("added: "))
                         && added.contains(QStringLiteral(
                                 "Created the login vic.lane with the password given"))
                         && added.contains(QStringLiteral("group roles of clerk")),
                 qPrintable(added));
        QVERIFY(!added.contains(password));
        QCOMPARE(groupsOf(QStringLiteral("vic.lane")), QStringLiteral("ardesk_clerk"));
    }
    QVERIFY2(m_cluster.requirePassword(QStringLiteral("vic.lane")),
             qPrintable(m_cluster.errorString()));
    QString asVic = address;
    asVic.replace(m_cluster.superuser() + u'@', QStringLiteral("vic.lane@"));
    const QByteArray pgpassword = qgetenv("PGPASSWORD");
    const QByteArray pgpassfile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", "/nonexistent");
    qunsetenv("PGPASSWORD");
    const auto refused = Database::open(asVic);
    qputenv("PGPASSWORD", password.toUtf8());
    auto opened = Database::open(asVic);
    qunsetenv("PGPASSWORD");
    if (!pgpassword.isNull())
        qputenv("PGPASSWORD", pgpassword);
    if (pgpassfile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", pgpassfile);
    QVERIFY2(!refused, "vic.lane connected without a password");
    VERIFY_OK(opened);
    auto users = UserService(opened.value()).list();
    VERIFY_OK(users);
    opened.value()->releaseThreadConnection();

    // From a desk whose login may not create roles, adding is refused in the dialog.
    QString asAdminLogin = address;
    asAdminLogin.replace(m_cluster.superuser() + u'@', QStringLiteral("ann_desk@"));
    MainWindow window;
    window.setAutomaticBackupsEnabled(false);
    VERIFY_OK(window.openFile(asAdminLogin, QStringLiteral("ann")));
    const QString refusedAdd
            = addInUsersScreen(window, QStringLiteral("wes.moor"), password, password);
    QVERIFY2(refusedAdd.contains(QStringLiteral("CREATEROLE"))
                     && refusedAdd.contains(QStringLiteral("ann_desk")),
             qPrintable(refusedAdd));
    QVERIFY(groupsOf(QStringLiteral("wes.moor")).isEmpty());
}

QString TestTeamGui::groupsOf(const QString &login)
{
    return m_cluster
            .psql(QStringLiteral("postgres"),
                  QStringLiteral("SELECT coalesce(string_agg(g.rolname, ',' ORDER BY g.rolname), "
                                 "'') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                 "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'")
                          .arg(login))
            .trimmed();
}

void TestTeamGui::usersScreenChangesTheLoginsGroupRoles()
{
    // ula.west is added as sales (her login in ardesk_sales); ann, the admin, makes her a clerk
    // in File > Users…: the login follows. From a desk whose login may not create roles the same
    // change is refused in the dialog, naming CREATEROLE, and nothing changes.
    const QString address = m_cluster.url(QStringLiteral("acme"));
    {
        auto db = Database::open(address);
        VERIFY_OK(db);
        auto ann = UserRepository(*db.value()).findByName(QStringLiteral("ann"));
        VERIFY_OK(ann);
        User ula;
        ula.name = QStringLiteral("ula.west");
        ula.roles = UserRole::Sales;
        VERIFY_OK(UserService(db.value()).add(ula, ann.value().id));
        db.value()->releaseThreadConnection();
    }
    QCOMPARE(groupsOf(QStringLiteral("ula.west")), QStringLiteral("ardesk_sales"));
    {
        MainWindow window;
        window.setAutomaticBackupsEnabled(false);
        VERIFY_OK(window.openFile(address, QStringLiteral("ann")));
        const QString saved
                = changeRoleInUsersScreen(window, QStringLiteral("ula.west"), UserRole::Clerk);
        QVERIFY2(saved.isEmpty(), qPrintable(saved));
        QCOMPARE(groupsOf(QStringLiteral("ula.west")), QStringLiteral("ardesk_clerk"));
    }
    QVERIFY(!m_cluster
                     .psql(QStringLiteral("acme"),
                           QStringLiteral("CREATE ROLE ann_desk LOGIN IN ROLE ardesk_admin"))
                     .isNull());
    QString asAdminLogin = address;
    asAdminLogin.replace(m_cluster.superuser() + u'@', QStringLiteral("ann_desk@"));
    MainWindow window;
    window.setAutomaticBackupsEnabled(false);
    VERIFY_OK(window.openFile(asAdminLogin, QStringLiteral("ann")));
    const QString refused
            = changeRoleInUsersScreen(window, QStringLiteral("ula.west"), UserRole::Manager);
    QVERIFY2(refused.contains(QStringLiteral("CREATEROLE"))
                     && refused.contains(QStringLiteral("ann_desk")),
             qPrintable(refused));
    QCOMPARE(groupsOf(QStringLiteral("ula.west")), QStringLiteral("ardesk_clerk"));
    QCOMPARE(m_cluster
                     .psql(QStringLiteral("acme"),
                           QStringLiteral("SELECT string_agg(r.role, ',') FROM user_roles r JOIN "
                                          "users u ON u.id = r.user_id WHERE u.name = 'ula.west'"))
                     .trimmed(),
             QStringLiteral("clerk"));
}

void TestTeamGui::keptPasswordIsReadOffTheGuiThreadWhileTheWindowPaints()
{
    // quinn must give a password, none is typed and libpq has none: the window asks the store
    // (the keychain) — on another thread, while the window keeps handling events and shows
    // that it is connecting.
    const QString secret = QStringLiteral("Quinn-pw-2026");
    QVERIFY(!m_cluster
                     .psql(QStringLiteral("acme"),
                           QStringLiteral("CREATE ROLE quinn LOGIN PASSWORD '%1' IN ROLE "
                                          "ardesk_clerk")
                                   .arg(secret))
                     .isNull());
    QVERIFY2(m_cluster.requirePassword(QStringLiteral("quinn")),
             qPrintable(m_cluster.errorString()));
    QString address = m_cluster.url(QStringLiteral("acme"));
    address.replace(m_cluster.superuser() + u'@', QStringLiteral("quinn@"));
    const QByteArray pgpassword = qgetenv("PGPASSWORD");
    const QByteArray pgpassfile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");
    auto log = std::make_shared<SlowRecordingStore::Log>();
    MainWindow window;
    window.setAutomaticBackupsEnabled(false);
    window.setTeamPasswordStore([log, key = TeamPassword::keyFor(address), secret] {
        return std::make_unique<SlowRecordingStore>(log, key, secret);
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int ticks = 0;
    bool progressShown = false;
    QTimer ticker;
    ticker.setInterval(50);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        if (auto *p = window.findChild<QProgressDialog *>(QStringLiteral("connectProgress"));
            p && p->isVisible() && p->labelText().contains(QStringLiteral("Connecting")))
            progressShown = true;
    });
    ticker.start();
    const auto opened = window.openFile(address, QStringLiteral("ann"));
    ticker.stop();
    if (!pgpassword.isNull())
        qputenv("PGPASSWORD", pgpassword);
    if (pgpassfile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", pgpassfile);
    VERIFY_OK(opened);
    QVERIFY(log->reads.load() >= 1);
    QVERIFY2(!log->readOnGuiThread.load(), "the GUI thread read the store");
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks))); // ~14 while the store took 0.7 s
    QVERIFY(progressShown);
    QCOMPARE(window.currentFile(), address);
    QTRY_COMPARE_WITH_TIMEOUT(window.clientList()->model()->rowCount(), 2, 10000);
    QVERIFY2(!log->readOnGuiThread.load(), "the GUI thread read the store");
}

void TestTeamGui::keptPasswordIsNotHeldAndIsReadAgainAfterTheServerRestarts()
{
    // Opened with quinn's password from the store (the keychain): once open, ARDesk holds it
    // nowhere; the server restarts, and every connection made again reads it from the store.
    QString address = m_cluster.url(QStringLiteral("acme"));
    address.replace(m_cluster.superuser() + u'@', QStringLiteral("quinn@"));
    const QString secret = QStringLiteral("Quinn-pw-2026");
    const QByteArray pgpassword = qgetenv("PGPASSWORD");
    const QByteArray pgpassfile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");
    TeamCredentials::setSource(address, {}); // the window of the case above set one
    auto log = std::make_shared<SlowRecordingStore::Log>();
    {
        MainWindow window;
        window.setAutomaticBackupsEnabled(false);
        window.setTeamPasswordStore([log, key = TeamPassword::keyFor(address), secret] {
            return std::make_unique<SlowRecordingStore>(log, key, secret, 0);
        });
        VERIFY_OK(window.openFile(address, QStringLiteral("ann")));
        QTRY_COMPARE_WITH_TIMEOUT(window.clientList()->model()->rowCount(), 2, 10000);
        QVERIFY(!TeamCredentials::holdsPassword(address));
        const int readsBefore = log->reads.load();
        QVERIFY2(m_cluster.halt(), qPrintable(m_cluster.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(window.liveUpdates()->isConnectionLost(), 5000);
        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.errorString()));
        // The feed reconnects by itself: only with the password read again.
        QTRY_VERIFY_WITH_TIMEOUT(!window.liveUpdates()->isConnectionLost(), 15000);
        QVERIFY(log->reads.load() > readsBefore);
        // A client saved at another desk now shows: the window's connections work again.
        auto other = Database::open(m_cluster.url(QStringLiteral("acme")));
        VERIFY_OK(other);
        Client c = makeClient(QStringLiteral("CRUX"), QStringLiteral("Crux Partners"));
        VERIFY_OK(ClientService(other.value(), 0).createClient(c));
        other.value()->releaseThreadConnection();
        QTRY_COMPARE_WITH_TIMEOUT(window.clientList()->model()->rowCount(), 3, 10000);
        QVERIFY(!TeamCredentials::holdsPassword(address));
    }
    if (!pgpassword.isNull())
        qputenv("PGPASSWORD", pgpassword);
    if (pgpassfile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", pgpassfile);
}

QString TestTeamGui::openThroughTheDialog(MainWindow &window, const QString &address,
                                          const QString &password, bool remember)
{
    bool filled = false;
    QString warning;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<TeamDatabaseDialog *>(modal); dialog && !filled) {
            filled = true;
            dialog->setAddress(address);
            retype(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"))
                    ->setChecked(remember);
            QTest::keyClick(dialog, Qt::Key_Return);
        } else if (auto *who = qobject_cast<UserChooserDialog *>(modal)) {
            auto *names = who->findChild<QComboBox *>();
            names->setCurrentIndex(names->findData(QStringLiteral("ann")));
            who->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            warning = box->text();
            box->accept();
        }
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("openTeamDatabaseAction"))->trigger();
    driver.stop();
    if (!filled)
        return QStringLiteral("the dialog did not open");
    return warning;
}

void TestTeamGui::passwordFromTheKeychain()
{
    ARDESK_RUN_IN_KEYRING_SESSION("TestTeamGui", "keychainInsideSession", 180000);
}

void TestTeamGui::keychainInsideSession()
{
    if (!inSession())
        QSKIP("runs inside dbus-run-session with an unlocked gnome-keyring "
              "(passwordFromTheKeychain)");
    const QString secret = QStringLiteral("Pia-secret-2026");
    QVERIFY(!m_cluster
                     .psql(QStringLiteral("acme"),
                           QStringLiteral("CREATE ROLE pia LOGIN PASSWORD '%1' IN ROLE "
                                          "ardesk_manager, ardesk_admin")
                                   .arg(secret))
                     .isNull());
    QVERIFY2(m_cluster.requirePassword(QStringLiteral("pia")), qPrintable(m_cluster.errorString()));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent");
    QString address = m_cluster.url(QStringLiteral("acme"));
    address.replace(m_cluster.superuser() + u'@', QStringLiteral("pia@"));
    const QString key = TeamPassword::keyFor(address);
    KeychainSecretStore keychain(TeamPassword::serviceName(), 20000);
    QCOMPARE(keychain.read(key).error().code, ErrorCode::NotFound);

    {
        // Nothing gives the password yet: refused, saying where to give it.
        MainWindow window;
        window.setAutomaticBackupsEnabled(false);
        auto refused = window.openFile(address, QStringLiteral("ann"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("no password supplied"))
                         && refused.errorString().contains(QStringLiteral("keychain")),
                 qPrintable(refused.errorString()));
        // Typed, not remembered: opens, the keychain stays empty.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString once = openThroughTheDialog(window, address, secret, false);
        QVERIFY2(once.isEmpty(), qPrintable(once));
        QCOMPARE(window.currentFile(), address);
        QCOMPARE(keychain.read(key).error().code, ErrorCode::NotFound);
        // Typed and remembered: kept in the keychain.
        const QString kept = openThroughTheDialog(window, address, secret, true);
        QVERIFY2(kept.isEmpty(), qPrintable(kept));
        QCOMPARE(window.currentFile(), address);
        auto stored = keychain.read(key);
        VERIFY_OK(stored);
        QCOMPARE(stored.value(), secret);
        QVERIFY(window.close());
    }
    // In no file ARDesk writes (settings, logs, recent files: all under this session's HOME).
    QSettings().sync();
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
    }
    QVERIFY(scanned > 0);
    QVERIFY(QFile::exists(QSettings().fileName()));

    // Opened again (Open recent): the keychain gives the password, nothing is typed.
    MainWindow again;
    again.setAutomaticBackupsEnabled(false);
    VERIFY_OK(again.openFile(address, QStringLiteral("ann")));
    QTRY_COMPARE_WITH_TIMEOUT(again.clientList()->model()->rowCount(), 2, 10000);
    VERIFY_OK(keychain.remove(key));
}

void TestTeamGui::screenshots()
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("ARDESK_SCREENSHOT_DIR not set");
    TeamDatabaseDialog dialog;
    dialog.setAddress(QStringLiteral("postgresql://dana.ortiz@ardesk-db.example.com:5432/acme"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit"))
            ->setText(QStringLiteral("/etc/ardesk/ca.pem"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("not-a-real-one"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberPasswordCheck"))->setChecked(true);
    dialog.resize(560, dialog.sizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/team-database.png")));

    // File > Users… > Add user… on a team database: the login's initial password, twice.
    AddUserDialog add(AddUserDialog::Kind::TeamDatabase);
    add.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("nina.park"));
    add.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))
            ->setText(QStringLiteral("Nina Park"));
    add.findChild<QCheckBox *>(QStringLiteral("role_sales"))->setChecked(true);
    add.findChild<QCheckBox *>(QStringLiteral("role_clerk"))->setChecked(false);
    add.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("nina.park@acme.example"));
    for (const char *secret : {"passwordEdit", "confirmPasswordEdit"})
        add.findChild<QLineEdit *>(QLatin1String(secret))->setText(QStringLiteral("not-real-1"));
    add.resize(600, add.sizeHint().height());
    add.show();
    QVERIFY(QTest::qWaitForWindowExposed(&add));
    QTest::qWait(200);
    QVERIFY(add.grab().save(dir + QStringLiteral("/add-user.png")));
}

QTEST_MAIN(TestTeamGui)
#include "tst_teamgui.moc"
