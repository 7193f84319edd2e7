// SPDX-License-Identifier: MIT
// The client editor on its own, and creating, renaming and archiving clients through the main
// window on a small company file, under the offscreen platform.
#include "core/services/clientservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/userrepository.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "widgets/clienteditdialog.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/mainwindow.h"

#include "support/testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestClientEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogRoundTripsAClient();
    void newClientTitle();
    void badCreditLimitNamesTheField();
    void emptyNameNamesTheField();
    void saveClientCreatesAndRenames();
    void editConflictIsReported();
    void archiveRefusedWithOpenBalance();
    void archiveRemovesClientFromList();

private:
    QList<User> users() const;
    void clickSave(ClientEditDialog &dialog);
    /// Filters the list to `text` and returns the matching names.
    QStringList listed(const QString &text);
    ScratchDir m_dir;
    QString m_path;
    qint64 m_owingId = 0;
    qint64 m_quietId = 0;
    std::unique_ptr<MainWindow> m_window;
};

QList<User> TestClientEdit::users() const
{
    User a;
    a.id = 1;
    a.name = QStringLiteral("tester");
    User b;
    b.id = 2;
    b.name = QStringLiteral("casey");
    b.displayName = QStringLiteral("Casey Jones");
    return {a, b};
}

void TestClientEdit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
}

void TestClientEdit::init()
{
    QVERIFY(m_dir.renew());
    m_path = m_dir.filePath(QStringLiteral("clients.ardesk"));
    {
        auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        QSqlDatabase conn = db.value()->connection();
        User tester;
        tester.name = QStringLiteral("tester");
        tester.roles = UserRoles(UserRole::Manager) | UserRole::Admin;
        auto uid = committed(conn, [&] { return UserRepository(conn).insert(tester); });
        QVERIFY2(uid, qPrintable(uid.errorString()));
        ClientService service(db.value(), uid.value());
        Client owing = makeClient(QStringLiteral("OWE01"), QStringLiteral("Owing Widgets"));
        VERIFY_OK(service.createClient(owing));
        Invoice inv = makeInvoice(owing.id, QStringLiteral("INV-OWE-1"),
                                  QDate::currentDate().addDays(-5), 99000);
        VERIFY_OK(service.addInvoice(inv));
        Client quiet = makeClient(QStringLiteral("QUI01"), QStringLiteral("Quiet Gadgets"));
        VERIFY_OK(service.createClient(quiet));
        Client other = makeClient(QStringLiteral("OTH01"), QStringLiteral("Other Sprockets"));
        VERIFY_OK(service.createClient(other));
        m_owingId = owing.id;
        m_quietId = quiet.id;
        conn = QSqlDatabase();
        db.value()->releaseThreadConnection();
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::fileOpened);
    auto r = m_window->openFile(m_path, QStringLiteral("tester"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 3, 5000);
}

void TestClientEdit::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestClientEdit::clickSave(ClientEditDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QStringList TestClientEdit::listed(const QString &text)
{
    auto *model = m_window->clientList()->model();
    QSignalSpy loaded(model, &ClientListModel::loaded);
    if (model->filter() == text)
        model->refresh();
    else
        model->setFilter(text);
    if (!loaded.wait(5000))
        return {QStringLiteral("<no result>")};
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, ClientListModel::Name).data().toString();
    return names;
}

void TestClientEdit::dialogRoundTripsAClient()
{
    ClientEditDialog dialog(users());
    Client c;
    c.id = 42;
    c.version = 3;
    c.code = QStringLiteral("C00042");
    c.name = QStringLiteral("Round Trip GmbH");
    c.status = ClientStatus::InDispute;
    c.currency = QStringLiteral("EUR");
    c.paymentTermsDays = 45;
    c.creditLimitMinor = 123456;
    c.creditHold = true;
    c.creditHoldReason = QStringLiteral("bounced check");
    c.assignedUserId = 2;
    c.segment = QStringLiteral("key account");
    c.tags = {QStringLiteral("export"), QStringLiteral("priority")};
    c.country = QStringLiteral("DE");
    c.timeZone = QStringLiteral("Europe/Berlin");
    c.billingAddress = QStringLiteral("Hauptstraße 1\n10115 Berlin");
    c.internalNotes = QStringLiteral("Prefers email.\nAsk for Jonas.");
    dialog.setClient(c);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit client — Round Trip GmbH"));
    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QTest::qWait(100);
        dialog.grab().save(dir + QStringLiteral("/client-edit-dialog.png"));
    }
    const Client back = dialog.client();
    QCOMPARE(back.id, c.id);
    QCOMPARE(back.version, c.version);
    QCOMPARE(back.code, c.code);
    QCOMPARE(back.name, c.name);
    QVERIFY(back.status == c.status);
    QCOMPARE(back.currency, c.currency);
    QCOMPARE(back.paymentTermsDays, c.paymentTermsDays);
    QCOMPARE(back.creditLimitMinor, c.creditLimitMinor);
    QCOMPARE(back.creditHold, c.creditHold);
    QCOMPARE(back.creditHoldReason, c.creditHoldReason);
    QCOMPARE(back.assignedUserId, c.assignedUserId);
    QCOMPARE(back.segment, c.segment);
    QCOMPARE(back.tags, c.tags);
    QCOMPARE(back.country, c.country);
    QCOMPARE(back.timeZone, c.timeZone);
    QCOMPARE(back.billingAddress, c.billingAddress);
    QCOMPARE(back.internalNotes, c.internalNotes);
    QSignalSpy save(&dialog, &ClientEditDialog::saveRequested);
    clickSave(dialog);
    QCOMPARE(save.size(), 1);
    QCOMPARE(save.at(0).at(0).value<Client>().name, c.name);
    QVERIFY(dialog.errorText().isEmpty());
}

void TestClientEdit::newClientTitle()
{
    ClientEditDialog dialog(users());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New client"));
    QVERIFY(dialog.isNewClient());
}

void TestClientEdit::badCreditLimitNamesTheField()
{
    ClientEditDialog dialog(users());
    dialog.setClient(makeClient(QStringLiteral("C1"), QStringLiteral("Limit Co")));
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("creditLimitEdit"))
            ->setText(QStringLiteral("1.234,56"));
    QSignalSpy save(&dialog, &ClientEditDialog::saveRequested);
    clickSave(dialog);
    QCOMPARE(save.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("credit limit")),
             qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("1.234,56")),
             qPrintable(dialog.errorText()));
    // Corrected, it saves.
    dialog.findChild<QLineEdit *>(QStringLiteral("creditLimitEdit"))
            ->setText(QStringLiteral("1,234.56"));
    clickSave(dialog);
    QCOMPARE(save.size(), 1);
    QCOMPARE(save.at(0).at(0).value<Client>().creditLimitMinor, 123456);
}

void TestClientEdit::emptyNameNamesTheField()
{
    ClientEditDialog dialog(users());
    dialog.setClient(makeClient(QStringLiteral("C2"), QStringLiteral("Soon Nameless")));
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
    QSignalSpy save(&dialog, &ClientEditDialog::saveRequested);
    clickSave(dialog);
    QCOMPARE(save.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("name")), qPrintable(dialog.errorText()));
}

void TestClientEdit::saveClientCreatesAndRenames()
{
    Client c = makeClient(QStringLiteral("NEW01"), QStringLiteral("Brandnew Bolts"));
    QString error = QStringLiteral("not called");
    qint64 id = 0;
    m_window->saveClient(c, [&](const QString &e, qint64 newId) {
        error = e;
        id = newId;
    });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->clientId(), id, 5000);
    auto *edit = m_window->findChild<QAction *>(QStringLiteral("editClientAction"));
    QVERIFY(edit);
    QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 5000);
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(listed(QStringLiteral("Brandnew")), QStringList {QStringLiteral("Brandnew Bolts")});

    auto stored = ClientRepository(m_window->worker()->database()->connection()).find(id);
    QVERIFY(stored);
    Client edited = stored.value();
    edited.name = QStringLiteral("Brandnew Bolts & Nuts");
    error = QStringLiteral("not called");
    m_window->saveClient(edited, [&](const QString &e, qint64) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QCOMPARE(listed(QStringLiteral("Brandnew")),
             QStringList {QStringLiteral("Brandnew Bolts & Nuts")});
}

void TestClientEdit::editConflictIsReported()
{
    auto stored = ClientRepository(m_window->worker()->database()->connection()).find(m_quietId);
    QVERIFY(stored);
    Client first = stored.value();
    Client second = stored.value();
    first.name = QStringLiteral("Quiet Gadgets Two");
    QString error = QStringLiteral("not called");
    m_window->saveClient(first, [&](const QString &e, qint64) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    second.segment = QStringLiteral("small");
    error = QStringLiteral("not called");
    m_window->saveClient(second, [&](const QString &e, qint64) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not called"), 5000);
    QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("reload")), qPrintable(error));
}

void TestClientEdit::archiveRefusedWithOpenBalance()
{
    QString error = QStringLiteral("not called");
    m_window->archiveClient(m_owingId, QStringLiteral("gone"),
                            [&](const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != QStringLiteral("not called"), 5000);
    QVERIFY2(error.contains(QStringLiteral("settle or write off the open invoices first")),
             qPrintable(error));
    QCOMPARE(listed(QStringLiteral("Owing")), QStringList {QStringLiteral("Owing Widgets")});
}

void TestClientEdit::archiveRemovesClientFromList()
{
    QCOMPARE(listed(QStringLiteral("Quiet")), QStringList {QStringLiteral("Quiet Gadgets")});
    QString error = QStringLiteral("not called");
    m_window->archiveClient(m_quietId, QStringLiteral("never bought anything"),
                            [&](const QString &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QCOMPARE(listed(QStringLiteral("Quiet")), QStringList());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("editClientAction"))->isEnabled());
    QCOMPARE(listed(QString()).size(), 2);
}

QTEST_MAIN(TestClientEdit)
#include "tst_clientedit.moc"
