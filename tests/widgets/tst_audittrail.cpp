// SPDX-License-Identifier: MIT
// Reports > Audit trail in the real main window over a real company file (offscreen): hidden
// from a clerk; a manager reads a clerk's change with its before → after, filters it by user,
// and opens the shown client's own trail from the Client menu.
#include "core/services/ledgerservice.h"
#include "core/services/settingsservice.h"
#include "core/storage/invoicerepository.h"
#include "models/audittrailmodel.h"
#include "models/clientlistmodel.h"
#include "widgets/audittraildialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/mainwindow.h"

#include "support/workflowsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clerkDoesNotSeeTheAuditTrail();
    void managerReadsAClerksChangeAndFiltersByUser();
    void clientMenuOpensTheShownClientsTrail();

private:
    void openAs(const QString &user);
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    AuditTrailDialog *waitForDialog() const;
    /// The dialog's rows, each "user | client | what | change".
    static QStringList rows(const AuditTrailDialog *dialog);

    const QDate kToday {2026, 12, 7};
    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_acme = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestAuditTrail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    QCoreApplication::setApplicationName(
            QStringLiteral("tst_audittrail-%1").arg(QCoreApplication::applicationPid()));
}

void TestAuditTrail::init()
{
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("audit.ardesk")), m_clock));
    m_acme = m_co.client(QStringLiteral("ACME"));
    const qint64 invoice = m_co.invoice(m_acme, QStringLiteral("A-1"), kToday.addDays(-5), 120000);
    QVERIFY(invoice);
    const qint64 beta = m_co.client(QStringLiteral("BETA"));
    QVERIFY(m_co.invoice(beta, QStringLiteral("B-1"), kToday.addDays(-3), 5000));
    // The clerk moves ACME's due date; the manager renames the company.
    m_clock->advanceSeconds(600);
    auto inv = InvoiceRepository(*m_co.db).find(invoice);
    VERIFY_OK(inv);
    inv.value().dueDate = kToday.addDays(10);
    VERIFY_OK(LedgerService(m_co.db, m_co.clerk).updateInvoice(inv.value()));
    auto company = SettingsService(m_co.db, m_co.manager).company();
    VERIFY_OK(company);
    company.value().companyName = QStringLiteral("Audited Supplies");
    VERIFY_OK(SettingsService(m_co.db, m_co.manager).saveCompany(company.value()));
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAuditTrail::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestAuditTrail::openAs(const QString &user)
{
    auto r = m_window->openFile(m_co.path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 2, 5000);
}

AuditTrailDialog *TestAuditTrail::waitForDialog() const
{
    AuditTrailDialog *found = nullptr;
    if (!QTest::qWaitFor(
                [&] { return (found = m_window->findChild<AuditTrailDialog *>()) != nullptr; },
                5000))
        return nullptr;
    return QTest::qWaitFor([&] { return found->model()->rowCount() > 0; }, 5000) ? found : nullptr;
}

QStringList TestAuditTrail::rows(const AuditTrailDialog *dialog)
{
    QStringList out;
    const QAbstractItemModel *m = dialog->view()->model(); // as shown: sorted, newest first
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c : {int(AuditTrailModel::User), int(AuditTrailModel::Client),
                      int(AuditTrailModel::What), int(AuditTrailModel::Change)})
            cells << m->index(r, c).data().toString();
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

void TestAuditTrail::clerkDoesNotSeeTheAuditTrail()
{
    openAs(QStringLiteral("ann"));
    QVERIFY(action("auditTrailAction"));
    QVERIFY(!action("auditTrailAction")->isVisible());
    QVERIFY(!action("clientAuditTrailAction")->isVisible());
    for (QAction *menu : m_window->menuBar()->actions())
        QVERIFY2(!menu->isVisible() || menu->text() != QStringLiteral("&Reports"),
                 "the Reports menu shows for a clerk");
}

void TestAuditTrail::managerReadsAClerksChangeAndFiltersByUser()
{
    openAs(QStringLiteral("mia"));
    QVERIFY(action("auditTrailAction")->isVisible());
    action("auditTrailAction")->trigger();
    AuditTrailDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QStringList shown = rows(dialog);
    QVERIFY2(shown.size() >= 7, qPrintable(shown.join(u'\n')));
    QVERIFY2(shown.at(0).startsWith(QStringLiteral("mia |  | Settings: update | ")),
             qPrintable(shown.at(0)));
    QVERIFY2(shown.at(0).contains(QStringLiteral("→ Audited Supplies")), qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).startsWith(
                     QStringLiteral("ann | ACME — ACME Ltd | Invoice A-1: update | ")),
             qPrintable(shown.at(1)));
    QVERIFY2(shown.at(1).contains(QStringLiteral("due_date: %1 → %2")
                                          .arg(kToday.addDays(-5).toString(Qt::ISODate),
                                               kToday.addDays(10).toString(Qt::ISODate))),
             qPrintable(shown.at(1)));
    QVERIFY(dialog->statusText().contains(QString::number(shown.size())));

    // Only mia's changes.
    auto *user = dialog->findChild<QComboBox *>(QStringLiteral("auditUser"));
    QVERIFY(user);
    const int mia = user->findText(QStringLiteral("mia"));
    QVERIFY(mia > 0);
    QSignalSpy loaded(dialog, &AuditTrailDialog::loaded);
    user->setCurrentIndex(mia);
    Q_EMIT user->activated(mia);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
    shown = rows(dialog);
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().startsWith(QStringLiteral("mia |  | Settings: update")));

    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        user->setCurrentIndex(0);
        loaded.clear();
        Q_EMIT user->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
        QTest::qWait(150);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/audit-trail.png")));
    }
}

void TestAuditTrail::clientMenuOpensTheShownClientsTrail()
{
    openAs(QStringLiteral("mia"));
    QVERIFY(!action("clientAuditTrailAction")->isEnabled()); // no client shown yet
    auto *model = m_window->clientList()->model();
    const int row = model->rowOfClient(m_acme);
    QVERIFY(row >= 0);
    m_window->clientList()->view()->setCurrentIndex(model->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->detailsTab()->details().client.id, m_acme,
                              5000);
    QTRY_VERIFY_WITH_TIMEOUT(action("clientAuditTrailAction")->isEnabled(), 5000);
    action("clientAuditTrailAction")->trigger();
    AuditTrailDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("auditClient"))->text(),
             QStringLiteral("ACME"));
    const QStringList shown = rows(dialog);
    QCOMPARE(shown.size(), 4); // created, its contact, its invoice, the invoice's new due date
    for (const QString &r : shown)
        QVERIFY2(r.contains(QStringLiteral("| ACME — ACME Ltd |")), qPrintable(r));
}

QTEST_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
