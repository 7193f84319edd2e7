// SPDX-License-Identifier: MIT
// Contacts, invoices, payments, write-offs, credit notes and voids entered through the Details
// tab of the real main window on a small company file (offscreen), checked in the file.
#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/userrepository.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "widgets/adjustmentdialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/contacteditdialog.h"
#include "widgets/invoiceeditdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/paymentdialog.h"

#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ardesk;
using namespace ardesk::test;

class TestLedgerDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addAndEditContact();
    void enterAndEditInvoice();
    void paymentOldestFirstPreviewAndByHand();
    void writeOffAndCreditNote();
    void voidPaymentReopensInvoice();
    void unarchiveFromTheClientMenu();

private:
    void showClient(qint64 id);
    ClientDetailsTab *tab() const { return m_window->workspace()->detailsTab(); }
    QPushButton *button(const char *name) const
    {
        return tab()->findChild<QPushButton *>(QLatin1String(name));
    }
    template<typename Dialog>
    Dialog *openDialog(const char *buttonName);
    static void clickSave(QDialog *dialog);
    qint64 balance(const QString &number) const;
    void selectInvoice(const QString &number);
    void screenshot(QWidget *w, const QString &name);

    ScratchDir m_dir;
    QString m_path;
    qint64 m_clientId = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestLedgerDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
}

void TestLedgerDialogs::init()
{
    QVERIFY(m_dir.renew());
    m_path = m_dir.filePath(QStringLiteral("ledger.ardesk"));
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
        Client c = makeClient(QStringLiteral("KITE"), QStringLiteral("Kite Supplies"),
                              QStringLiteral("USD"));
        c.country = QStringLiteral("US");
        VERIFY_OK(service.createClient(c));
        m_clientId = c.id;
        const QDate today = QDate::currentDate();
        Invoice a = makeInvoice(c.id, QStringLiteral("K-1"), today.addDays(-40), 10000);
        Invoice b = makeInvoice(c.id, QStringLiteral("K-2"), today.addDays(-10), 20000);
        VERIFY_OK(service.addInvoice(a));
        VERIFY_OK(service.addInvoice(b));
        conn = QSqlDatabase();
        db.value()->releaseThreadConnection();
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto r = m_window->openFile(m_path, QStringLiteral("tester"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);
    showClient(m_clientId);
}

void TestLedgerDialogs::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestLedgerDialogs::showClient(qint64 id)
{
    auto *model = m_window->clientList()->model();
    const int row = model->rowOfClient(id);
    QVERIFY(row >= 0);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(row, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
}

template<typename Dialog>
Dialog *TestLedgerDialogs::openDialog(const char *buttonName)
{
    QPushButton *b = button(buttonName);
    if (!b || !b->isEnabled())
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    return m_window->findChild<Dialog *>();
}

void TestLedgerDialogs::clickSave(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

qint64 TestLedgerDialogs::balance(const QString &number) const
{
    return readValue(m_path, QStringLiteral("SELECT balance_minor FROM invoices WHERE number = ?"),
                     {number})
            .toLongLong();
}

void TestLedgerDialogs::selectInvoice(const QString &number)
{
    QTableView *view = tab()->invoiceView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, InvoiceTableModel::Number).data().toString() == number) {
            view->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("invoice %1 is not in the table").arg(number)));
}

void TestLedgerDialogs::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestLedgerDialogs::addAndEditContact()
{
    auto *dialog = openDialog<ContactEditDialog>("addContactButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Pat Doe"));
    dialog->findChild<QLineEdit *>(QStringLiteral("role"))->setText(QStringLiteral("AP clerk"));
    dialog->findChild<QLineEdit *>(QStringLiteral("email"))
            ->setText(QStringLiteral("pat@kite.example"));
    dialog->addPhone(QStringLiteral("office"), QStringLiteral("(212) 555-0142"),
                     QStringLiteral("12"));
    dialog->addPhone(QStringLiteral("old"), QStringLiteral("555"));
    // Read with the client's country; a number that does not parse is flagged, not refused.
    QCOMPARE(dialog->phoneCheck(0), QStringLiteral("+12125550142"));
    QVERIFY2(dialog->phoneCheck(1).contains(QStringLiteral("never dialled")),
             qPrintable(dialog->phoneCheck(1)));
    screenshot(dialog, QStringLiteral("contact-dialog.png"));
    QPointer<ContactEditDialog> guard(dialog);
    clickSave(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->contactCount(), 1, 5000);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT e164 || ' x' || extension FROM contact_phones WHERE "
                                      "label = 'office'"))
                     .toString(),
             QStringLiteral("+12125550142 x12"));
    QCOMPARE(
            readValue(m_path, QStringLiteral("SELECT e164 FROM contact_phones WHERE label = 'old'"))
                    .toString(),
            QString());

    // Edit: mark do-not-contact; a bad e-mail is refused in the dialog, naming the field.
    auto *edit = tab()->findChild<QToolButton *>(QStringLiteral("editContactButton"));
    QVERIFY(edit);
    edit->click(); // a row widget rebuilt just now: its geometry comes with the next layout
    dialog = m_window->findChild<ContactEditDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
             QStringLiteral("Pat Doe"));
    dialog->findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("pat@"));
    clickSave(dialog);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("mail")), qPrintable(dialog->errorText()));
    dialog->findChild<QLineEdit *>(QStringLiteral("email"))
            ->setText(QStringLiteral("pat.doe@kite.example"));
    dialog->findChild<QCheckBox *>(QStringLiteral("doNotContact"))->setChecked(true);
    guard = dialog;
    clickSave(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_path, QStringLiteral("SELECT email || ' ' || do_not_contact FROM contacts"))
                    .toString(),
            QStringLiteral("pat.doe@kite.example 1"), 5000);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                      "'contact' AND action = 'update'"))
                     .toInt(),
             1);
}

void TestLedgerDialogs::enterAndEditInvoice()
{
    auto *dialog = openDialog<InvoiceEditDialog>("newInvoiceButton");
    QVERIFY(dialog);
    // The due date follows the client's terms (Net 30) from the issue date.
    auto *issue = dialog->findChild<QDateEdit *>(QStringLiteral("issueDate"));
    auto *due = dialog->findChild<QDateEdit *>(QStringLiteral("dueDate"));
    issue->setDate(QDate(2026, 3, 1));
    QCOMPARE(due->date(), QDate(2026, 3, 31));
    dialog->findChild<QLineEdit *>(QStringLiteral("number"))->setText(QStringLiteral("K-3"));
    dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("12.345"));
    clickSave(dialog);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("Amount")),
             qPrintable(dialog->errorText()));
    dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("1,250.50"));
    QPointer<InvoiceEditDialog> guard(dialog);
    clickSave(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->invoiceModel()->rowCount(), 3, 5000);
    QCOMPARE(balance(QStringLiteral("K-3")), 125050);

    // Edit it: renumber and change the PO; the audit row holds before and after.
    selectInvoice(QStringLiteral("K-3"));
    dialog = openDialog<InvoiceEditDialog>("editInvoiceButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("number"))->setText(QStringLiteral("K-3A"));
    dialog->findChild<QLineEdit *>(QStringLiteral("poNumber"))->setText(QStringLiteral("PO-55"));
    guard = dialog;
    clickSave(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_path,
                      QStringLiteral("SELECT po_number FROM invoices WHERE number = 'K-3A'"))
                    .toString(),
            QStringLiteral("PO-55"), 5000);
    QVERIFY(readValue(m_path,
                      QStringLiteral("SELECT before_json FROM audit_log WHERE entity = "
                                     "'invoice' AND action = 'update'"))
                    .toString()
                    .contains(QStringLiteral("\"K-3\"")));
}

void TestLedgerDialogs::paymentOldestFirstPreviewAndByHand()
{
    auto *dialog = openDialog<PaymentDialog>("recordPaymentButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->invoiceRows(), 2);
    // Oldest first, previewed row by row: K-1 (due 40 days ago) is paid first.
    dialog->setAmountText(QStringLiteral("150.00"));
    QCOMPARE(dialog->appliedText(0), QStringLiteral("100.00"));
    QCOMPARE(dialog->appliedText(1), QStringLiteral("50.00"));
    dialog->setAmountText(QStringLiteral("350.00"));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("$50.00 stays on account")),
             qPrintable(dialog->summaryText()));
    // By hand: the customer says the check is for K-2 only.
    dialog->setAllocation(PaymentDialog::Allocation::ByHand);
    dialog->setAmountText(QStringLiteral("200.00"));
    dialog->setAppliedText(0, QString());
    dialog->setAppliedText(1, QStringLiteral("250.00"));
    clickSave(dialog);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("K-2")), qPrintable(dialog->errorText()));
    dialog->setAppliedText(1, QStringLiteral("200.00"));
    dialog->findChild<QLineEdit *>(QStringLiteral("reference"))->setText(QStringLiteral("CHK 501"));
    screenshot(dialog, QStringLiteral("payment-dialog.png"));
    QPointer<PaymentDialog> guard(dialog);
    clickSave(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(balance(QStringLiteral("K-2")), 0, 5000);
    QCOMPARE(balance(QStringLiteral("K-1")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->paymentModel()->rowCount(), 1, 5000);
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT method || ' ' || reference FROM payments"))
                     .toString(),
             QStringLiteral("check CHK 501"));
}

void TestLedgerDialogs::writeOffAndCreditNote()
{
    selectInvoice(QStringLiteral("K-2"));
    auto *credit = openDialog<AdjustmentDialog>("creditNoteButton");
    QVERIFY(credit);
    credit->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("250"));
    credit->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("Damaged"));
    clickSave(credit);
    QVERIFY2(credit->errorText().contains(QStringLiteral("open balance")),
             qPrintable(credit->errorText()));
    credit->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("25"));
    QPointer<AdjustmentDialog> guard(credit);
    // The client reloads after each write; select only in the reloaded table.
    QSignalSpy reloaded(m_window.get(), &MainWindow::clientShown);
    clickSave(credit);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(balance(QStringLiteral("K-2")), 17500, 5000);

    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 5000);
    selectInvoice(QStringLiteral("K-1"));
    auto *writeOff = openDialog<AdjustmentDialog>("writeOffButton");
    QVERIFY(writeOff);
    clickSave(writeOff);
    QVERIFY(writeOff->errorText().contains(QStringLiteral("Reason")));
    writeOff->findChild<QLineEdit *>(QStringLiteral("reason"))
            ->setText(QStringLiteral("Company closed"));
    guard = writeOff;
    reloaded.clear();
    clickSave(writeOff);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_path, QStringLiteral("SELECT status FROM invoices WHERE number = 'K-1'"))
                    .toString(),
            QStringLiteral("written_off"), 5000);
    // Written off: nothing more to write off or credit on it.
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 5000);
    selectInvoice(QStringLiteral("K-1"));
    QVERIFY(!button("writeOffButton")->isEnabled());
    QVERIFY(!button("creditNoteButton")->isEnabled());
    QVERIFY(button("editInvoiceButton")->isEnabled());
}

void TestLedgerDialogs::voidPaymentReopensInvoice()
{
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = m_clientId;
    p.date = QDate::currentDate();
    p.amountMinor = 10000;
    p.reference = QStringLiteral("CHK 9");
    QString error = QStringLiteral("not called");
    m_window->runClientWrite(
            m_clientId,
            [p](const std::shared_ptr<Database> &db, qint64 userId) {
                Payment copy = p;
                auto r = ClientService(db, userId).recordPayment(copy);
                return r ? Result<void>() : Result<void>(r.error());
            },
            QString(), MainWindow::AfterWrite::ShowClient, [&](const QString &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->paymentModel()->rowCount(), 1, 5000);
    tab()->paymentView()->selectRow(0);
    QVERIFY(button("voidPaymentButton")->isEnabled());
    // The reason is asked in a modal input dialog: answer it when it appears.
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Check bounced"));
        input->accept();
    });
    QTest::mouseClick(button("voidPaymentButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
            readValue(m_path, QStringLiteral("SELECT void_reason FROM payments")).toString(),
            QStringLiteral("Check bounced"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(tab()->paymentModel()->rowCount() == 1
                                     && tab()->paymentModel()
                                                ->index(0, 0)
                                                .data(PaymentTableModel::VoidedRole)
                                                .toBool(),
                             5000);
    tab()->paymentView()->selectRow(0);
    QVERIFY(!button("voidPaymentButton")->isEnabled());
    tab()->findChild<QTabWidget *>(QStringLiteral("ledgerTabs"))->setCurrentIndex(1);
    screenshot(m_window.get(), QStringLiteral("payments-tab.png"));
}

void TestLedgerDialogs::unarchiveFromTheClientMenu()
{
    QString error = QStringLiteral("not called");
    m_window->runClientWrite(
            m_clientId,
            [id = m_clientId](const std::shared_ptr<Database> &db, qint64 userId) -> Result<void> {
                LedgerService ledger(db, userId);
                for (const char *n : {"K-1", "K-2"}) {
                    auto inv = InvoiceRepository(db->connection())
                                       .findByNumber(QString::fromLatin1(n));
                    if (!inv)
                        return inv.error();
                    if (auto w = ledger.writeOff(inv.value().id, QDate::currentDate(),
                                                 QStringLiteral("closing"));
                        !w)
                        return w.error();
                }
                return ClientService(db, userId).archiveClient(id, QStringLiteral("closed"));
            },
            QString(), MainWindow::AfterWrite::ClearWorkspace,
            [&](const QString &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    auto *model = m_window->clientList()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
    auto *show = m_window->findChild<QAction *>(QStringLiteral("showArchivedAction"));
    QVERIFY(show);
    show->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QCOMPARE(model->index(0, ClientListModel::Status).data().toString(),
             QStringLiteral("Archived"));
    showClient(m_clientId);
    auto *unarchive = m_window->findChild<QAction *>(QStringLiteral("unarchiveClientAction"));
    auto *archive = m_window->findChild<QAction *>(QStringLiteral("archiveClientAction"));
    QTRY_VERIFY_WITH_TIMEOUT(unarchive->isEnabled(), 5000);
    QVERIFY(!archive->isEnabled());
    error = QStringLiteral("not called");
    m_window->unarchiveClient(m_clientId, [&](const QString &e) { error = e; });
    QTRY_COMPARE_WITH_TIMEOUT(error, QString(), 5000);
    QVERIFY(readValue(m_path, QStringLiteral("SELECT archived_at FROM clients")).isNull());
    QTRY_VERIFY_WITH_TIMEOUT(!unarchive->isEnabled() && archive->isEnabled(), 5000);
    show->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
}

QTEST_MAIN(TestLedgerDialogs)
#include "tst_ledgerdialogs.moc"
