// SPDX-License-Identifier: MIT
// Progress and cancel of long work in the window (issue #16 item 6), offscreen, on a demo file
// big enough that the work takes a moment: verify and an export show the stage and how far
// they got, Cancel (or Esc) stops them, the dialog says what was concluded (nothing) or kept
// (no file), the file verifies afterwards, and the event loop keeps turning during the work.
#include "core/services/demogenerator.h"
#include "core/storage/database.h"
#include "core/support/clock.h"
#include "models/databaseworker.h"
#include "support/testsupport.h"
#include "widgets/exportdialog.h"
#include "widgets/progresspanel.h"
#include "widgets/recordintegritydialog.h"
#include "widgets/remindersdialog.h"
#include "widgets/remindersscreen.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

namespace {
constexpr int kClients = 3000;
const QDate kToday(2026, 3, 31);

/// Counts the turns of the GUI thread's event loop: a 0 ms timer fires once per turn.
class LoopTurns
{
public:
    LoopTurns()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_turns; });
        m_timer.start(0);
    }
    qint64 turns() const { return m_turns; }

private:
    QTimer m_timer;
    qint64 m_turns = 0;
};
} // namespace

class TestProgressGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verifyShowsProgressAndCancelConcludesNothing();
    void escCancelsAnExportAndLeavesNoFile();
    void panelShowsStageCountAndIgnoresAnOldRun();
    /// Last: it writes to the shared demo file.
    void cancelledReminderRunSaysWhatWasDone();

private:
    void screenshot(QWidget *w, const QString &name);

    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    qint64 m_user = 0;
};

void TestProgressGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.renew());
    Database::Options o;
    o.mode = Database::OpenMode::CreateIfMissing;
    o.clock = FixedClock::atNoon(kToday);
    auto db = Database::open(m_dir.filePath(QStringLiteral("progress.ardesk")), o);
    VERIFY_OK(db);
    m_db = db.value();
    DemoGenerator::Options demo;
    demo.clients = kClients;
    demo.asOf = kToday;
    VERIFY_OK(DemoGenerator(m_db).generate(demo));
    m_worker = std::make_unique<DatabaseWorker>(m_db);
}

void TestProgressGui::cleanupTestCase()
{
    m_worker.reset();
    if (m_db)
        m_db->releaseThreadConnection();
    m_db.reset();
}

void TestProgressGui::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + u'/' + name));
}

void TestProgressGui::verifyShowsProgressAndCancelConcludesNothing()
{
    RecordIntegrityDialog dialog(m_worker.get());
    dialog.show();
    ProgressPanel *panel = dialog.progressPanel();
    QSignalSpy advanced(panel, &ProgressPanel::advanced);
    QSignalSpy verified(&dialog, &RecordIntegrityDialog::verified);
    const LoopTurns loop;
    dialog.verifyNow();
    QVERIFY(panel->isVisible());
    QVERIFY(advanced.wait(30000));
    // A chain entry count of the whole chain: the bar is determinate.
    QTRY_VERIFY_WITH_TIMEOUT(panel->total() > 0, 30000);
    QVERIFY(panel->done() > 0 && panel->done() < panel->total());
    QVERIFY2(panel->countText().contains(QLatin1String(" of ")), qPrintable(panel->countText()));
    QCOMPARE(panel->stageText(), QStringLiteral("Checking the record chain"));
    screenshot(&dialog, QStringLiteral("progress-verify.png"));
    const qint64 turnsBefore = loop.turns();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("progressCancel")),
                      Qt::LeftButton);
    QVERIFY(panel->wasCancelled());
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY2(dialog.resultText().contains(
                     QStringLiteral("Verification cancelled — nothing concluded")),
             qPrintable(dialog.resultText()));
    QVERIFY(!dialog.resultText().contains(QLatin1String("OK")));
    QVERIFY(!panel->isVisible());
    // The loop turned while the work ran (a stalled GUI thread counts none): by turns, not by
    // a wall-clock bound that a loaded machine breaks.
    QVERIFY2(loop.turns() - turnsBefore > 3, qPrintable(QString::number(loop.turns())));
    QVERIFY(advanced.size() >= 1);

    // The file holds: verifying again, to the end, finds it intact.
    verified.clear();
    dialog.verifyNow();
    QVERIFY(verified.wait(120000));
    QCOMPARE(verified.first().first().toBool(), true);
    QVERIFY2(dialog.resultText().contains(QLatin1String("OK")), qPrintable(dialog.resultText()));
}

void TestProgressGui::escCancelsAnExportAndLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("clients.csv"));
    ExportDialog dialog(m_worker.get(), m_user, QLocale::c(), kToday);
    dialog.setTable(ExportService::Table::Invoices);
    dialog.setFormat(ExportService::Format::Csv);
    dialog.setPath(path);
    dialog.show();
    auto *panel = dialog.findChild<ProgressPanel *>();
    QVERIFY(panel);
    QSignalSpy advanced(panel, &ProgressPanel::advanced);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(advanced.wait(30000));
    QVERIFY2(panel->stageText().startsWith(QLatin1String("Exporting")),
             qPrintable(panel->stageText()));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(panel->wasCancelled());
    QVERIFY(dialog.isVisible()); // Esc stopped the work, it did not close the dialog
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.statusText().contains(QLatin1String("cancelled")),
             qPrintable(dialog.statusText()));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("clients*")}, QDir::Files),
             QStringList());
    // Idle again, Esc closes the dialog as usual.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestProgressGui::panelShowsStageCountAndIgnoresAnOldRun()
{
    QWidget window;
    auto *panel = new ProgressPanel(&window);
    window.show();
    QVERIFY(!panel->isVisible());
    const Progress old = panel->start(QStringLiteral("first"));
    const Progress current = panel->start(QStringLiteral("second")); // the first is cancelled
    QVERIFY(old.isCancelled());
    QVERIFY(!current.isCancelled());
    old.callback()(5, 10, QStringLiteral("old"));
    current.callback()(1200, 5000, QStringLiteral("Copying"));
    QSignalSpy advanced(panel, &ProgressPanel::advanced);
    QVERIFY(advanced.wait(5000));
    QCOMPARE(advanced.size(), 1); // the old run's report was dropped
    QCOMPARE(panel->stageText(), QStringLiteral("Copying"));
    QCOMPARE(panel->countText(), QStringLiteral("1200 of 5000")); // the C locale: no separators
    panel->cancel();
    QVERIFY(current.isCancelled());
    panel->finish();
    QVERIFY(!panel->isVisible());
    QVERIFY(!panel->isRunning());
}

void TestProgressGui::cancelledReminderRunSaysWhatWasDone()
{
    const qint64 manager = scalar(m_db->connection(),
                                  QStringLiteral("SELECT id FROM users WHERE role LIKE "
                                                 "'%manager%' ORDER BY id LIMIT 1"))
                                   .toLongLong();
    QVERIFY(manager > 0);
    QWidget window;
    auto *status = new QStatusBar(&window);
    window.show();
    RemindersScreen::Hooks hooks;
    hooks.window = &window;
    hooks.status = status;
    hooks.locale = QLocale::c();
    RemindersScreen::open(m_worker.get(), manager, kToday, hooks);
    RemindersDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<RemindersDialog *>()), 120000);
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply && apply->isEnabled()); // the demo has clients to remind
    ProgressPanel *panel = dialog->progressPanel();
    QSignalSpy advanced(panel, &ProgressPanel::advanced);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(advanced.wait(60000));
    QVERIFY(panel->total() > 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(panel->wasCancelled());
    // The dialog stays and says what was done and what was not.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryText().startsWith(QLatin1String("Cancelled:")), 120000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!apply->isVisible());
    static const QRegularExpression counts(
            QStringLiteral("Cancelled: (\\d+) clients? done, (\\d+) clients? not done"));
    const auto m = counts.match(dialog->summaryText());
    QVERIFY2(m.hasMatch(), qPrintable(dialog->summaryText()));
    const qint64 done = m.captured(1).toLongLong();
    QVERIFY(m.captured(2).toLongLong() > 0);
    QCOMPARE(done + m.captured(2).toLongLong(), panel->total());
    const qint64 logged = scalar(m_db->connection(),
                                 QStringLiteral("SELECT count(DISTINCT i.client_id) FROM "
                                                "reminder_log l JOIN invoices i ON i.id = "
                                                "l.invoice_id WHERE l.run_date = ?"),
                                 {kToday.toString(Qt::ISODate)})
                                  .toLongLong();
    // Exactly the clients said done have their steps recorded (a client whose only work was a
    // defaulted plan records none).
    QVERIFY2(logged <= done && (done == 0 || logged > 0),
             qPrintable(QStringLiteral("%1 logged, %2 done").arg(logged).arg(done)));
    // Idle again, Close closes it.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!window.findChild<RemindersDialog *>());
}

QTEST_MAIN(TestProgressGui)
#include "tst_progressgui.moc"
