// SPDX-License-Identifier: MIT
// Progress and cancel of long core work on a real company file (issue #16 item 6): a cancelled
// verify concludes nothing (never "OK") and the file still verifies; a cancelled reminder run
// stops between clients, every client done is complete and the next run does the rest, nothing
// twice; a cancelled backup or export leaves no file under the name; reports are throttled.
#include "core/exports/csvtablewriter.h"
#include "core/services/backupservice.h"
#include "core/services/demogenerator.h"
#include "core/services/exportservice.h"
#include "core/services/reminderservice.h"
#include "core/storage/recordverifier.h"
#include "core/support/clock.h"
#include "core/support/progress.h"
#include "support/workflowsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// Queues like RecordingMailer and presses Cancel once `after` e-mails were queued.
class CancellingMailer : public RecordingMailer
{
public:
    CancellingMailer(std::shared_ptr<Database> db, std::atomic_bool &cancel, int after)
        : RecordingMailer(std::move(db))
        , m_cancel(cancel)
        , m_after(after)
    { }
    Result<qint64> queueReminder(qint64 clientId, const QString &templateKey,
                                 const QList<qint64> &invoiceIds, const QDate &asOf) override
    {
        auto r = RecordingMailer::queueReminder(clientId, templateKey, invoiceIds, asOf);
        if (calls.size() >= m_after)
            m_cancel = true;
        return r;
    }

private:
    std::atomic_bool &m_cancel;
    int m_after;
};

struct Seen
{
    QStringList stages;
    qint64 lastDone = 0, lastTotal = 0;
    int reports = 0;
};

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reportsAreThrottled();
    void cancelledVerifyConcludesNothing();
    void verifyCancelledMidwayStopsEarlyAndTheFileStillVerifies();
    void reminderRunStopsBetweenClientsAndTheNextRunDoesTheRest();
    void reminderRunCancelledBeforeApplyingWritesNoStep();
    void cancelledBackupRemovesTheUnfinishedCopy_data();
    void cancelledBackupRemovesTheUnfinishedCopy();
    void cancelledExportLeavesNoFile();
    void restoreCancelledWhileCheckingReplacesNothing();

private:
    /// Demo data (`clients` clients) in the company file.
    bool fillDemo(int clients);
    /// A Progress that records what it is told and sets the flag when `cancelWhen` says so.
    Progress watching(Seen &seen, const std::shared_ptr<std::atomic_bool> &cancel,
                      const std::function<bool(const Seen &)> &cancelWhen);

    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_today {2026, 3, 31};
};

void TestCancel::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("cancel.ardesk")), m_today));
}

bool TestCancel::fillDemo(int clients)
{
    DemoGenerator::Options o;
    o.clients = clients;
    o.asOf = m_today;
    return DemoGenerator(m_co.db).generate(o).ok();
}

Progress TestCancel::watching(Seen &seen, const std::shared_ptr<std::atomic_bool> &cancel,
                              const std::function<bool(const Seen &)> &cancelWhen)
{
    return Progress(
            [&seen, cancel, cancelWhen](qint64 done, qint64 total, const QString &stage) {
                ++seen.reports;
                seen.lastDone = done;
                seen.lastTotal = total;
                if (!seen.stages.contains(stage))
                    seen.stages << stage;
                if (cancelWhen(seen))
                    *cancel = true;
            },
            cancel);
}

void TestCancel::reportsAreThrottled()
{
    int calls = 0;
    qint64 last = -1;
    const Progress p([&](qint64 done, qint64, const QString &) {
        ++calls;
        last = done;
    });
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < 100000; ++i)
        p.report(i, 100000, QStringLiteral("a"));
    p.report(100000, 100000, QStringLiteral("a")); // the last item is always reported
    const qint64 ms = timer.elapsed();
    QCOMPARE(last, 100000);
    // The first, the last, and one per 100 ms elapsed at most (however slow the machine).
    QVERIFY2(calls >= 2 && calls <= 2 + ms / Progress::kInterval + 1,
             qPrintable(QStringLiteral("%1 calls in %2 ms").arg(calls).arg(ms)));
    // A new stage is always reported.
    const int before = calls;
    p.report(0, 0, QStringLiteral("b"));
    QCOMPARE(calls, before + 1);
    QVERIFY(!p.isCancelled());
    QVERIFY(!Progress().isCancelled());
}

void TestCancel::cancelledVerifyConcludesNothing()
{
    QVERIFY(fillDemo(60));
    auto cancel = std::make_shared<std::atomic_bool>(true); // pressed at once
    auto r = RecordVerifier(*m_co.db).verify(Progress({}, cancel));
    QVERIFY(!r.ok()); // no Report: nothing says "OK"
    QVERIFY2(r.errorString().contains(QLatin1String("nothing concluded")),
             qPrintable(r.errorString()));
}

void TestCancel::verifyCancelledMidwayStopsEarlyAndTheFileStillVerifies()
{
    QVERIFY(fillDemo(400));
    const qint64 entries = m_co.count(QStringLiteral("SELECT count(*) FROM record_chain"));
    QVERIFY2(entries > 3 * 1024, qPrintable(QString::number(entries))); // room to stop early
    Seen seen;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto r = RecordVerifier(*m_co.db).verify(
            watching(seen, cancel, [](const Seen &s) { return s.lastDone > 0; }));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(QLatin1String("nothing concluded")),
             qPrintable(r.errorString()));
    QCOMPARE(seen.lastTotal, entries);
    QVERIFY2(seen.lastDone < entries, qPrintable(QString::number(seen.lastDone)));
    QCOMPARE(seen.stages.first(), QStringLiteral("Checking the record chain"));
    // Nothing was written and the file still verifies.
    auto again = RecordVerifier(*m_co.db).verify();
    VERIFY_OK(again);
    QVERIFY(again.value().ok());
    QCOMPARE(again.value().chainEntries, entries);
}

void TestCancel::reminderRunStopsBetweenClientsAndTheNextRunDoesTheRest()
{
    QList<qint64> clients;
    for (int i = 0; i < 5; ++i) {
        const qint64 c = m_co.client(QStringLiteral("C%1").arg(i));
        QVERIFY(c);
        QVERIFY(m_co.invoice(c, QStringLiteral("I-%1").arg(i), m_today.addDays(-20), 10000));
        clients << c;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    CancellingMailer mailer(m_co.db, *cancel, 2); // Cancel while the second client is applied
    Seen seen;
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto out = service.run(m_today, watching(seen, cancel, [](const Seen &) { return false; }));
    VERIFY_OK(out);
    const ReminderService::Outcome first = out.value();
    QVERIFY(first.cancelled);
    QCOMPARE(first.clients, 2); // the second client was finished, not cut in half
    QCOMPARE(first.notDone, 3);
    QVERIFY(seen.stages.contains(QStringLiteral("Applying the reminders")));
    QVERIFY(first.cancelledText().contains(QLatin1String("not done")));
    // Every client done is complete: its e-mail queued and its steps logged; the others have
    // neither.
    QList<qint64> done;
    for (qint64 c : clients) {
        const qint64 mails = m_co.count(
                QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c});
        const qint64 logged = m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log l "
                                                        "JOIN invoices i ON i.id = l.invoice_id "
                                                        "WHERE i.client_id = ?"),
                                         {c});
        QCOMPARE(mails > 0, logged > 0);
        if (mails > 0)
            done << c;
    }
    QCOMPARE(done.size(), first.clients);
    // The next run takes the rest; no client gets a second e-mail.
    RecordingMailer plain(m_co.db);
    auto second = ReminderService(m_co.db, m_co.clerk, &plain).run(m_today);
    VERIFY_OK(second);
    QVERIFY(!second.value().cancelled);
    QCOMPARE(second.value().clients, first.notDone);
    for (qint64 c : clients)
        QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c}),
                 1);
}

void TestCancel::reminderRunCancelledBeforeApplyingWritesNoStep()
{
    const qint64 c = m_co.client(QStringLiteral("EARLY"));
    QVERIFY(m_co.invoice(c, QStringLiteral("E-1"), m_today.addDays(-20), 10000));
    RecordingMailer mailer(m_co.db);
    auto cancel = std::make_shared<std::atomic_bool>(true);
    auto out = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today, Progress({}, cancel));
    QVERIFY(!out.ok());
    QVERIFY2(out.errorString().contains(QLatin1String("cancelled")), qPrintable(out.errorString()));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log")), 0);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestCancel::cancelledBackupRemovesTheUnfinishedCopy_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("while copying") << QStringLiteral("Copying the company file");
    QTest::newRow("while checking the copy") << QStringLiteral("Checking the file structure");
    QTest::newRow("while verifying the copy") << QStringLiteral("Checking the record chain");
}

void TestCancel::cancelledBackupRemovesTheUnfinishedCopy()
{
    QFETCH(QString, stage);
    QVERIFY(fillDemo(400));
    const QString out = m_dir.filePath(QStringLiteral("backup.ardesk"));
    Seen seen;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto made = BackupService::backup(
            *m_co.db, m_co.manager, out, BackupService::Existing::Refuse,
            watching(seen, cancel, [stage](const Seen &s) { return s.stages.contains(stage); }));
    QVERIFY2(seen.stages.contains(stage), qPrintable(seen.stages.join(u'|')));
    QVERIFY(!made.ok());
    QVERIFY2(made.errorString().contains(QLatin1String("cancelled")),
             qPrintable(made.errorString()));
    QVERIFY2(made.errorString().contains(QLatin1String("removed")), qPrintable(made.errorString()));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("backup.ardesk*")}, QDir::Files),
             QStringList());
    // Not cancelled, the same backup is made and proved.
    VERIFY_OK(BackupService::backup(*m_co.db, m_co.manager, out));
    QVERIFY(QFileInfo::exists(out));
}

void TestCancel::cancelledExportLeavesNoFile()
{
    QVERIFY(fillDemo(600));
    const QString path = m_dir.filePath(QStringLiteral("clients.csv"));
    ExportService::Request request;
    request.table = ExportService::Table::Clients;
    Seen seen;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto rows = ExportService(m_co.db, m_co.clerk)
                        .write(request, *ExportService::sinkFor(ExportService::Format::Csv, path),
                               watching(seen, cancel, [](const Seen &) { return true; }));
    QVERIFY(!rows.ok());
    QVERIFY2(rows.errorString().contains(QLatin1String("cancelled: nothing was written")),
             qPrintable(rows.errorString()));
    QVERIFY(seen.stages.first().startsWith(QLatin1String("Exporting")));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("clients*")}, QDir::Files),
             QStringList());
    // Not cancelled: every client is in the file.
    auto all = ExportService(m_co.db, m_co.clerk)
                       .write(request, *ExportService::sinkFor(ExportService::Format::Csv, path));
    VERIFY_OK(all);
    QCOMPARE(all.value(), 600);
    QVERIFY(QFileInfo::exists(path));
}

void TestCancel::restoreCancelledWhileCheckingReplacesNothing()
{
    QVERIFY(fillDemo(400));
    const QString backup = m_dir.filePath(QStringLiteral("backup.ardesk"));
    VERIFY_OK(BackupService::backup(*m_co.db, m_co.manager, backup));
    const QString target = m_dir.filePath(QStringLiteral("target.ardesk"));
    QVERIFY(QFile::copy(backup, target));
    const QByteArray before = fileSha256(target);
    Seen seen;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto restored = BackupService::restore(
            backup, target, QStringLiteral("mia"), BackupService::Newer::Replace,
            FixedClock::atNoon(m_today), watching(seen, cancel, [](const Seen &s) {
                return s.stages.contains(QStringLiteral("Checking the record chain"));
            }));
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorString().contains(QLatin1String("nothing was replaced")),
             qPrintable(restored.errorString()));
    QCOMPARE(fileSha256(target), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("target.ardesk.replaced-*")}),
             QStringList());
}

QTEST_GUILESS_MAIN(TestCancel)
#include "tst_cancel.moc"
