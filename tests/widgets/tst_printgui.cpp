// SPDX-License-Identifier: MIT
// Client > Statement of account… in the real main window over a real company file (offscreen):
// the menu entry follows the shown client, the statement is gathered and printed on the worker
// and the saved PDF (read back with poppler's pdftotext) lists the client's open invoices and
// total; a folder that does not exist is reported and no file appears. Client > Case file… is
// offered to managers only and saves the PDF (with the chain head in its footer) or a zip bundle.
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "widgets/clientlistpane.h"
#include "widgets/mainwindow.h"
#include "widgets/printactions.h"
#include "widgets/progresspanel.h"

#include "support/workflowsupport.h"

#include <atomic>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

class TestPrintGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statementOfTheShownClientIsSavedAsPdf();
    void aFolderThatDoesNotExistIsReportedWithNoFile();
    void caseFileIsAManagersAndSavesAsPdfOrBundle();
    void caseFileShowsProgressAndCancelWritesNothing();

private:
    void showClient(qint64 id)
    {
        auto *model = m_window->clientList()->model();
        const int row = model->rowOfClient(id);
        QVERIFY(row >= 0);
        QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
        m_window->clientList()->view()->setCurrentIndex(model->index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
    }
    QString save(const QString &path)
    {
        auto *actions = m_window->findChild<PrintActions *>();
        if (!actions)
            return QStringLiteral("no PrintActions");
        QString result = QStringLiteral("<not finished>");
        bool finished = false;
        actions->saveStatement(m_acme, path, [&](const QString &error) {
            result = error;
            finished = true;
        });
        // A refusal is shown in a message box: close it as a user would.
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        closer.start(50);
        if (!QTest::qWaitFor([&] { return finished; }, 30000))
            return QStringLiteral("<timed out>");
        return result;
    }

    const QDate kToday {2026, 12, 7};
    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_acme = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrintGui::init()
{
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("print.ardesk")), m_clock));
    m_acme = m_co.client(QStringLiteral("ACME"));
    QVERIFY(m_co.invoice(m_acme, QStringLiteral("A-1"), kToday.addDays(-45), 120000));
    QVERIFY(m_co.invoice(m_acme, QStringLiteral("A-2"), kToday.addDays(20), 3050));
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto r = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);
}

void TestPrintGui::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestPrintGui::statementOfTheShownClientIsSavedAsPdf()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("statementAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no client shown yet
    showClient(m_acme);
    QVERIFY(action->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("acme.pdf"));
    QCOMPARE(save(path), QString());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    for (const char *expected : {"ACME Ltd", "A-1", "A-2", "$1,200.00", "$30.50", "As of 12/7/2026",
                                 "Total due (USD): $1,230.50", "31–60"})
        QVERIFY2(shown.contains(QString::fromUtf8(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2")
                                    .arg(QString::fromUtf8(expected), shown)));
}

void TestPrintGui::aFolderThatDoesNotExistIsReportedWithNoFile()
{
    showClient(m_acme);
    const QString path = m_dir.filePath(QStringLiteral("nowhere/acme.pdf"));
    const QString error = save(path);
    QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestPrintGui::caseFileShowsProgressAndCancelWritesNothing()
{
    auto r = m_window->openFile(m_co.path, QStringLiteral("mia"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);
    auto *actions = m_window->findChild<PrintActions *>();
    QVERIFY(actions);
    // The worker is held busy until the box is looked at: what it shows does not race the job.
    std::atomic_bool release {false};
    m_window->worker()->run(
            this,
            [&release](const std::shared_ptr<Database> &) {
                while (!release.load())
                    QThread::msleep(5);
                return 0;
            },
            [](int) {});
    auto save = [&](const QString &path, bool cancel, QStringList *stages) {
        QString result = QStringLiteral("<not finished>");
        bool finished = false;
        actions->saveCaseFile(m_acme, path, PrintActions::CaseFileForm::Bundle,
                              [&](const QString &error) {
                                  result = error;
                                  finished = true;
                              });
        auto *box = m_window->findChild<QDialog *>(QStringLiteral("CaseFileProgress"));
        auto *panel = box ? box->findChild<ProgressPanel *>() : nullptr;
        if (!panel || !box->isVisible() || !box->isModal())
            return QStringLiteral("<no progress box>");
        connect(panel, &ProgressPanel::advanced, this,
                [stages, panel](qint64, qint64) { *stages << panel->stageText(); });
        if (cancel)
            QTest::keyClick(box, Qt::Key_Escape);
        release = true;
        if (!QTest::qWaitFor([&] { return finished; }, 30000))
            return QStringLiteral("<timed out>");
        QTest::qWait(0);
        if (m_window->findChild<QDialog *>(QStringLiteral("CaseFileProgress")))
            return QStringLiteral("<box left open>");
        return result;
    };
    // Esc in the box: the case file stops, nothing is written, the status bar says so and no
    // error box comes up.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.zip"));
    QStringList stages;
    const QString error = save(cancelled, true, &stages);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(cancelled));
    QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // To the end: the box shows the stages as they come, then goes.
    release = false;
    m_window->worker()->run(
            this,
            [&release](const std::shared_ptr<Database> &) {
                while (!release.load())
                    QThread::msleep(5);
                return 0;
            },
            [](int) {});
    stages.clear();
    const QString done = m_dir.filePath(QStringLiteral("done.zip"));
    QCOMPARE(save(done, false, &stages), QString());
    QVERIFY(QFile::exists(done));
    QVERIFY2(stages.contains(QStringLiteral("Reading the client's notes"))
                     && stages.contains(QStringLiteral("Writing the PDF")),
             qPrintable(stages.join(u'|')));
}

void TestPrintGui::caseFileIsAManagersAndSavesAsPdfOrBundle()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("caseFileAction"));
    QVERIFY(action);
    QVERIFY(!action->isVisible()); // ann is a clerk
    auto r = m_window->openFile(m_co.path, QStringLiteral("mia"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);
    QVERIFY(action->isVisible());
    showClient(m_acme);
    QVERIFY(action->isEnabled());
    auto *actions = m_window->findChild<PrintActions *>();
    QVERIFY(actions);
    auto saveAs = [&](const QString &path, PrintActions::CaseFileForm form) {
        QString result = QStringLiteral("<not finished>");
        bool finished = false;
        actions->saveCaseFile(m_acme, path, form, [&](const QString &error) {
            result = error;
            finished = true;
        });
        return QTest::qWaitFor([&] { return finished; }, 30000) ? result
                                                                : QStringLiteral("<timed out>");
    };
    const QString pdf = m_dir.filePath(QStringLiteral("acme-case.pdf"));
    QCOMPARE(saveAs(pdf, PrintActions::CaseFileForm::Pdf), QString());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(shown.contains(QStringLiteral("ACME")) && shown.contains(QStringLiteral("A-1"))
                     && shown.contains(QStringLiteral("chain head")),
             qPrintable(shown));
    const QString zip = m_dir.filePath(QStringLiteral("acme-case.zip"));
    QCOMPARE(saveAs(zip, PrintActions::CaseFileForm::Bundle), QString());
    QProcess list;
    list.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile; "
                               "print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"),
                zip});
    QVERIFY(list.waitForFinished(30000));
    const QString names = QString::fromUtf8(list.readAllStandardOutput());
    QVERIFY2(names.contains(QStringLiteral("acme-case.pdf"))
                     && names.contains(QStringLiteral("manifest.json")),
             qPrintable(names + QString::fromUtf8(list.readAllStandardError())));
}

QTEST_MAIN(TestPrintGui)
#include "tst_printgui.moc"
