// SPDX-License-Identifier: MIT
// File > Export… in the real main window over a real company file (offscreen), by keyboard:
// the client list exports as filtered, the shown client's invoices export from its invoice
// table's menu as an Excel workbook, and a bad folder is reported in the dialog with no file.
#include "models/clientlistmodel.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/exportdialog.h"
#include "widgets/mainwindow.h"

#include "support/spreadsheet.h"
#include "support/workflowsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestExportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clientListExportsAsFilteredByKeyboard();
    void shownClientsInvoicesExportAsAWorkbook();
    void aFolderThatDoesNotExistIsReportedInTheDialog();

private:
    ExportDialog *waitForDialog() const
    {
        ExportDialog *found = nullptr;
        const bool shown = QTest::qWaitFor(
                [&] { return (found = m_window->findChild<ExportDialog *>()) != nullptr; }, 5000);
        return shown ? found : nullptr;
    }
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    const QDate kToday {2026, 12, 7};
    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_acme = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportGui::init()
{
    QVERIFY(m_dir.renew());
    m_clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("export.ardesk")), m_clock));
    m_acme = m_co.client(QStringLiteral("ACME"));
    QVERIFY(m_co.invoice(m_acme, QStringLiteral("A-1"), kToday.addDays(-5), 120000));
    QVERIFY(m_co.invoice(m_acme, QStringLiteral("A-2"), kToday.addDays(20), 3050));
    const qint64 beta = m_co.client(QStringLiteral("BETA"));
    QVERIFY(m_co.invoice(beta, QStringLiteral("B-1"), kToday.addDays(-3), 5000));
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow(); // shortcuts reach an active window only (xcb, for screenshots)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto r = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 2, 5000);
}

void TestExportGui::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestExportGui::clientListExportsAsFilteredByKeyboard()
{
    QLineEdit *filter = m_window->clientList()->filterEdit();
    typeInto(filter, QStringLiteral("BETA"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);

    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    ExportDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QComboBox *>(QStringLiteral("exportTable"));
    QCOMPARE(table->currentIndex(), 0); // Clients, as the list shows them
    QCOMPARE(table->count(), 4); // a clerk is not offered the KPIs or all client activity
    // CSV: the format box is the fourth field; pick it by keyboard.
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    const QString path = m_dir.filePath(QStringLiteral("clients.csv"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("exportPath")), path);
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("exportPath")), Qt::Key_Return);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY2(dialog->statusText().contains(QLatin1String("1 row exported")),
             qPrintable(dialog->statusText()));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 2); // the header and BETA: the list's filter holds
    QCOMPARE(rows[1][0], QStringLiteral("BETA"));
    QCOMPARE(rows[1][4], QStringLiteral("50.00"));
}

void TestExportGui::shownClientsInvoicesExportAsAWorkbook()
{
    QTableView *list = m_window->clientList()->view();
    ClientListModel *model = m_window->clientList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ClientListModel::ClientIdRole).toLongLong() == m_acme)
            list->setCurrentIndex(model->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->detailsTab()->details().client.id, m_acme,
                              5000);
    Q_EMIT m_window->workspace()->detailsTab()->exportInvoicesRequested(); // its context menu
    ExportDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("exportTable"))->currentIndex(), 2);
    const QString path = m_dir.filePath(QStringLiteral("acme.xlsx"));
    dialog->setPath(path);
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().first().toBool(), qPrintable(dialog->statusText()));
    const QHash<QString, SheetCell> cells = readSheet(path);
    QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("ACME"));
    QCOMPARE(cells.value(QStringLiteral("C2")).value, QStringLiteral("A-1"));
    QCOMPARE(cells.value(QStringLiteral("G2")).value, QStringLiteral("1200")); // a number
    QCOMPARE(cells.value(QStringLiteral("C3")).value, QStringLiteral("A-2"));
    QVERIFY2(!cells.contains(QStringLiteral("A4")), "only the shown client's invoices");
    if (const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->setPath(QStringLiteral("/home/ann/acme-invoices.xlsx"));
        QTest::qWait(150);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/export-dialog.png")));
    }
}

void TestExportGui::aFolderThatDoesNotExistIsReportedInTheDialog()
{
    ExportDialog *dialog = m_window->showExport(ExportService::Table::Aging);
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("missing/aging.xlsx"));
    dialog->setPath(path);
    QSignalSpy done(dialog, &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(dialog->statusText().contains(QLatin1String("does not exist")),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible()); // the user can pick another place
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
