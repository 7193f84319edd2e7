// SPDX-License-Identifier: MIT
// Company settings and "who is working?" dialogs, driven like a user would.
#include "widgets/adduserdialog.h"
#include "widgets/companysettingsdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/userchooserdialog.h"
#include "widgets/usersdialog.h"

#include "core/services/companyfile.h"
#include "core/services/userservice.h"
#include "core/storage/database.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void companySettingsEditsAndSaves();
    void companySettingsShowsCoreValidation();
    void userChooserSuggestsAndValidates();
    void companySettingsKeepsTheDiscountWording();
    void usersDialogSetsEmailAndSignature();
    void addUserFromTheUsersScreenWithTheKeyboard();
    void companySettingsCarryTheAutomaticBackups();
};

void TestDialogs::companySettingsCarryTheAutomaticBackups()
{
    CompanySettingsDialog dialog;
    CompanySettings s;
    s.companyName = QStringLiteral("Northwind");
    s.backupFolder = QStringLiteral("/srv/ardesk-backups");
    s.backupDays = 14;
    s.backupMonths = 24;
    dialog.setSettings(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *on = dialog.findChild<QCheckBox *>(QStringLiteral("backupCheck"));
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolderEdit"));
    auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("backupDaysSpin"));
    auto *months = dialog.findChild<QSpinBox *>(QStringLiteral("backupMonthsSpin"));
    QVERIFY(on && folder && days && months);
    QVERIFY(on->isChecked()); // on by default
    QCOMPARE(folder->text(), QStringLiteral("/srv/ardesk-backups"));
    QCOMPARE(days->value(), 14);
    QCOMPARE(months->value(), 24);
    QVERIFY(folder->isEnabled() && days->isEnabled());
    // Off from the keyboard: the folder and counts go grey, and the choice is saved.
    on->setFocus();
    QTest::keyClick(on, Qt::Key_Space);
    QVERIFY(!on->isChecked());
    QVERIFY(!folder->isEnabled() && !days->isEnabled() && !months->isEnabled());
    const CompanySettings off = dialog.settings();
    QVERIFY(!off.backupEnabled);
    QCOMPARE(off.backupFolder, QStringLiteral("/srv/ardesk-backups"));
    QCOMPARE(off.backupDays, 14);
    QCOMPARE(off.backupMonths, 24);
    // A folder set off again shows as off.
    dialog.setSettings(off);
    QVERIFY(!on->isChecked());
    QVERIFY(!folder->isEnabled());
    // make screenshots: the dialog with backups on.
    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        s.address = QStringLiteral("1 Main St\nSpringfield");
        dialog.setSettings(s);
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/company-settings.png")));
    }
}

void TestDialogs::companySettingsEditsAndSaves()
{
    CompanySettingsDialog dialog;
    const CompanySettings s = makeSettings(QStringLiteral("Northwind"), QStringLiteral("1 Main St"),
                                           QStringLiteral("USD"), QStringLiteral("en_US"), 7);
    dialog.setSettings(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.settings().companyName, s.companyName);
    QCOMPARE(dialog.settings().fiscalYearStartMonth, 7);

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Southwind Supply"));
    auto *locale = dialog.findChild<QComboBox *>(QStringLiteral("localeCombo"));
    locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
    auto *attachments = dialog.findChild<QSpinBox *>(QStringLiteral("attachmentSpin"));
    QCOMPARE(attachments->value(), 50); // the default cap, in MB
    attachments->setValue(8);
    QSignalSpy save(&dialog, &CompanySettingsDialog::saveRequested);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(save.count(), 1);
    const auto saved = save.at(0).at(0).value<CompanySettings>();
    QCOMPARE(saved.companyName, QStringLiteral("Southwind Supply"));
    QCOMPARE(saved.locale, QStringLiteral("de_DE"));
    QCOMPARE(saved.address, s.address);
    QCOMPARE(saved.attachmentMaxBytes, 8 * 1048576);
}

void TestDialogs::companySettingsShowsCoreValidation()
{
    CompanySettingsDialog dialog;
    CompanySettings s;
    s.companyName = QStringLiteral("Northwind");
    dialog.setSettings(s);
    dialog.show();
    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    currency->setEditText(QStringLiteral("dollars"));
    const CompanySettings edited = dialog.settings();
    const auto valid = edited.validate();
    QVERIFY(!valid);
    dialog.showError(valid.errorString());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("DOLLARS")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible()); // stays open to be corrected
}

void TestDialogs::userChooserSuggestsAndValidates()
{
    User dana;
    dana.name = QStringLiteral("dana.ortiz");
    dana.displayName = QStringLiteral("Dana Ortiz");
    User sam;
    sam.name = QStringLiteral("sam.lee");
    sam.displayName = QStringLiteral("Sam Lee");
    {
        UserChooserDialog dialog({dana, sam}, QStringLiteral("sam.lee"));
        QCOMPARE(dialog.userName(), QStringLiteral("sam.lee"));
    }
    UserChooserDialog dialog({dana, sam}, QStringLiteral("newbie"));
    dialog.show();
    QCOMPARE(dialog.userName(), QStringLiteral("newbie"));
    auto labels = dialog.findChildren<QLabel *>();
    auto hintSays = [&](const QString &text) {
        for (QLabel *l : labels) {
            if (l->text().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(hintSays(QStringLiteral("will be added as a new clerk")));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto *combo = dialog.findChild<QComboBox *>();
    combo->setEditText(QStringLiteral("two words"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(hintSays(QStringLiteral("two words")));
}

// #12: the early-payment discount wording is a multi-line company setting.
void TestDialogs::companySettingsKeepsTheDiscountWording()
{
    CompanySettingsDialog dialog;
    CompanySettings s = makeSettings(QStringLiteral("Northwind"), QStringLiteral("1 Main St"),
                                     QStringLiteral("USD"), QStringLiteral("en_US"), 1);
    s.discountWording = QStringLiteral("Take 2% off\nwhen paid within 10 days.");
    dialog.setSettings(s);
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("discountWordingEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), s.discountWording);
    edit->setPlainText(QStringLiteral("  1% off within 7 days.  "));
    QCOMPARE(dialog.settings().discountWording, QStringLiteral("1% off within 7 days."));
}

// #12: the window's Users dialog sets the e-mail address and signature reminders speak with;
// the core's refusal names the field.
void TestDialogs::usersDialogSetsEmailAndSignature()
{
    ScratchDir dir;
    QVERIFY(dir.renew());
    auto opened = Database::open(dir.filePath(QStringLiteral("users.ardesk")),
                                 Database::OpenMode::CreateIfMissing);
    VERIFY_OK(opened);
    auto db = opened.value();
    UserService users(db);
    for (const char *name : {"amelia", "dana"}) {
        User u;
        u.name = QString::fromLatin1(name);
        u.displayName = u.name;
        VERIFY_OK(users.add(u, 0));
    }
    auto list = users.list();
    VERIFY_OK(list);
    UsersDialog dialog(list.value());
    connect(&dialog, &UsersDialog::saveRequested, &dialog, [&](const User &u) {
        if (auto r = users.update(u, 0); !r)
            dialog.showError(r.errorString());
        else
            dialog.userSaved(u);
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list_ = dialog.findChild<QListWidget *>(QStringLiteral("userList"));
    list_->setCurrentRow(1);
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *display = dialog.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
    auto *signature = dialog.findChild<QPlainTextEdit *>(QStringLiteral("signatureEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTest::keyClicks(email, QStringLiteral("not an address"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("e-mail")), qPrintable(error->text()));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("dana.ortiz@acme.example"));
    display->clear();
    QTest::keyClicks(display, QStringLiteral("Dana Ortiz"));
    signature->setPlainText(QStringLiteral("Dana Ortiz\nCollections"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!error->isVisible());
    auto stored = UserRepository(*db).findByName(QStringLiteral("dana"));
    VERIFY_OK(stored);
    QCOMPARE(stored.value().email, QStringLiteral("dana.ortiz@acme.example"));
    QCOMPARE(stored.value().signature, QStringLiteral("Dana Ortiz\nCollections"));
    QCOMPARE(stored.value().displayName, QStringLiteral("Dana Ortiz"));
}

// #13: File > Users… > Add user… in the window, from the keyboard: the fields in the order they
// are shown, the user added through the core as `user add` adds one; a name taken is refused in
// the dialog, which stays open.
void TestDialogs::addUserFromTheUsersScreenWithTheKeyboard()
{
    ScratchDir dir;
    QVERIFY(dir.renew());
    const QString path = dir.filePath(QStringLiteral("team.ardesk"));
    CompanySettings settings;
    settings.companyName = QStringLiteral("Acme");
    {
        auto created = CompanyFile::create(path, settings, QStringLiteral("ann"));
        VERIFY_OK(created);
        created.value()->releaseThreadConnection();
    }
    MainWindow window;
    window.setAutomaticBackupsEnabled(false);
    VERIFY_OK(window.openFile(path, QStringLiteral("ann")));
    QStringList tabOrder, said;
    int adds = 0, pressed = 0;
    bool passwordShown = true;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *add = qobject_cast<AddUserDialog *>(modal); add && add->isVisible()) {
            ++adds;
            passwordShown
                    = add->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isVisible();
            QApplication::setActiveWindow(add);
            QVERIFY(QTest::qWaitForWindowActive(add));
            auto *error = add->findChild<QLabel *>(QStringLiteral("errorLabel"));
            auto type = [](const QString &text) {
                QTest::keyClicks(QApplication::focusWidget(), text);
            };
            auto tab = [&] {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                tabOrder << QApplication::focusWidget()->objectName();
            };
            tabOrder = QStringList {QApplication::focusWidget()->objectName()};
            type(QStringLiteral("nina.park"));
            tab();
            type(QStringLiteral("Nina Park"));
            tab(); // sales
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            tab(); // clerk, ticked at first
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            tab();
            tab();
            tab(); // e-mail
            type(QStringLiteral("nina.park@acme.example"));
            tab();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            if (add->isVisible()) { // refused: the second time, the name is taken
                said << error->text();
                QTest::keyClick(add, Qt::Key_Escape);
            }
            return;
        }
        auto *users = qobject_cast<UsersDialog *>(modal);
        if (!users || !users->isVisible())
            return;
        auto *outcome = users->findChild<QLabel *>(QStringLiteral("loginOutcomeLabel"));
        if (adds > 0)
            said << (outcome->isVisible() ? outcome->text() : QString());
        if (adds == 2) {
            driver.stop();
            users->reject();
            return;
        }
        if (pressed == adds + 1)
            return; // the Add user dialog is on its way
        pressed = adds + 1;
        auto *button = users->findChild<QPushButton *>(QStringLiteral("addUserButton"));
        QVERIFY(button->isVisible() && button->isEnabled());
        // Queued: the Add user dialog runs its own loop, and this timer must fire inside it.
        QMetaObject::invokeMethod(button, &QAbstractButton::click, Qt::QueuedConnection);
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("usersAction"))->trigger();
    QCOMPARE(adds, 2);
    QVERIFY(!passwordShown); // a company file has no logins
    QCOMPARE(tabOrder,
             (QStringList {QStringLiteral("nameEdit"), QStringLiteral("displayNameEdit"),
                           QStringLiteral("role_sales"), QStringLiteral("role_clerk"),
                           QStringLiteral("role_manager"), QStringLiteral("role_admin"),
                           QStringLiteral("emailEdit"), QStringLiteral("addButton")}));
    QVERIFY2(said.size() >= 2 && said.at(0).contains(QStringLiteral("Added nina.park")),
             qPrintable(said.join(u'|')));
    QVERIFY2(said.at(1).contains(QStringLiteral("exists")), qPrintable(said.join(u'|')));
    auto db = Database::open(path);
    VERIFY_OK(db);
    auto nina = UserRepository(*db.value()).findByName(QStringLiteral("nina.park"));
    VERIFY_OK(nina);
    QCOMPARE(toString(nina.value().roles), QStringLiteral("sales"));
    QCOMPARE(nina.value().displayName, QStringLiteral("Nina Park"));
    QCOMPARE(nina.value().email, QStringLiteral("nina.park@acme.example"));
    QVERIFY(nina.value().active);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
