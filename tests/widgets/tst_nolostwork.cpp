// SPDX-License-Identifier: MIT
// No lost work: a half-typed note survives switching client, closing the window and opening
// another file (a draft per client and user in the company file, restored with a visible line
// and a Discard button); the call log asks before a dialled call or typed words are thrown away;
// the note's "When" follows the clock until the clerk sets it — on the real main window over a
// real company file (offscreen), on a fixed clock.
#include "core/support/timeutil.h"
#include "models/clientlistmodel.h"
#include "models/notetimelinemodel.h"
#include "models/todayqueuemodel.h"
#include "widgets/calllogdialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/mainwindow.h"
#include "widgets/noteactions.h"
#include "widgets/notecomposer.h"
#include "widgets/notedraftkeeper.h"
#include "widgets/notespane.h"
#include "widgets/todaypane.h"
#include "widgets/userchooserdialog.h"

#include "support/workflowsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

namespace {

/// Answers the next modal question box that shows up: records what it asked and which button
/// was its default, then presses `key` (Return: the default button) or clicks the named button.
class QuestionAnswerer : public QObject
{
public:
    explicit QuestionAnswerer(QString button)
        : m_button(std::move(button))
    {
        connect(&m_poll, &QTimer::timeout, this, &QuestionAnswerer::poll);
        m_poll.start(20);
    }
    bool asked = false;
    QString text;
    QString defaultButton;

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_poll.stop();
        asked = true;
        text = box->text();
        defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
        if (m_button.isEmpty()) {
            QTest::keyClick(box, Qt::Key_Return);
        } else if (auto *b = box->findChild<QPushButton *>(m_button)) {
            b->click();
        }
    }
    QString m_button; ///< empty: press Return
    QTimer m_poll;
};

/// Picks `name` in the next "Who is working?" dialog that shows up.
class UserPicker : public QObject
{
public:
    explicit UserPicker(QString name)
        : m_name(std::move(name))
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<UserChooserDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_poll.stop();
            dialog->findChild<QComboBox *>()->setCurrentText(m_name);
            dialog->accept();
        });
        m_poll.start(20);
    }

private:
    QString m_name;
    QTimer m_poll;
};

QDateTime toMinute(QDateTime t)
{
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}

} // namespace

class TestNoLostWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedNoteComesBackAfterSwitchingClient();
    void typedNoteSurvivesClosingTheWindow();
    void typedNoteSurvivesOpeningAnotherFile();
    void draftIsKeptWhileTypingAndGoneWhenTheNoteIsSaved();
    void discardThrowsTheDraftAway();
    void draftsAreEachUsersOwn();
    void switchingUserKeepsEachOnesDraft();
    void logACallLeavesTheNoteBeingWritten();
    void callLogAsksBeforeTypedWorkIsLost();
    void callLogAsksOnlyWhenSomethingWouldBeLost();
    void closingTheWindowAsksAboutAnOpenCallLog();
    void whenFollowsTheClockUntilTheClerkSetsIt();
    void discardedCallStaysInTodayUntilLogged();
    void noCallTookPlaceTakesItOffToday();
    void anInterruptedEmailWaitsInTodayForTheClerksDecision();

private:
    void openWindow(const QString &user);
    /// Selects the client in the list (as a click would) and waits until it is shown.
    void openClient(qint64 clientId);
    NoteComposer *composer() const { return m_window->workspace()->notesPane()->composer(); }
    QPlainTextEdit *text() const
    {
        return composer()->findChild<QPlainTextEdit *>(QStringLiteral("text"));
    }
    void typeNote(const QString &words);
    Contact contactOfShownClient() const
    {
        return m_window->workspace()->detailsTab()->details().contacts.value(0);
    }
    qint64 count(const QString &sql) const { return readValue(m_co.path, sql).toLongLong(); }
    /// The texts of the Today reasons of `kind` for `clientId` (the window's Today pane).
    QStringList todayReasons(qint64 clientId, const QString &kind) const;
    /// Dials the shown client's first contact and discards the call log (asked first).
    void dialAndDiscard();
    void screenshot(QWidget *w, const QString &name);

    const QDate kToday {2026, 12, 7};
    ScratchDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    WorkflowCompany m_co;
    qint64 m_a = 0, m_b = 0;
    qint64 m_invoiceA = 0;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_dialled;
};

void TestNoLostWork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
}

void TestNoLostWork::init()
{
    QVERIFY(m_dir.renew());
    m_clock = FixedClock::atNoon(kToday);
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("drafts.ardesk")), m_clock));
    m_a = m_co.client(QStringLiteral("ALFA"));
    m_b = m_co.client(QStringLiteral("BRAVO"));
    QVERIFY(m_a && m_b);
    m_invoiceA = m_co.invoice(m_a, QStringLiteral("A-1"), kToday.addDays(-20), 480000);
    QVERIFY(m_invoiceA);
    QVERIFY(m_co.invoice(m_b, QStringLiteral("B-1"), kToday.addDays(-3), 25000));
    m_co.db->releaseThreadConnection();
    m_co.db.reset();
    openWindow(QStringLiteral("ann"));
}

void TestNoLostWork::cleanup()
{
    m_window.reset();
    m_dir.remove();
}

void TestNoLostWork::openWindow(const QString &user)
{
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto r = m_window->openFile(m_co.path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    m_dialled.clear();
    m_window->noteActions()->setUrlOpener([this](const QUrl &url) {
        m_dialled << url;
        return true;
    });
}

void TestNoLostWork::openClient(qint64 clientId)
{
    ClientListModel *model = m_window->clientList()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfClient(clientId) >= 0, 5000);
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    m_window->clientList()->view()->setCurrentIndex(model->index(model->rowOfClient(clientId), 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toLongLong() == clientId,
                             5000);
    QCOMPARE(m_window->workspace()->clientId(), clientId);
    m_window->workspace()->showNotesTab();
}

void TestNoLostWork::typeNote(const QString &words)
{
    text()->setFocus();
    QTest::keyClicks(text(), words);
}

void TestNoLostWork::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(150);
        QVERIFY(w->grab().save(dir + u'/' + name));
    }
}

void TestNoLostWork::typedNoteComesBackAfterSwitchingClient()
{
    openClient(m_a);
    // Half a promise-to-pay note: words, an outcome, the template with a field, an invoice and
    // the next contact.
    typeNote(QStringLiteral("Pat says the cheque goes out Friday"));
    composer()->prefill(NoteChannel::Meeting, QStringLiteral("Pat ALFA"));
    composer()->setOutcome(NoteOutcome::Promised);
    composer()->setTemplate(QStringLiteral("promise-to-pay"));
    composer()->setFieldText(QStringLiteral("amount"), QStringLiteral("4800.00"));
    composer()->setInvoiceLinked(m_invoiceA, true);
    composer()->setNextContact(kToday.addDays(4));

    openClient(m_b); // another client: a clean form, no draft of theirs
    QCOMPARE(text()->toPlainText(), QString());
    QVERIFY(!composer()->isShowingRestoredDraft());

    openClient(m_a); // back: everything as it was, and said so
    QCOMPARE(text()->toPlainText(), QStringLiteral("Pat says the cheque goes out Friday"));
    auto combo = [this](const char *name) {
        return composer()->findChild<QComboBox *>(QLatin1String(name));
    };
    QCOMPARE(combo("channel")->currentData().toString(), QStringLiteral("meeting"));
    QCOMPARE(combo("contact")->currentText(), QStringLiteral("Pat ALFA"));
    QCOMPARE(combo("outcome")->currentData().toString(), QStringLiteral("promised"));
    QCOMPARE(combo("template")->currentData().toString(), QStringLiteral("promise-to-pay"));
    QCOMPARE(composer()->findChild<QLineEdit *>(QStringLiteral("field_amount"))->text(),
             QStringLiteral("4800.00"));
    QCOMPARE(composer()->unsavedDraft().invoiceIds, QList<qint64> {m_invoiceA});
    QVERIFY(composer()->findChild<QCheckBox *>(QStringLiteral("followUp"))->isChecked());
    QCOMPARE(composer()->unsavedDraft().nextContactDate, kToday.addDays(4));
    QVERIFY(composer()->isShowingRestoredDraft());
    auto *line = composer()->findChild<QLabel *>(QStringLiteral("draftRestored"));
    QVERIFY(line->isVisible());
    const QString savedAt
            = m_clock->nowIn(QTimeZone::systemTimeZone()).toString(QStringLiteral("HH:mm"));
    QVERIFY2(line->text().startsWith(QStringLiteral("Draft restored — saved ") + savedAt),
             qPrintable(line->text()));
    QVERIFY(composer()
                    ->findChild<QPushButton *>(QStringLiteral("discardDraftButton"))
                    ->isVisible());
    screenshot(m_window->workspace(), QStringLiteral("draft-restored.png"));

    // A draft is not a note: nothing in the record, nothing audited.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity LIKE '%draft%'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 1); // B had nothing
}

void TestNoLostWork::typedNoteSurvivesClosingTheWindow()
{
    openClient(m_a);
    typeNote(QStringLiteral("Left a voicemail for Pat"));
    // Quit at once (Ctrl+Q closes the window): no time for the typing pause to keep it.
    QVERIFY(m_window->close());
    m_window.reset();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 1);

    openWindow(QStringLiteral("ann"));
    openClient(m_a);
    QCOMPARE(text()->toPlainText(), QStringLiteral("Left a voicemail for Pat"));
    QVERIFY(composer()->isShowingRestoredDraft());
}

void TestNoLostWork::typedNoteSurvivesOpeningAnotherFile()
{
    openClient(m_a);
    typeNote(QStringLiteral("Asked for the remittance advice"));
    // File > New: another company file takes the window.
    const QString other = m_dir.filePath(QStringLiteral("other.ardesk"));
    auto created = m_window->newFile(other, QStringLiteral("ann"));
    QVERIFY2(created, qPrintable(created.errorString()));
    QCOMPARE(m_window->currentFile(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(readValue(other, QStringLiteral("SELECT count(*) FROM note_drafts")).toInt(), 0);

    auto back = m_window->openFile(m_co.path, QStringLiteral("ann"));
    QVERIFY2(back, qPrintable(back.errorString()));
    openClient(m_a);
    QCOMPARE(text()->toPlainText(), QStringLiteral("Asked for the remittance advice"));
}

void TestNoLostWork::draftIsKeptWhileTypingAndGoneWhenTheNoteIsSaved()
{
    openClient(m_a);
    typeNote(QStringLiteral("Reached Pat; paying A-1 next week"));
    // A moment after the last keystroke the draft is in the file (a crash loses nothing).
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 1, 5000);
    QVERIFY(readValue(m_co.path, QStringLiteral("SELECT body_json FROM note_drafts"))
                    .toString()
                    .contains(QStringLiteral("paying A-1 next week")));

    composer()->setOutcome(NoteOutcome::Reached);
    composer()->setNoFollowUp(true);
    composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM notes")), 1, 5000);
    QCOMPARE(composer()->errorText(), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(text()->toPlainText(), QString(), 5000);

    openClient(m_b);
    openClient(m_a);
    QCOMPARE(text()->toPlainText(), QString());
    QVERIFY(!composer()->isShowingRestoredDraft());
    QTest::qWait(NoteDraftKeeper::kKeepAfterMs + 500); // nothing comes back later
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 0);
}

void TestNoLostWork::discardThrowsTheDraftAway()
{
    openClient(m_a);
    typeNote(QStringLiteral("Not worth keeping"));
    openClient(m_b);
    openClient(m_a);
    QVERIFY(composer()->isShowingRestoredDraft());
    auto *discard = composer()->findChild<QPushButton *>(QStringLiteral("discardDraftButton"));
    discard->click();
    QCOMPARE(text()->toPlainText(), QString());
    QVERIFY(!composer()->isShowingRestoredDraft());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 0, 5000);
    openClient(m_b);
    openClient(m_a);
    QCOMPARE(text()->toPlainText(), QString());
    QVERIFY(!composer()->isShowingRestoredDraft());
}

void TestNoLostWork::draftsAreEachUsersOwn()
{
    openClient(m_a);
    typeNote(QStringLiteral("Ann's words"));
    QVERIFY(m_window->close());
    m_window.reset();

    openWindow(QStringLiteral("mia")); // the manager opens the same client
    openClient(m_a);
    QCOMPARE(text()->toPlainText(), QString());
    QVERIFY(!composer()->isShowingRestoredDraft());
    typeNote(QStringLiteral("Mia's words"));
    QVERIFY(m_window->close());
    m_window.reset();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM note_drafts")), 2);

    openWindow(QStringLiteral("ann"));
    openClient(m_a);
    QCOMPARE(text()->toPlainText(), QStringLiteral("Ann's words"));
}

void TestNoLostWork::switchingUserKeepsEachOnesDraft()
{
    QAction *switchUser = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Switch user…"))
            switchUser = a;
    }
    QVERIFY(switchUser);
    openClient(m_a);
    typeNote(QStringLiteral("Ann's half note"));
    {
        UserPicker mia(QStringLiteral("mia"));
        switchUser->trigger(); // File > Switch user…: the manager takes the desk
    }
    QCOMPARE(m_window->currentUser().name, QStringLiteral("mia"));
    QTRY_COMPARE_WITH_TIMEOUT(text()->toPlainText(), QString(), 5000);
    QVERIFY(!composer()->isShowingRestoredDraft());
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM note_drafts d JOIN users "
                                                   "u ON u.id = d.user_id WHERE u.name = 'ann'")),
                              1, 5000);
    {
        UserPicker ann(QStringLiteral("ann"));
        switchUser->trigger();
    }
    QTRY_COMPARE_WITH_TIMEOUT(text()->toPlainText(), QStringLiteral("Ann's half note"), 5000);
    QVERIFY(composer()->isShowingRestoredDraft());
}

void TestNoLostWork::logACallLeavesTheNoteBeingWritten()
{
    openClient(m_a);
    typeNote(QStringLiteral("Half a note about A-1"));
    m_window->logCallOnShownClient(); // Ctrl+L: not a new note over the one being written
    QCOMPARE(text()->toPlainText(), QStringLiteral("Half a note about A-1"));
    // With nothing typed it gets a call note ready as before.
    text()->clear();
    m_window->logCallOnShownClient();
    QCOMPARE(composer()->findChild<QComboBox *>(QStringLiteral("contact"))->currentText(),
             QStringLiteral("Pat ALFA"));
}

void TestNoLostWork::callLogAsksBeforeTypedWorkIsLost()
{
    openClient(m_a);
    const Contact pat = contactOfShownClient();
    m_window->noteActions()->call(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QCOMPARE(m_dialled.size(), 1);
    QPointer<CallLogDialog> log = m_window->noteActions()->callLog();
    log->setText(QStringLiteral("Pat will pay half now"));

    {
        QuestionAnswerer enter((QString())); // Return: the default answer
        QTest::keyClick(log, Qt::Key_Escape);
        QVERIFY(enter.asked);
        // Issue 12: the dialled call is not lost with its log (it was "will not be recorded",
        // untrue): it stays in Today as not logged.
        QCOMPARE(enter.text,
                 QStringLiteral("Discard this call log? The call stays in Today as not logged "
                                "until you log it or say no call took place."));
        QCOMPARE(enter.defaultButton, QStringLiteral("keepEditingButton"));
    }
    QVERIFY(log && log->isVisible()); // kept: the words are still there
    QCOMPARE(log->findChild<QPlainTextEdit *>(QStringLiteral("text"))->toPlainText(),
             QStringLiteral("Pat will pay half now"));

    {
        QuestionAnswerer discard(QStringLiteral("discardButton"));
        log->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(discard.asked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(log.isNull(), 5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), 0);
    // As the question said, the call itself stays (in Today: discardedCallStaysInTodayUntilLogged).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM call_attempts")), 1);

    // A text is only in its log: discarding it loses it, and the question says so.
    m_window->noteActions()->logText(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> textLog = m_window->noteActions()->callLog();
    textLog->setText(QStringLiteral("Texted Pat the amount"));
    {
        QuestionAnswerer discard(QStringLiteral("discardButton"));
        QTest::keyClick(textLog, Qt::Key_Escape);
        QVERIFY(discard.asked);
        QCOMPARE(discard.text,
                 QStringLiteral("Discard this text log? The text will not be recorded."));
    }
    QTRY_VERIFY_WITH_TIMEOUT(textLog.isNull(), 5000);
}

void TestNoLostWork::callLogAsksOnlyWhenSomethingWouldBeLost()
{
    openClient(m_a);
    const Contact pat = contactOfShownClient();
    // A text log with nothing in it: no question.
    m_window->noteActions()->logText(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> textLog = m_window->noteActions()->callLog();
    {
        QuestionAnswerer none(QStringLiteral("discardButton"));
        QTest::keyClick(textLog, Qt::Key_Escape);
        QVERIFY(!none.asked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(textLog.isNull(), 5000);

    // A call cancelled the moment it opened (a slip of the hand): no question either.
    m_window->noteActions()->call(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> quick = m_window->noteActions()->callLog();
    QVERIFY(!quick->hasUnloggedWork());
    {
        QuestionAnswerer none(QStringLiteral("discardButton"));
        QTest::keyClick(quick, Qt::Key_Escape);
        QVERIFY(!none.asked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(quick.isNull(), 5000);

    // A dialled call whose timer ran, nothing typed: the call itself would be lost — ask.
    m_window->noteActions()->call(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> ran = m_window->noteActions()->callLog();
    QTRY_VERIFY_WITH_TIMEOUT(ran->durationSeconds() >= CallLogDialog::kCallRanSeconds, 10000);
    {
        QuestionAnswerer discard(QStringLiteral("discardButton"));
        QTest::keyClick(ran, Qt::Key_Escape);
        QVERIFY(discard.asked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(ran.isNull(), 5000);
}

void TestNoLostWork::closingTheWindowAsksAboutAnOpenCallLog()
{
    openClient(m_a);
    const Contact pat = contactOfShownClient();
    m_window->noteActions()->call(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    m_window->noteActions()->callLog()->setOutcome(NoteOutcome::LeftVoicemail);
    {
        QuestionAnswerer keep(QStringLiteral("keepEditingButton"));
        QVERIFY(!m_window->close()); // Ctrl+Q: the clerk keeps editing, the window stays
        QVERIFY(keep.asked);
    }
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->noteActions()->callLog()->isVisible());
    {
        QuestionAnswerer discard(QStringLiteral("discardButton"));
        QVERIFY(m_window->close());
        QVERIFY(discard.asked);
    }
}

QStringList TestNoLostWork::todayReasons(qint64 clientId, const QString &kind) const
{
    QStringList out;
    TodayQueueModel *model = m_window->workspace()->todayPane()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const TodayQueue::Row *row = model->rowAt(r);
        for (const TodayQueue::Reason &why : row->reasons) {
            if (row->clientId == clientId && why.kind == kind)
                out << why.text;
        }
    }
    return out;
}

void TestNoLostWork::dialAndDiscard()
{
    const Contact pat = contactOfShownClient();
    m_window->noteActions()->call(pat, pat.phones.value(0));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> log = m_window->noteActions()->callLog();
    log->setText(QStringLiteral("Rang twice"));
    {
        QuestionAnswerer discard(QStringLiteral("discardButton"));
        QTest::keyClick(log, Qt::Key_Escape);
        QVERIFY(discard.asked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(log.isNull(), 5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), 0);
}

// A dialled call whose log was discarded is not lost: it is a Today item of the clerk who
// dialled ("Call to Pat … at 12:00 not logged"), Enter on it opens the account and the call log
// filled in with the contact and the time of the dial; once logged, the item is gone.
void TestNoLostWork::discardedCallStaysInTodayUntilLogged()
{
    openClient(m_a);
    const Contact pat = contactOfShownClient();
    const QDateTime dialledAt = m_clock->now();
    dialAndDiscard();
    QCOMPARE(m_dialled.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM call_attempts")), 1);

    m_window->showToday();
    TodayPane *today = m_window->workspace()->todayPane();
    QTRY_COMPARE_WITH_TIMEOUT(todayReasons(m_a, QStringLiteral("call_not_logged")).size(), 1, 5000);
    const QString item = todayReasons(m_a, QStringLiteral("call_not_logged")).first();
    QVERIFY2(item.startsWith(QStringLiteral("Call to %1 at ").arg(pat.name))
                     && item.endsWith(QStringLiteral(" not logged")),
             qPrintable(item));

    // Enter on it: the account, and the call log of that call (nothing dialled again).
    QVERIFY(today->selectClient(m_a));
    today->view()->setFocus();
    QTest::keyClick(today->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->noteActions()->callLog() != nullptr, 5000);
    QPointer<CallLogDialog> log = m_window->noteActions()->callLog();
    QCOMPARE(m_window->workspace()->clientId(), m_a);
    QVERIFY(log->isResumed());
    QVERIFY(!log->isRunning());
    QCOMPARE(log->startedAt().toUTC(), dialledAt.toUTC());
    QVERIFY2(log->findChild<QLabel *>(QStringLiteral("who"))->text().contains(pat.name),
             qPrintable(log->findChild<QLabel *>(QStringLiteral("who"))->text()));
    QCOMPARE(m_dialled.size(), 1);

    log->setOutcome(NoteOutcome::LeftVoicemail);
    log->setText(QStringLiteral("Left a voicemail for Pat"));
    log->setNoFollowUp(true);
    m_clock->advanceSeconds(600); // logged ten minutes later: it still answers the dial
    QTest::mouseClick(log->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(log.isNull(), 5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), 1);
    m_window->showToday();
    QTRY_VERIFY_WITH_TIMEOUT(todayReasons(m_a, QStringLiteral("call_not_logged")).isEmpty(), 5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM call_attempts")), 1);
}

// "No call took place" on the Today item (its context menu) takes it off for good.
void TestNoLostWork::noCallTookPlaceTakesItOffToday()
{
    openClient(m_a);
    dialAndDiscard();
    m_window->showToday();
    TodayPane *today = m_window->workspace()->todayPane();
    QTRY_COMPARE_WITH_TIMEOUT(todayReasons(m_a, QStringLiteral("call_not_logged")).size(), 1, 5000);
    QVERIFY(today->selectClient(m_a));
    auto *noCall = today->view()->findChild<QAction *>(QStringLiteral("noCallTookPlaceAction"));
    QVERIFY(noCall);
    QVERIFY(today->view()->actions().contains(noCall));
    noCall->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM call_attempts WHERE dismissed_at IS NOT "
                                 "NULL"))
                    == 1,
            5000);
    QTRY_VERIFY_WITH_TIMEOUT(todayReasons(m_a, QStringLiteral("call_not_logged")).isEmpty(), 5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), 0);
}

// An e-mail whose sending was interrupted (delivery unknown) waits in its sender's Today with the
// two safe choices; it is never sent again on its own (#15 item 5).
void TestNoLostWork::anInterruptedEmailWaitsInTodayForTheClerksDecision()
{
    m_window.reset();
    withPlainConnection(m_co.path, [&](QSqlDatabase db) {
        for (qint64 client : {m_a, m_b}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                    "INSERT INTO outbox (client_id, status, message_id, from_addr, recipients, "
                    "subject, eml, eml_sha256, attempts, created_at, created_by) VALUES (?, "
                    "'unknown', ?, 'ar@acme.example', '[\"pat@client.example\"]', 'Open invoices', "
                    "'not parsed', '', 1, '2026-12-07T09:00:00.000Z', (SELECT id FROM users WHERE "
                    "name = 'ann'))"));
            q.addBindValue(client);
            q.addBindValue(QStringLiteral("<m%1@acme.example>").arg(client));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    });
    openWindow(QStringLiteral("ann"));
    m_window->showToday();
    TodayPane *today = m_window->workspace()->todayPane();
    QTRY_COMPARE_WITH_TIMEOUT(todayReasons(m_a, QStringLiteral("email_unknown")).size(), 1, 5000);
    QVERIFY2(todayReasons(m_a, QStringLiteral("email_unknown"))
                     .first()
                     .contains(QLatin1String("may not have gone out")),
             qPrintable(todayReasons(m_a, QStringLiteral("email_unknown")).join(u'|')));
    QCOMPARE(todayReasons(m_b, QStringLiteral("email_unknown")).size(), 1);
    auto *delivered = today->view()->findChild<QAction *>(QStringLiteral("emailDeliveredAction"));
    auto *again = today->view()->findChild<QAction *>(QStringLiteral("emailSendAgainAction"));
    QVERIFY(delivered && again);
    QVERIFY(today->view()->actions().contains(delivered));
    QVERIFY(today->view()->actions().contains(again));
    QVERIFY(today->selectClient(m_a));
    delivered->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'sent'")), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(todayReasons(m_a, QStringLiteral("email_unknown")).isEmpty(), 5000);
    QVERIFY(today->selectClient(m_b));
    again->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'")), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(todayReasons(m_b, QStringLiteral("email_unknown")).isEmpty(), 5000);
}

void TestNoLostWork::whenFollowsTheClockUntilTheClerkSetsIt()
{
    openClient(m_a);
    auto *when = composer()->findChild<QDateTimeEdit *>(QStringLiteral("occurredAt"));
    QCOMPARE(toMinute(when->dateTime()), toMinute(m_clock->nowIn(QTimeZone::systemTimeZone())));
    // Four minutes of talking later the form shows the time it is now...
    m_clock->advanceSeconds(4 * 60 + 20);
    QTRY_COMPARE_WITH_TIMEOUT(when->dateTime(),
                              toMinute(m_clock->nowIn(QTimeZone::systemTimeZone())), 5000);
    // ...and the note saved now is stamped now, not when the form was opened.
    typeNote(QStringLiteral("Reached Pat"));
    composer()->setOutcome(NoteOutcome::Reached);
    composer()->setNoFollowUp(true);
    composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM notes")), 1, 5000);
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT occurred_at FROM note_revisions"))
                     .toString(),
             timeutil::toStorage(m_clock->now()));

    // The clerk sets "When" (a call that was an earlier minute): from then on it stays put.
    QTRY_COMPARE_WITH_TIMEOUT(text()->toPlainText(), QString(), 5000);
    when->setFocus();
    when->setCurrentSection(QDateTimeEdit::MinuteSection);
    QTest::keyClick(when, Qt::Key_Down);
    const QDateTime set = when->dateTime();
    QCOMPARE(set, toMinute(m_clock->nowIn(QTimeZone::systemTimeZone())).addSecs(-60));
    QVERIFY(composer()->isOccurredAtSet());
    typeNote(QStringLiteral("Pat called back"));
    m_clock->advanceSeconds(10 * 60);
    QTest::qWait(1500); // more than a tick of the form's clock
    QCOMPARE(when->dateTime(), set);
    composer()->setOutcome(NoteOutcome::Reached);
    composer()->setNoFollowUp(true);
    composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM notes")), 2, 5000);
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT occurred_at FROM note_revisions ORDER BY id DESC "
                                      "LIMIT 1"))
                     .toString(),
             timeutil::toStorage(set));
}

QTEST_MAIN(TestNoLostWork)
#include "tst_nolostwork.moc"
