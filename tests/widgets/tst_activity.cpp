// SPDX-License-Identifier: MIT
// Reports > Client activity in the real main window over a real company file (offscreen, the
// fixture of tests/support/kpisupport.h): hidden from a clerk; a manager sees every clerk's notes
// newest first with each clerk's totals, filters by channel, and a double-click opens the note's
// client.
#include "models/activitymodel.h"
#include "models/clientlistmodel.h"
#include "widgets/activitydialog.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/mainwindow.h"

#include "support/kpisupport.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clerkDoesNotSeeClientActivity();
    void managerSeesEveryClerkWithTotalsAndFiltersByChannel();
    void doubleClickOpensTheNotesClient();
    void totalsAreWrittenInTheCompanyLocale();

private:
    void openAs(const QString &user);
    ActivityDialog *openDialog();
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    /// The rows as shown, each "clerk | client code | channel".
    static QStringList rows(const ActivityDialog *dialog);

    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_beta = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestActivity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    QCoreApplication::setApplicationName(
            QStringLiteral("tst_activity-%1").arg(QCoreApplication::applicationPid()));
}

void TestActivity::init()
{
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(
            QDateTime(QDate(2026, 7, 10), QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("activity.ardesk")), m_clock));
    const QString built = buildKpiCompany(m_co);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    m_beta = m_co.count(QStringLiteral("SELECT id FROM clients WHERE code = 'BETA'"));
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestActivity::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestActivity::openAs(const QString &user)
{
    auto r = m_window->openFile(m_co.path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 2, 5000);
}

ActivityDialog *TestActivity::openDialog()
{
    action("clientActivityAction")->trigger();
    ActivityDialog *found = nullptr;
    if (!QTest::qWaitFor(
                [&] { return (found = m_window->findChild<ActivityDialog *>()) != nullptr; }, 5000))
        return nullptr;
    return QTest::qWaitFor([&] { return found->model()->rowCount() > 0; }, 5000) ? found : nullptr;
}

void TestActivity::totalsAreWrittenInTheCompanyLocale()
{
    // An Egyptian company writes its numbers with Arabic-Indic digits everywhere; the per-clerk
    // totals were the one place that printed "3" whatever the company's locale.
    withPlainConnection(m_co.path, [](const QSqlDatabase &db) {
        exec(db,
             QStringLiteral("INSERT INTO settings (key, value) VALUES ('company.locale', "
                            "'ar_EG') ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    });
    openAs(QStringLiteral("mia"));
    QCOMPARE(m_window->companyLocale().name(), QStringLiteral("ar_EG"));
    ActivityDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTableWidget *totals = dialog->totalsTable();
    QCOMPARE(totals->rowCount(), 2);
    QCOMPARE(totals->item(0, 0)->text(), QStringLiteral("ann"));
    const QLocale egypt(QStringLiteral("ar_EG"));
    QCOMPARE(totals->item(0, 1)->text(), egypt.toString(3)); // calls
    QCOMPARE(totals->item(0, 5)->text(), egypt.toString(2)); // promises made
    QVERIFY(totals->item(0, 1)->text() != QStringLiteral("3"));
}

QStringList TestActivity::rows(const ActivityDialog *dialog)
{
    QStringList out;
    const QAbstractItemModel *m = dialog->view()->model(); // as shown: sorted, newest first
    for (int r = 0; r < m->rowCount(); ++r)
        out << QStringList {m->index(r, ActivityModel::Clerk).data().toString(),
                            m->index(r, ActivityModel::Client)
                                    .data()
                                    .toString()
                                    .section(u' ', 0, 0),
                            m->index(r, ActivityModel::Channel).data().toString()}
                        .join(QStringLiteral(" | "));
    return out;
}

void TestActivity::clerkDoesNotSeeClientActivity()
{
    openAs(QStringLiteral("ann"));
    QVERIFY(action("clientActivityAction"));
    QVERIFY(!action("clientActivityAction")->isVisible());
}

void TestActivity::managerSeesEveryClerkWithTotalsAndFiltersByChannel()
{
    openAs(QStringLiteral("mia"));
    QVERIFY(action("clientActivityAction")->isVisible());
    ActivityDialog *dialog = openDialog();
    QVERIFY(dialog);
    QStringList shown = rows(dialog);
    QCOMPARE(shown.size(), 5); // the deleted call is not there
    QCOMPARE(shown.at(0), QStringLiteral("ann | ACME | Email"));
    QCOMPARE(shown.at(1), QStringLiteral("bob | BETA | Text"));
    QTableWidget *totals = dialog->totalsTable();
    QCOMPARE(totals->rowCount(), 2);
    QCOMPARE(totals->item(0, 0)->text(), QStringLiteral("ann"));
    QCOMPARE(totals->item(0, 1)->text(), QStringLiteral("3")); // calls
    QCOMPARE(totals->item(0, 5)->text(), QStringLiteral("2")); // promises made
    QCOMPARE(totals->item(0, 6)->text(), QStringLiteral("1")); // kept
    QVERIFY(dialog->statusText().contains(QStringLiteral("5")));

    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/client-activity.png")));
    }

    auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("activityChannel"));
    QVERIFY(channel);
    const int texts = channel->findData(QStringLiteral("text"));
    QVERIFY(texts > 0);
    QSignalSpy loaded(dialog, &ActivityDialog::loaded);
    channel->setCurrentIndex(texts);
    Q_EMIT channel->activated(texts);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
    shown = rows(dialog);
    QCOMPARE(shown, QStringList {QStringLiteral("bob | BETA | Text")});
    QCOMPARE(totals->rowCount(), 1);
}

void TestActivity::doubleClickOpensTheNotesClient()
{
    openAs(QStringLiteral("mia"));
    ActivityDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTableView *view = dialog->view();
    const QModelIndex bobsText = view->model()->index(1, ActivityModel::Summary);
    QCOMPARE(bobsText.data().toString(), QStringLiteral("Reminder texted"));
    Q_EMIT view->doubleClicked(bobsText);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->clientId(), m_beta, 5000);
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
