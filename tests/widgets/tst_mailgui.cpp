// SPDX-License-Identifier: MIT
// E-mail from the GUI against a real SMTP server on loopback (aiosmtpd, STARTTLS + AUTH, a
// certificate made at test time): compose from a contact's envelope, queue and send, the outbox
// dialog, bulk reminders with the clients left out, and the settings dialog's test message.
#include "core/services/pauseservice.h"
#include "core/services/reminderservice.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "models/clientlistmodel.h"
#include "models/notetimelinemodel.h"
#include "models/outboxtablemodel.h"
#include "widgets/bulksenddialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/composedialog.h"
#include "widgets/mailactions.h"
#include "widgets/mainwindow.h"
#include "widgets/notespane.h"
#include "widgets/outboxdialog.h"
#include "widgets/remindersdialog.h"
#include "widgets/smtpsettingsdialog.h"
#include "widgets/templatesdialog.h"

#include "support/mailtestdata.h"
#include "support/smtptestserver.h"
#include "support/testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace ardesk;
using namespace ardesk::test;

class TestMailGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void envelopeComposesQueuesAndSends();
    void doNotContactHasNoEnvelope();
    void bulkRemindersShowWhoIsLeftOut();
    void composeShowsTheRuleThatStopsASend();
    void bulkFromASelectionOfClients();
    void bulkOverrideIsAManagersWithAReason();
    void settingsDialogSendsATestMessage();
    void templateEditorPreviewsLive();
    void runRemindersQueuesWhatTheRunPlans();

private:
    void showClient(qint64 id);
    QVariant value(const QString &sql) const { return readValue(m_path, sql); }
    void screenshot(QWidget *w, const QString &name);

    ScratchDir m_certs;
    ScratchDir m_dir;
    SmtpTestServer m_server;
    MailTestData m_data;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMailGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    // Headless: the password comes from the environment, as it would on a server.
    qputenv("ARDESK_SMTP_PASSWORD", "pw");
    QVERIFY(m_certs.renew());
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("server"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
}

void TestMailGui::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server")), SmtpTestServer::Tls::StartTls,
                           m_certs.filePath(QStringLiteral("server")),
                           {QStringLiteral("--auth"), QStringLiteral("clerk:pw")}));
    m_path = m_dir.filePath(QStringLiteral("mail.ardesk"));
    QVERIFY(m_data.create(m_path));
    const SmtpSettings s = MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                              m_certs.filePath(QStringLiteral("server-cert.pem")));
    VERIFY_OK(s.save(*m_data.db));
    m_data.db->releaseThreadConnection();
    m_data.db.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto r = m_window->openFile(m_path, QStringLiteral("pat"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 3, 5000);
}

void TestMailGui::cleanup()
{
    m_window.reset();
    m_server.stop();
    m_dir.remove();
}

void TestMailGui::showClient(qint64 id)
{
    auto *model = m_window->clientList()->model();
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(model->rowOfClient(id), 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
}

void TestMailGui::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestMailGui::envelopeComposesQueuesAndSends()
{
    showClient(m_data.acme);
    auto *tab = m_window->workspace()->detailsTab();
    QToolButton *envelope = nullptr;
    for (QToolButton *b : tab->findChildren<QToolButton *>(QStringLiteral("emailButton"))) {
        if (b->toolTip().contains(QStringLiteral("ap@acme-client.example")))
            envelope = b;
    }
    QVERIFY(envelope && envelope->isEnabled());
    envelope->click(); // rebuilt with the client: geometry follows at the next layout
    ComposeDialog *compose = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((compose = m_window->mailActions()->composeDialog()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(compose->hasPreview(), 5000);
    QCOMPARE(compose->errorText(), QString());
    // Only the clicked contact; the template filled in the client and its open invoices.
    QVERIFY2(compose->recipientsText().contains(QStringLiteral("ap@acme-client.example"))
                     && !compose->recipientsText().contains(QStringLiteral("cfo@")),
             qPrintable(compose->recipientsText()));
    QVERIFY2(compose->textEdit()->toPlainText().contains(QStringLiteral("INV-1")),
             qPrintable(compose->textEdit()->toPlainText()));
    compose->subjectEdit()->setText(QStringLiteral("Invoice INV-1 — a friendly reminder"));
    // The dialog asked for its preview more than once while opening: a late answer to an
    // earlier request must not undo the edit (it did, whenever the send came 150 ms later).
    QTest::qWait(300);
    QCOMPARE(compose->subjectEdit()->text(), QStringLiteral("Invoice INV-1 — a friendly reminder"));
    screenshot(compose, QStringLiteral("compose-dialog.png"));
    QSignalSpy finished(m_window->mailActions(), &MailActions::sendFinished);
    QTest::mouseClick(compose->findChild<QPushButton *>(QStringLiteral("sendButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(m_server.log().size(), 1);
    QCOMPARE(m_server.log().first().value(QStringLiteral("rcpt_tos")).toVariant().toStringList(),
             QStringList {QStringLiteral("ap@acme-client.example")});
    // The exact stored bytes are what the server received; the subject edit went out.
    const QByteArray received = m_server.message(1);
    QCOMPARE(QCryptographicHash::hash(received, QCryptographicHash::Sha256).toHex(),
             value(QStringLiteral("SELECT eml_sha256 FROM outbox")).toByteArray());
    QVERIFY(received.contains("Subject: =?UTF-8?"));
    QCOMPARE(value(QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("sent"));
    // Sent mail is part of the record: an e-mail note on the client.
    QTRY_VERIFY_WITH_TIMEOUT(
            value(QStringLiteral("SELECT count(*) FROM note_revisions WHERE channel = 'email'"))
                            .toInt()
                    == 1,
            5000);
    m_window->workspace()->showNotesTab();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->notesPane()->model()->rowCount(), 1, 5000);

    // The outbox lists it with the server's reply.
    m_window->mailActions()->showOutbox();
    OutboxDialog *outbox = m_window->mailActions()->outboxDialog();
    QVERIFY(outbox);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->model()->rowCount(), 1, 5000);
    QVERIFY(outbox->model()
                    ->index(0, OutboxTableModel::Detail)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("250")));
    screenshot(outbox, QStringLiteral("outbox-dialog.png"));
}

void TestMailGui::doNotContactHasNoEnvelope()
{
    showClient(m_data.acme);
    auto *tab = m_window->workspace()->detailsTab();
    bool seen = false;
    for (QToolButton *b : tab->findChildren<QToolButton *>(QStringLiteral("emailButton"))) {
        if (b->toolTip().contains(QStringLiteral("Dan Nope"))) {
            seen = true;
            QVERIFY(!b->isEnabled());
        }
    }
    QVERIFY(seen);
}

void TestMailGui::bulkRemindersShowWhoIsLeftOut()
{
    m_window->mailActions()->sendReminders({m_data.acme, m_data.beta, m_data.gamma},
                                           QStringLiteral("friendly-reminder"));
    BulkSendDialog *bulk = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((bulk = m_window->findChild<BulkSendDialog *>()), 5000);
    // ACME gets one message; BETA (no address) and GAMMA (do not contact) are named, with why.
    QVERIFY2(bulk->countText().startsWith(QStringLiteral("1 message")),
             qPrintable(bulk->countText()));
    QCOMPARE(bulk->skippedRows(), 2);
    screenshot(bulk, QStringLiteral("bulk-send.png"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0); // nothing yet
    QSignalSpy queued(m_window->mailActions(), &MailActions::queued);
    Q_EMIT bulk->confirmed();
    QVERIFY(queued.wait(5000));
    QCOMPARE(queued.first().first().toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT status FROM outbox")).toString(),
             QStringLiteral("queued"));
    QCOMPARE(m_server.log().size(), 0); // queued, not sent
}

// ACME paused: the compose dialog says so in plain words, and a clerk cannot queue it.
void TestMailGui::composeShowsTheRuleThatStopsASend()
{
    {
        auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
        VERIFY_OK(db);
        VERIFY_OK(PauseService(db.value(), m_data.user)
                          .pauseClient(m_data.acme, QDate::currentDate().addDays(5),
                                       QStringLiteral("waiting for the audit")));
        db.value()->releaseThreadConnection();
    }
    showClient(m_data.acme);
    m_window->mailActions()->compose(m_data.ann);
    ComposeDialog *compose = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((compose = m_window->mailActions()->composeDialog()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(compose->hasPreview(), 5000);
    QVERIFY2(compose->guardText().startsWith(QStringLiteral("Not sent: client paused until")),
             qPrintable(compose->guardText()));
    QVERIFY(compose->guardText().contains(
            QStringLiteral("A manager may send it anyway.")));
    QVERIFY(!compose->findChild<QPushButton *>(QStringLiteral("queueButton"))->isEnabled());
    QVERIFY(!compose->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QVERIFY(!compose->overrideEdit()->isVisibleTo(compose)); // pat is a clerk
    screenshot(compose, QStringLiteral("compose-guard.png"));
    // A recap is not a reminder: the pause does not stop it.
    compose->setTemplate(QStringLiteral("call-recap"));
    QTRY_VERIFY_WITH_TIMEOUT(compose->hasPreview()
                                     && compose->subjectEdit()->text().startsWith(
                                             QStringLiteral("Summary of our conversation")),
                             5000);
    QCOMPARE(compose->guardText(), QString());
    QVERIFY(compose->findChild<QPushButton *>(QStringLiteral("queueButton"))->isEnabled());
    compose->close();
}

// Two clients chosen in the list (Ctrl+click) go to the bulk dialog; its filters narrow them.
void TestMailGui::bulkFromASelectionOfClients()
{
    QTableView *view = m_window->clientList()->view();
    auto *model = m_window->clientList()->model();
    const QModelIndex acme = model->index(model->rowOfClient(m_data.acme), 0);
    const QModelIndex beta = model->index(model->rowOfClient(m_data.beta), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(acme).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(beta).center());
    QCOMPARE(m_window->clientList()->selectedClientIds().size(), 2);
    QVERIFY(m_window->clientList()->selectedClientIds().contains(m_data.beta));
    m_window->mailActions()->sendReminders(m_window->clientList()->selectedClientIds(),
                                           QStringLiteral("friendly-reminder"));
    BulkSendDialog *bulk = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((bulk = m_window->findChild<BulkSendDialog *>()), 5000);
    // GAMMA was not chosen; BETA has no address and is named with why.
    QVERIFY2(bulk->countText().startsWith(QStringLiteral("1 message")),
             qPrintable(bulk->countText()));
    QCOMPARE(bulk->skippedRows(), 1);
    QVERIFY2(bulk->skippedText(0).startsWith(QStringLiteral("BETA")),
             qPrintable(bulk->skippedText(0)));
    // At least 30 days late: only ACME (40 days) is left.
    bulk->findChild<QCheckBox *>(QStringLiteral("owingOnly"))->setChecked(true);
    bulk->findChild<QSpinBox *>(QStringLiteral("minDaysLate"))->setValue(30);
    QTRY_VERIFY_WITH_TIMEOUT(bulk->countText().contains(QStringLiteral("1 of 2 clients match")),
                             5000);
    QCOMPARE(bulk->skippedRows(), 0);
    screenshot(bulk, QStringLiteral("bulk-send-filters.png"));
    QSignalSpy queued(m_window->mailActions(), &MailActions::queued);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("queueAllButton")),
                      Qt::LeftButton);
    QVERIFY(queued.wait(5000));
    QCOMPARE(queued.first().first().toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
}

// Issue 12: the clients the bulk preview leaves out for a rule that may be overridden (ACME
// paused) can be sent to by a manager, with a reason that lands in the client's e-mail note; a
// clerk is not offered it, nor is anyone for a client without an address or not to be contacted.
void TestMailGui::bulkOverrideIsAManagersWithAReason()
{
    {
        auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
        VERIFY_OK(db);
        VERIFY_OK(PauseService(db.value(), m_data.user)
                          .pauseClient(m_data.acme, db.value()->today().addDays(5),
                                       QStringLiteral("waiting for the audit")));
        VERIFY_OK(UserRepository(db.value()->connection())
                          .ensure(QStringLiteral("amelia"), UserRole::Manager));
        db.value()->releaseThreadConnection();
    }
    const QList<qint64> all {m_data.acme, m_data.beta, m_data.gamma};
    m_window->mailActions()->sendReminders(all, QStringLiteral("second-reminder"));
    BulkSendDialog *bulk = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((bulk = m_window->findChild<BulkSendDialog *>()), 5000);
    QCOMPARE(bulk->skippedRows(), 3);
    QVERIFY(!bulk->overrideBox()->isVisibleTo(bulk)); // pat is a clerk
    QVERIFY(!bulk->findChild<QPushButton *>(QStringLiteral("queueAllButton"))->isEnabled());
    bulk->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<BulkSendDialog *>(), 5000);

    auto r = m_window->openFile(m_path, QStringLiteral("amelia"));
    QVERIFY2(r, qPrintable(r.errorString()));
    m_window->mailActions()->sendReminders(all, QStringLiteral("second-reminder"));
    QTRY_VERIFY_WITH_TIMEOUT((bulk = m_window->findChild<BulkSendDialog *>()), 5000);
    QVERIFY(bulk->overrideBox()->isVisibleTo(bulk));
    QCOMPARE(bulk->overrideBox()->text(),
             QStringLiteral("&Send anyway to the 1 client left out for a rule a manager may "
                            "override"));
    auto *queue = bulk->findChild<QPushButton *>(QStringLiteral("queueAllButton"));
    QVERIFY(!queue->isEnabled());
    bulk->overrideBox()->setChecked(true);
    QVERIFY(!queue->isEnabled()); // not without a reason
    QTest::keyClicks(bulk->overrideReasonEdit(), QStringLiteral("Auditor asked for the reminder"));
    QVERIFY(queue->isEnabled());
    QCOMPARE(queue->text(), QStringLiteral("&Queue 1 message"));
    screenshot(bulk, QStringLiteral("bulk-send-override.png"));
    QSignalSpy queued(m_window->mailActions(), &MailActions::queued);
    QTest::mouseClick(queue, Qt::LeftButton);
    QVERIFY(queued.wait(5000));
    QCOMPARE(queued.first().first().toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = %1")
                           .arg(m_data.acme))
                     .toInt(),
             1);
    QSignalSpy finished(m_window->mailActions(), &MailActions::sendFinished);
    m_window->mailActions()->sendQueued();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server.log().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
            value(QStringLiteral("SELECT r.body FROM note_revisions r JOIN outbox o ON o.note_id "
                                 "= r.note_id"))
                    .toString()
                    .contains(QStringLiteral(" — reason: Auditor asked for the reminder\n")),
            5000);
}

void TestMailGui::settingsDialogSendsATestMessage()
{
    m_window->mailActions()->editSettings();
    SmtpSettingsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<SmtpSettingsDialog *>()), 5000);
    auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("host"));
    QTRY_COMPARE_WITH_TIMEOUT(host->text(), QStringLiteral("127.0.0.1"), 5000);
    dialog->findChild<QLineEdit *>(QStringLiteral("testTo"))
            ->setText(QStringLiteral("me@acme-supplies.example"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Sent")), 20000);
    QCOMPARE(m_server.log().size(), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // 'none' to a remote host is refused by the core before any network, shown in the form.
    host->setText(QStringLiteral("smtp.example.com"));
    auto *security = dialog->findChild<QComboBox *>(QStringLiteral("security"));
    security->setCurrentIndex(security->findData(QStringLiteral("none")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("loopback")),
             qPrintable(dialog->errorText()));
    screenshot(dialog, QStringLiteral("email-settings.png"));
}

void TestMailGui::templateEditorPreviewsLive()
{
    m_window->editTemplates();
    TemplatesDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<TemplatesDialog *>()), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->select(QStringLiteral("friendly-reminder")), 5000);
    // Against a chosen client: its name and invoices, as the message would say them.
    dialog->findChild<QLineEdit *>(QStringLiteral("previewClient"))
            ->setText(QStringLiteral("ACME"));
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->previewText().contains(QStringLiteral("Acme Client & Sons"))
                                      && dialog->previewText().contains(QStringLiteral("INV-1")),
                              qPrintable(dialog->previewText()), 5000);
    // An unknown variable is named as you type, before anything is saved.
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));
    body->setPlainText(body->toPlainText() + QStringLiteral("\n{{client.nickname}}"));
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->previewText().contains(QStringLiteral("client.nickname")),
                              qPrintable(dialog->previewText()), 5000);
    screenshot(dialog, QStringLiteral("template-preview.png"));
    dialog->close();
}

QTEST_MAIN(TestMailGui)
#include "tst_mailgui.moc"

// Work > Run reminders with SMTP set up: the window plans as the reminder run does (the CLI's
// `remind`), says nothing of e-mail waiting to be set up, queues that many e-mails on Apply,
// and the sender delivers them to the server. It queued none ("waits until e-mail is set up").
void TestMailGui::runRemindersQueuesWhatTheRunPlans()
{
    int planned = 0;
    {
        auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
        VERIFY_OK(db);
        auto plan = ReminderService::withCompanyMail(db.value(), m_data.user)
                            .plan(db.value()->today());
        VERIFY_OK(plan);
        QVERIFY(plan.value().mailConfigured);
        for (const ReminderService::ClientPlan &c : plan.value().clients)
            planned += c.emailInvoiceIds.isEmpty() ? 0 : 1;
        db.value()->releaseThreadConnection();
    }
    QVERIFY(planned > 0);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("runRemindersAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    RemindersDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<RemindersDialog *>()), 10000);
    QVERIFY2(dialog->summaryText().contains(
                     QStringLiteral(": %1 e-mail%2 to queue")
                             .arg(planned)
                             .arg(planned == 1 ? QString() : QStringLiteral("s"))),
             qPrintable(dialog->summaryText()));
    QVERIFY2(!dialog->summaryText().contains(QStringLiteral("not set up")),
             qPrintable(dialog->summaryText()));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("plan"));
    QVERIFY(table && table->rowCount() > 0);
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString text = table->item(r, c) ? table->item(r, c)->text() : QString();
            QVERIFY2(!text.contains(QStringLiteral("waits until e-mail is set up")),
                     qPrintable(text));
        }
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'")).toInt(),
            planned, 10000);
    QCOMPARE(m_server.log().size(), 0); // queued, not sent
    QSignalSpy finished(m_window->mailActions(), &MailActions::sendFinished);
    m_window->mailActions()->sendQueued();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), planned);
    QCOMPARE(m_server.log().size(), planned);
    QCOMPARE(m_server.log().first().value(QStringLiteral("rcpt_tos")).toVariant().toStringList(),
             QStringList {QStringLiteral("ap@acme-client.example")});
}
