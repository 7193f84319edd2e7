// SPDX-License-Identifier: MIT
// The record in the GUI: the Notes tab (compose, templates, attachments, revisions, deletion,
// filters), the call and text log from a contact's phone, and Help > Record integrity — on the
// real main window over a real company file (offscreen).
#include "core/services/clientservice.h"
#include "core/services/settingsservice.h"
#include "core/storage/userrepository.h"
#include "models/clientlistmodel.h"
#include "models/invoicetablemodel.h"
#include "models/notetimelinemodel.h"
#include "models/searchresultmodel.h"
#include "widgets/calllogdialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/composedialog.h"
#include "widgets/mailactions.h"
#include "widgets/mainwindow.h"
#include "widgets/noteactions.h"
#include "widgets/notecomposer.h"
#include "widgets/notedelegate.h"
#include "widgets/notespane.h"
#include "widgets/recordintegritydialog.h"
#include "widgets/searchdialog.h"
#include "widgets/templatesdialog.h"

#include "support/testsupport.h"
#include "support/widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace ardesk;
using namespace ardesk::test;

class TestNotesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void callNoteNeedsOutcomeThenAppears();
    void promiseTemplateCreatesPromise();
    void attachmentIsStoredAndOpenedAsReadOnlyCopy();
    void attachmentChipsShowSizeTypeAndMismatch();
    void editAddsRevisionAndHistoryShowsBoth();
    void deleteLeavesTombstone();
    void filterByChannelAndAuthor();
    void phoneIconDialsAndLogsTheCall();
    void saveAndSendRecapComposesTheRecapOfThatCall();
    void logATextFromThePhoneMenu();
    void doNotContactNumberIsNotDialled();
    void recordIntegrityVerifies();
    void searchFindsAndOpensTheNote();
    void editedCallScriptIsUsedOnTheNextCall();
    void noteTimesAreMarkedWhenNotTheCompanysZone();
    void datesFollowTheCompanysLocale_data();
    void datesFollowTheCompanysLocale();

private:
    NotesPane *pane() const { return m_window->workspace()->notesPane(); }
    NoteComposer *composer() const { return pane()->composer(); }
    /// Saves what the composer holds and waits until the timeline has `rows` notes.
    void saveAndWait(int rows);
    void screenshot(QWidget *w, const QString &name);
    qint64 count(const char *table) const
    {
        return readValue(m_path,
                         QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
                .toLongLong();
    }

    ScratchDir m_dir;
    QString m_path;
    qint64 m_clientId = 0;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;
};

void TestNotesPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
}

void TestNotesPane::init()
{
    QVERIFY(m_dir.renew());
    m_path = m_dir.filePath(QStringLiteral("notes.ardesk"));
    {
        auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        QSqlDatabase conn = db.value()->connection();
        User tester;
        tester.name = QStringLiteral("tester");
        tester.displayName = QStringLiteral("Terry Tester");
        // A clerk who also edits call scripts (a manager's, #13).
        tester.roles = UserRoles(UserRole::Clerk) | UserRole::Manager;
        auto uid = committed(conn, [&] { return UserRepository(conn).insert(tester); });
        QVERIFY2(uid, qPrintable(uid.errorString()));
        ClientService service(db.value(), uid.value());
        Client c = makeClient(QStringLiteral("KITE"), QStringLiteral("Kite Supplies"),
                              QStringLiteral("USD"));
        c.country = QStringLiteral("US");
        VERIFY_OK(service.createClient(c));
        m_clientId = c.id;
        Invoice a = makeInvoice(c.id, QStringLiteral("K-1"), QDate::currentDate().addDays(-50),
                                125000);
        VERIFY_OK(service.addInvoice(a));
        Contact pat;
        pat.clientId = c.id;
        pat.name = QStringLiteral("Pat Doe");
        pat.email = QStringLiteral("pat@kite.example");
        pat.phones = {Phone {QStringLiteral("office"), QStringLiteral("(212) 555-0142"),
                             QStringLiteral("+12125550142"), QString()}};
        VERIFY_OK(service.addContact(pat));
        Contact quiet;
        quiet.clientId = c.id;
        quiet.name = QStringLiteral("Quinn Quiet");
        quiet.doNotContact = true;
        quiet.phones = {Phone {QStringLiteral("mobile"), QStringLiteral("+1 917 555 0101"),
                               QStringLiteral("+19175550101"), QString()}};
        VERIFY_OK(service.addContact(quiet));
        conn = QSqlDatabase();
        db.value()->releaseThreadConnection();
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto r = m_window->openFile(m_path, QStringLiteral("tester"));
    QVERIFY2(r, qPrintable(r.errorString()));
    m_opened.clear();
    m_window->noteActions()->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    auto *model = m_window->clientList()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
    m_window->workspace()->showNotesTab();
}

void TestNotesPane::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestNotesPane::saveAndWait(int rows)
{
    auto *save = composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), rows, 5000);
    QCOMPARE(composer()->errorText(), QString());
}

void TestNotesPane::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestNotesPane::callNoteNeedsOutcomeThenAppears()
{
    composer()->prefill(NoteChannel::Call, QStringLiteral("Pat Doe"));
    composer()->setText(QStringLiteral("Called about K-1."));
    QTest::mouseClick(composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton")),
                      Qt::LeftButton);
    // Refused with what is missing, and nothing written.
    QVERIFY2(composer()->errorText().contains(QStringLiteral("outcome")),
             qPrintable(composer()->errorText()));
    QCOMPARE(count("notes"), 0);
    composer()->setOutcome(NoteOutcome::Reached);
    QTest::mouseClick(composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton")),
                      Qt::LeftButton);
    QVERIFY2(composer()->errorText().contains(QStringLiteral("follow")),
             qPrintable(composer()->errorText()));
    composer()->setNextContact(QDate::currentDate().addDays(3));
    saveAndWait(1);
    const QModelIndex first = pane()->model()->index(0);
    QVERIFY(first.data(NoteTimelineModel::HeaderRole)
                    .toString()
                    .contains(QStringLiteral("Pat Doe")));
    QCOMPARE(first.data(NoteTimelineModel::AuthorRole).toString(), QStringLiteral("Terry Tester"));
    QCOMPARE(first.data(NoteTimelineModel::NextContactRole).toDate(),
             QDate::currentDate().addDays(3));
    // The contact picked from the list is linked by id, and the follow-up became a task.
    QVERIFY(readValue(m_path, QStringLiteral("SELECT contact_id FROM note_revisions")).toLongLong()
            > 0);
    QCOMPARE(count("tasks"), 1);
    // The composer is ready for the next note.
    QCOMPARE(composer()->findChild<QPlainTextEdit *>(QStringLiteral("text")) != nullptr, true);
}

void TestNotesPane::promiseTemplateCreatesPromise()
{
    composer()->prefill(NoteChannel::Call, QStringLiteral("Pat Doe"));
    composer()->setOutcome(NoteOutcome::Promised);
    composer()->setTemplate(QStringLiteral("promise-to-pay"));
    composer()->setFieldText(QStringLiteral("amount"), QStringLiteral("500.00"));
    composer()->setFieldText(QStringLiteral("date"), QStringLiteral("2099-01-15"));
    composer()->setNextContact(QDate(2099, 1, 16));
    composer()->setText(QStringLiteral("Will pay half by the 15th."));
    saveAndWait(1);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT amount_minor || ' ' || promised_date FROM "
                                      "promises"))
                     .toString(),
             QStringLiteral("50000 2099-01-15"));
    const QString fields
            = pane()->model()->index(0).data(NoteTimelineModel::FieldsSummaryRole).toString();
    QVERIFY2(fields.contains(QStringLiteral("$500.00"))
                     && fields.contains(QStringLiteral("Promise")),
             qPrintable(fields));
    // The promised date reads as every date does (en_US company), not as stored.
    QVERIFY2(fields.contains(QStringLiteral("1/15/2099")) && !fields.contains(u"2099-01-15"),
             qPrintable(fields));
    screenshot(m_window.get(), QStringLiteral("notes-tab.png"));
}

void TestNotesPane::attachmentIsStoredAndOpenedAsReadOnlyCopy()
{
    const QString file = m_dir.filePath(QStringLiteral("remittance.pdf"));
    const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    QVERIFY(writeFile(file, pdf));
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Remittance advice from the client."));
    composer()->addAttachmentFile(file);
    QCOMPARE(composer()->pendingAttachments(), 1);
    saveAndWait(1);
    QCOMPARE(pane()->model()->index(0).data(NoteTimelineModel::AttachmentNamesRole).toStringList(),
             QStringList {QStringLiteral("remittance.pdf")});
    QCOMPARE(composer()->pendingAttachments(), 0);
    const QVariantList ids
            = pane()->model()->index(0).data(NoteTimelineModel::AttachmentIdsRole).toList();
    QCOMPARE(ids.size(), 1);
    m_window->noteActions()->openAttachment(ids.first().toLongLong());
    QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 5000);
    const QString copy = m_opened.first().toLocalFile();
    QVERIFY2(copy != file && QFile::exists(copy), qPrintable(copy));
    QCOMPARE(fileSha256(copy), fileSha256(file));
    QVERIFY(!(QFile::permissions(copy) & (QFile::WriteOwner | QFile::ExeOwner)));
}

// A chip says how big a file is and what it is; a file whose content is not what its name says
// (a picture named .pdf) is flagged, in the composer and on the saved note's card.
void TestNotesPane::attachmentChipsShowSizeTypeAndMismatch()
{
    const QString pdf = m_dir.filePath(QStringLiteral("remittance.pdf"));
    QVERIFY(writeFile(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"));
    const QString fake = m_dir.filePath(QStringLiteral("invoice.pdf"));
    QVERIFY(writeFile(fake, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0')));
    const QMimeDatabase mimes;
    const QString pdfType = mimes.mimeTypeForName(QStringLiteral("application/pdf")).comment();
    const QString pngType = mimes.mimeTypeForName(QStringLiteral("image/png")).comment();
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Two files from the client."));
    composer()->addAttachmentFile(pdf);
    composer()->addAttachmentFile(fake);
    auto *list = composer()->findChild<QListWidget *>(QStringLiteral("attachments"));
    QVERIFY2(list->item(0)->text().contains(pdfType), qPrintable(list->item(0)->text()));
    QVERIFY2(!list->item(0)->text().contains(QStringLiteral("Type mismatch")),
             qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("Type mismatch: invoice.pdf"))
                     && list->item(1)->text().contains(pngType),
             qPrintable(list->item(1)->text()));
    saveAndWait(1);
    const QModelIndex note = pane()->model()->index(0);
    const QStringList chips = note.data(NoteTimelineModel::AttachmentChipsRole).toStringList();
    QCOMPARE(chips.size(), 2);
    const int fakeAt = chips.at(0).startsWith(QStringLiteral("invoice.pdf")) ? 0 : 1;
    const QLocale locale = m_window->companyLocale();
    QCOMPARE(chips.at(1 - fakeAt),
             QStringLiteral("remittance.pdf (%1, %2)")
                     .arg(locale.formattedDataSize(QFileInfo(pdf).size()), pdfType));
    QCOMPARE(chips.at(fakeAt),
             QStringLiteral("invoice.pdf (%1, %2 — the name says %3)")
                     .arg(locale.formattedDataSize(72), pngType, pdfType));
    const QVariantList mismatch = note.data(NoteTimelineModel::AttachmentMismatchRole).toList();
    QCOMPARE(mismatch.value(fakeAt).toBool(), true);
    QCOMPARE(mismatch.value(1 - fakeAt).toBool(), false);
}

void TestNotesPane::editAddsRevisionAndHistoryShowsBoth()
{
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Client moved offices."));
    saveAndWait(1);
    const NoteService::Entry entry = *pane()->model()->entryAt(0);
    composer()->startAmend(entry);
    QVERIFY(composer()->isAmending());
    composer()->setText(QStringLiteral("Client moved offices to Newark."));
    auto *save = composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
            pane()->model()->rowCount() == 1
                    && pane()->model()->index(0).data(NoteTimelineModel::RevisedRole).toBool(),
            5000);
    QCOMPARE(pane()->model()->index(0).data(NoteTimelineModel::TextRole).toString(),
             QStringLiteral("Client moved offices to Newark."));
    QCOMPARE(count("note_revisions"), 2);
    QVERIFY(pane()->delegate()
                    ->html(pane()->model()->index(0))
                    .contains(QStringLiteral("revised")));
    m_window->noteActions()->showHistory(entry.note.id);
    QDialog *history = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (history = m_window->findChild<QDialog *>(QStringLiteral("NoteHistoryDialog"))), 5000);
    const QString text = history->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Client moved offices."))
                     && text.contains(QStringLiteral("to Newark"))
                     && text.contains(QStringLiteral("Revision 2")),
             qPrintable(text));
    history->close();
}

void TestNotesPane::deleteLeavesTombstone()
{
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Wrong client, sorry."));
    saveAndWait(1);
    const qint64 id = pane()->model()->index(0).data(NoteTimelineModel::NoteIdRole).toLongLong();
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(QStringLiteral("logged on the wrong client"));
        input->accept();
    });
    m_window->noteActions()->deleteNote(id);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), 0, 5000);
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT reason FROM note_tombstones")).toString(),
             QStringLiteral("logged on the wrong client"));
    QCOMPARE(count("note_revisions"), 1); // the original stays readable
    QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("deletedNotesButton")),
                      Qt::LeftButton);
    QDialog *deleted = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (deleted = m_window->findChild<QDialog *>(QStringLiteral("DeletedNotesDialog"))), 5000);
    const QString text = deleted->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Wrong client, sorry."))
                     && text.contains(QStringLiteral("logged on the wrong client")),
             qPrintable(text));
    deleted->close();
}

void TestNotesPane::filterByChannelAndAuthor()
{
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Internal remark."));
    saveAndWait(1);
    composer()->prefill(NoteChannel::Meeting, QStringLiteral("Pat Doe"));
    composer()->setOutcome(NoteOutcome::Reached);
    composer()->setNoFollowUp(true);
    composer()->setText(QStringLiteral("Met at the trade fair."));
    saveAndWait(2);
    auto *channel = pane()->findChild<QComboBox *>(QStringLiteral("channelFilter"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("meeting")));
    QCOMPARE(pane()->model()->rowCount(), 1);
    QCOMPARE(pane()->model()->index(0).data(NoteTimelineModel::ChannelRole).toString(),
             QStringLiteral("meeting"));
    channel->setCurrentIndex(0);
    QCOMPARE(pane()->model()->rowCount(), 2);
    auto *author = pane()->findChild<QComboBox *>(QStringLiteral("authorFilter"));
    QCOMPARE(author->count(), 2); // anyone + the one author
    QCOMPARE(author->itemText(1), QStringLiteral("Terry Tester"));
}

void TestNotesPane::phoneIconDialsAndLogsTheCall()
{
    auto *tab = m_window->workspace()->detailsTab();
    QToolButton *dial = phoneButton(tab, QStringLiteral("(212) 555-0142"));
    QVERIFY(dial);
    QVERIFY(dial->isEnabled());
    dial->click(); // rebuilt with the client: geometry follows at the next layout
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QCOMPARE(m_opened.value(0), QUrl(QStringLiteral("tel:+12125550142")));
    CallLogDialog *log = m_window->noteActions()->callLog();
    QVERIFY(log->isRunning());
    // Dialled as E.164, shown as the clerk reads a number of the client's country.
    const QString who = log->findChild<QLabel *>(QStringLiteral("who"))->text();
    QVERIFY2(who.contains(QStringLiteral("(212) 555-0142")) && !who.contains(u'+'),
             qPrintable(who));
    QVERIFY(log->timerText().startsWith(QStringLiteral("00:0")));
    // 50 days late with no broken promise: the final-notice script, filled in.
    QVERIFY2(log->scriptText().contains(QStringLiteral("final call"))
                     && log->scriptText().contains(QStringLiteral("Pat Doe"))
                     && log->scriptText().contains(QStringLiteral("$1,250.00")),
             qPrintable(log->scriptText()));
    screenshot(log, QStringLiteral("call-log.png"));
    log->setText(QStringLiteral("Reached Pat; promised payment."));
    log->setOutcome(NoteOutcome::Reached);
    log->setPromise(QStringLiteral("1250.00"), QDate::currentDate().addDays(5));
    log->setNextContact(QDate::currentDate().addDays(6));
    log->endCall();
    QVERIFY(!log->isRunning());
    QPointer<CallLogDialog> guard(log);
    QTest::mouseClick(log->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), 1, 5000);
    const QString body
            = readValue(m_path, QStringLiteral("SELECT body FROM note_revisions")).toString();
    QVERIFY2(body.contains(QStringLiteral("(Call to (212) 555-0142, 00:0")), qPrintable(body));
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT channel || ' ' || outcome FROM "
                                      "note_revisions"))
                     .toString(),
             QStringLiteral("call reached"));
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT amount_minor FROM promises")).toLongLong(),
             125000);
    QCOMPARE(count("tasks"), 1); // the next contact date became a follow-up
    // Then find it: Ctrl+F while working in the client searches this client's notes.
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), 1, 5000);
    m_window->workspace()->showNotesTab();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pane()->view()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), pane()->view(), 5000);
    QTest::keyClick(pane()->view(), Qt::Key_F, Qt::ControlModifier);
    SearchDialog *search = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((search = m_window->findChild<SearchDialog *>()), 5000);
    QVERIFY(search->findChild<QCheckBox *>(QStringLiteral("onlyClient"))->isChecked());
    QSignalSpy finished(search->model(), &SearchResultModel::searchFinished);
    search->setText(QStringLiteral("promised payment"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(search->model()->rowCount(), 1);
    QCOMPARE(search->model()->index(0, 0).data(SearchResultModel::ClientIdRole).toLongLong(),
             m_clientId);
    search->close();
}

// Issue 12: the recap went to every billing contact and knew nothing of the call. "Save & send
// recap" logs the call, then composes the recap of that call to the person spoken with.
void TestNotesPane::saveAndSendRecapComposesTheRecapOfThatCall()
{
    auto *tab = m_window->workspace()->detailsTab();
    QToolButton *dial = phoneButton(tab, QStringLiteral("(212) 555-0142"));
    QVERIFY(dial);
    dial->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> log = m_window->noteActions()->callLog();
    log->setText(QStringLiteral("Reached Pat; will pay half next week."));
    log->setOutcome(NoteOutcome::Reached);
    log->setPromise(QStringLiteral("600.00"), QDate::currentDate().addDays(5));
    log->setNextContact(QDate::currentDate().addDays(6));
    auto *recap = log->findChild<QPushButton *>(QStringLiteral("recapButton"));
    QVERIFY(recap);
    QTest::mouseClick(recap, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(log.isNull(), 5000); // logged
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mailActions()->composeDialog() != nullptr, 5000);
    const qint64 noteId
            = readValue(m_path, QStringLiteral("SELECT max(id) FROM notes")).toLongLong();
    const qint64 pat = readValue(m_path,
                                 QStringLiteral("SELECT id FROM contacts WHERE name = "
                                                "'Pat Doe'"))
                               .toLongLong();
    const MailService::ComposeRequest r = m_window->mailActions()->composeDialog()->request();
    QCOMPARE(r.templateKey, QStringLiteral("call-recap"));
    QCOMPARE(r.callNoteId, noteId);
    QCOMPARE(r.contactIds, QList<qint64> {pat});
    QCOMPARE(readValue(m_path, QStringLiteral("SELECT amount_minor FROM promises")).toLongLong(),
             60000);
}

void TestNotesPane::logATextFromThePhoneMenu()
{
    auto *tab = m_window->workspace()->detailsTab();
    QToolButton *dial = nullptr;
    for (QToolButton *b : tab->findChildren<QToolButton *>(QStringLiteral("phoneButton"))) {
        if (b->isEnabled())
            dial = b;
    }
    QVERIFY(dial && dial->menu());
    const QList<QAction *> actions = dial->menu()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(1)->trigger(); // "Log a text"
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    CallLogDialog *log = m_window->noteActions()->callLog();
    QVERIFY(m_opened.isEmpty()); // logging a text dials nothing
    QCOMPARE(log->mode(), CallLogDialog::Mode::Text);
    QVERIFY(!log->isRunning());
    auto *direction = log->findChild<QComboBox *>(QStringLiteral("direction"));
    direction->setCurrentIndex(1); // they texted us
    log->setText(QStringLiteral("Check mailed today."));
    log->setOutcome(NoteOutcome::Reached);
    log->setNoFollowUp(true);
    QPointer<CallLogDialog> guard(log);
    QTest::mouseClick(log->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT channel || ' ' || direction FROM "
                                      "note_revisions"))
                     .toString(),
             QStringLiteral("text in"));
}

void TestNotesPane::doNotContactNumberIsNotDialled()
{
    auto *tab = m_window->workspace()->detailsTab();
    bool seen = false;
    for (QToolButton *b : tab->findChildren<QToolButton *>(QStringLiteral("phoneButton"))) {
        if (b->toolTip().contains(QStringLiteral("Quinn"))) {
            seen = true;
            QVERIFY(!b->isEnabled());
        }
    }
    QVERIFY(seen);
    Contact quinn;
    quinn.name = QStringLiteral("Quinn Quiet");
    quinn.doNotContact = true;
    m_window->noteActions()->call(quinn,
                                  Phone {QString(), QStringLiteral("+19175550101"),
                                         QStringLiteral("+19175550101"), QString()});
    QTest::qWait(50);
    QVERIFY(m_opened.isEmpty());
}

void TestNotesPane::recordIntegrityVerifies()
{
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("A note for the chain."));
    saveAndWait(1);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("recordIntegrityAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<RecordIntegrityDialog *>();
    QVERIFY(dialog);
    const QString head = readValue(m_path,
                                   QStringLiteral("SELECT hash FROM record_chain ORDER BY "
                                                  "seq DESC LIMIT 1"))
                                 .toString();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->headText().contains(head), 5000);
    QSignalSpy verified(dialog, &RecordIntegrityDialog::verified);
    dialog->verifyNow();
    QVERIFY(verified.wait(10000));
    QCOMPARE(verified.first().first().toBool(), true);
    QVERIFY2(dialog->resultText().contains(QStringLiteral("OK")), qPrintable(dialog->resultText()));
    screenshot(dialog, QStringLiteral("record-integrity.png"));
}

void TestNotesPane::searchFindsAndOpensTheNote()
{
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Warehouse manager Zebulon approved the invoice."));
    saveAndWait(1);
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Nothing to see here."));
    saveAndWait(2);
    m_window->workspace()->showNotesTab();
    pane()->view()->setCurrentIndex(pane()->model()->index(0));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("searchNotesAction"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    action->trigger();
    auto *dialog = m_window->findChild<SearchDialog *>();
    QVERIFY(dialog);
    QSignalSpy finished(dialog->model(), &SearchResultModel::searchFinished);
    dialog->setText(QStringLiteral("zebul")); // a prefix of a word
    QVERIFY(finished.wait(5000));
    QCOMPARE(dialog->model()->rowCount(), 1);
    QVERIFY(dialog->model()
                    ->index(0, SearchResultModel::Snippet)
                    .data(SearchResultModel::MarkedSnippetRole)
                    .toString()
                    .contains(QStringLiteral("Zebulon")));
    screenshot(dialog, QStringLiteral("search-dialog.png"));
    const qint64 noteId
            = dialog->model()->index(0, 0).data(SearchResultModel::NoteIdRole).toLongLong();
    dialog->view()->setCurrentIndex(dialog->model()->index(0, 0));
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    Q_EMIT dialog->view()->activated(dialog->model()->index(0, 0));
    QVERIFY(shown.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(
            pane()->view()->currentIndex().data(NoteTimelineModel::NoteIdRole).toLongLong(), noteId,
            5000);
}

void TestNotesPane::editedCallScriptIsUsedOnTheNextCall()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("templatesAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<TemplatesDialog *>();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("templateList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 8, 5000); // 5 note templates + 3 call scripts
    // A note template's fields are data; the keys ARDesk reads cannot be renamed.
    QVERIFY(dialog->select(QStringLiteral("promise-to-pay")));
    auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("templateFields"));
    QCOMPARE(fields->rowCount(), 3);
    QVERIFY(!(fields->item(0, 0)->flags() & Qt::ItemIsEditable));
    screenshot(dialog, QStringLiteral("templates-dialog.png"));

    QVERIFY(dialog->select(QStringLiteral("call-final-notice")));
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));
    body->setPlainText(QStringLiteral("Custom final call to {{contact.name}} of {{client.name}}."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveTemplateButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readValue(m_path,
                                        QStringLiteral("SELECT version FROM templates WHERE key = "
                                                       "'call-final-notice'"))
                                      .toInt(),
                              2, 5000);
    QCOMPARE(dialog->errorText(), QString());
    QCOMPARE(readValue(m_path,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                      "'template' AND action = 'update'"))
                     .toInt(),
             1);
    // The next call on this 50-days-late account shows the edited script.
    dialog->close();
    auto *tab = m_window->workspace()->detailsTab();
    for (QToolButton *b : tab->findChildren<QToolButton *>(QStringLiteral("phoneButton"))) {
        if (b->isEnabled()) {
            b->click();
            break;
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QCOMPARE(m_window->noteActions()->callLog()->scriptText(),
             QStringLiteral("Custom final call to Pat Doe of Kite Supplies."));
    m_window->noteActions()->callLog()->close();
}

// Note times are the user's clock; when the company's zone reads differently the card says
// which zone the time is in.
void TestNotesPane::noteTimesAreMarkedWhenNotTheCompanysZone()
{
    composer()->prefill(NoteChannel::Internal, QString());
    composer()->setText(QStringLiteral("Account reviewed."));
    saveAndWait(1);
    const QDateTime at
            = pane()->model()->index(0).data(NoteTimelineModel::OccurredAtRole).toDateTime();
    const QString marker = QTimeZone::systemTimeZone().abbreviation(at) + QStringLiteral(" · ");
    // The file was created here: the company's zone is this computer's, no marker.
    QVERIFY2(!pane()->delegate()->html(pane()->model()->index(0)).contains(marker),
             qPrintable(pane()->delegate()->html(pane()->model()->index(0))));
    {
        auto db = Database::open(m_path);
        VERIFY_OK(db);
        const QTimeZone la("America/Los_Angeles");
        CompanySettings s = SettingsService(db.value(), 0).company().valueOr({});
        s.companyName = QStringLiteral("Kite Co");
        s.timeZone = la.offsetFromUtc(at) == QTimeZone::systemTimeZone().offsetFromUtc(at)
                ? QStringLiteral("Asia/Tokyo")
                : QStringLiteral("America/Los_Angeles");
        VERIFY_OK(SettingsService(db.value(), 0).saveCompany(s));
        db.value()->releaseThreadConnection();
    }
    auto r = m_window->openFile(m_path, QStringLiteral("tester"));
    QVERIFY2(r, qPrintable(r.errorString()));
    auto *model = m_window->clientList()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
    m_window->workspace()->showNotesTab();
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), 1, 5000);
    QVERIFY2(pane()->delegate()->html(pane()->model()->index(0)).contains(marker),
             qPrintable(pane()->delegate()->html(pane()->model()->index(0))));
}

void TestNotesPane::datesFollowTheCompanysLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("dd.MM.yyyy");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("M/d/yyyy");
}

// One date format everywhere, the company's: the invoice table, the note cards, the composer's
// date editors and the call log — in Germany 11.12.2026, in the US 12/11/2026, never 2026-12-11
// next to 12/11/26.
void TestNotesPane::datesFollowTheCompanysLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, pattern);
    {
        auto db = Database::open(m_path);
        VERIFY_OK(db);
        CompanySettings s = SettingsService(db.value(), 0).company().valueOr({});
        s.companyName = QStringLiteral("Kite Co");
        s.locale = locale;
        VERIFY_OK(SettingsService(db.value(), 0).saveCompany(s));
        db.value()->releaseThreadConnection();
    }
    auto r = m_window->openFile(m_path, QStringLiteral("tester"));
    QVERIFY2(r, qPrintable(r.errorString()));
    auto *model = m_window->clientList()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);

    const QDate due = QDate::currentDate().addDays(-50); // K-1, as init() made it
    const QString dueText = due.toString(pattern);
    auto *invoices = m_window->workspace()->detailsTab()->invoiceModel();
    QTRY_COMPARE_WITH_TIMEOUT(invoices->rowCount(), 1, 5000);
    QCOMPARE(invoices->index(0, InvoiceTableModel::DueDate).data().toString(), dueText);

    auto *next = composer()->findChild<QDateEdit *>(QStringLiteral("nextContact"));
    QCOMPARE(next->displayFormat(), pattern);
    QCOMPARE(next->text(), next->date().toString(pattern));
    auto *when = composer()->findChild<QDateTimeEdit *>(QStringLiteral("occurredAt"));
    QVERIFY2(when->displayFormat().startsWith(pattern + u' '), qPrintable(when->displayFormat()));

    // A note with a next contact: its card says the date the same way.
    m_window->workspace()->showNotesTab();
    composer()->prefill(NoteChannel::Call, QStringLiteral("Pat Doe"));
    composer()->setText(QStringLiteral("Called about K-1."));
    composer()->setOutcome(NoteOutcome::Reached);
    composer()->setNextContact(QDate::currentDate().addDays(3));
    saveAndWait(1);
    const QString card = pane()->delegate()->html(pane()->model()->index(0));
    const QDate nextContact = QDate::currentDate().addDays(3);
    QVERIFY2(card.contains(nextContact.toString(pattern)), qPrintable(card));
    QVERIFY2(!card.contains(nextContact.toString(Qt::ISODate)), qPrintable(card));
}

QTEST_MAIN(TestNotesPane)
#include "tst_notespane.moc"
