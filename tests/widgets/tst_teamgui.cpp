// SPDX-License-Identifier: MIT
// File > Open team database… in the real main window (offscreen) against a real PostgreSQL
// server (a throwaway cluster, tests/support/pgcluster.*): the dialog is filled from the
// keyboard, the team database opens with its clients listed, the address is in Open recent and
// no automatic backup is attempted (a team database is backed up with team export). A bad
// address is explained in the dialog, which stays open; a known address fills the fields back.
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/storage/databaseurl.h"
#include "models/automaticbackup.h"
#include "models/clientlistmodel.h"
#include "widgets/clientlistpane.h"
#include "widgets/mainwindow.h"
#include "widgets/teamdatabasedialog.h"
#include "widgets/userchooserdialog.h"

#include "support/pgcluster.h"
#include "support/testsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

class TestTeamGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openTeamDatabaseFromTheFileMenu();
    void badAddressIsExplainedInTheDialog();
    void knownAddressFillsTheFields();
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
    dialog.resize(560, dialog.sizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/team-database.png")));
}

QTEST_MAIN(TestTeamGui)
#include "tst_teamgui.moc"
