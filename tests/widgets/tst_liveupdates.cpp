// SPDX-License-Identifier: MIT
// Live updates and connection loss in team mode (issue 13 items 4 and 8), in the real main window
// (offscreen) against a real PostgreSQL server (a throwaway cluster, tests/support/pgcluster.*).
// The manager's window has a client open with a note selected and half a note typed; a clerk on
// another connection logs a call: within 2 s the manager sees the note in the timeline, the
// client's row and the Today queue updated, with the selection, the list's scroll position and the
// typed text as they were. Then the server stops (immediate mode): the banner says so, a save is
// refused with the reason and the text stays; the server comes back: the banner goes, the same
// save works once, and the record holds every note exactly once with its chain verifying.
#include "core/domain/note.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/services/ledgerservice.h"
#include "core/services/noteservice.h"
#include "core/services/userservice.h"
#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/recordverifier.h"
#include "core/storage/transaction.h"
#include "models/clientlistmodel.h"
#include "models/notetimelinemodel.h"
#include "models/todayqueuemodel.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/dashboardpane.h"
#include "widgets/liveupdates.h"
#include "widgets/mailactions.h"
#include "widgets/mainwindow.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/outboxdialog.h"
#include "widgets/todaypane.h"

#include "support/pgcluster.h"
#include "support/testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ardesk;
using namespace ardesk::test;

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void payloadsParse();
    void clerksCallAppearsInTheManagersWindow();
    void openOutboxShowsAnotherDesksMessage();
    void lostServerPausesSavingAndKeepsTheText();
    void openDashboardFollowsTheLedgerKeepingItsView();
    void clerksWindowLogsACallTheManagersWindowShowsIt();
    /// With ARDESK_SCREENSHOT_DIR set (make screenshots): connection-lost.png, the banner.
    void screenshots();
    void cleanupTestCase();

private:
    NoteComposer *composer() const { return m_window->workspace()->notesPane()->composer(); }
    QPlainTextEdit *typed() const
    {
        return composer()->findChild<QPlainTextEdit *>(QStringLiteral("text"));
    }
    QLabel *banner() const { return m_window->liveUpdates()->banner(); }
    qint64 count(const QString &sql)
    {
        return m_cluster.psql(QStringLiteral("acme"), sql).trimmed().toLongLong();
    }
    /// The Today queue of the window has a row for `clientId`.
    bool todayHas(qint64 clientId) const;
    void openClient(qint64 clientId) { openClientIn(m_window.get(), clientId); }
    void openClientIn(MainWindow *window, qint64 clientId);
    /// Shows `clientId` in `window` as choosing it in the client list does (also when the list,
    /// a clerk's own clients, does not hold it or has it selected already).
    void showClientIn(MainWindow *window, qint64 clientId);

    PgCluster m_cluster;
    std::shared_ptr<Database> m_clerkDb; ///< the clerk's desk: its own connection
    qint64 m_manager = 0, m_clerk = 0, m_acme = 0;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_firstNote = 0;
};

void TestLiveUpdates::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("acme")), qPrintable(m_cluster.errorString()));
    CompanySettings settings;
    settings.companyName = QStringLiteral("Acme Team");
    auto db = CompanyFile::create(m_cluster.url(QStringLiteral("acme")), settings,
                                  QStringLiteral("mona")); // the first user: manager and admin
    VERIFY_OK(db);
    m_clerkDb = db.value();
    auto mona = UserService(m_clerkDb).signIn(QStringLiteral("mona"), UserRole::Manager);
    VERIFY_OK(mona);
    m_manager = mona.value().id;
    auto carl = UserService(m_clerkDb).signIn(QStringLiteral("carl"), UserRole::Clerk);
    VERIFY_OK(carl);
    m_clerk = carl.value().id;
    // Enough clients for the list to scroll; Mona is the clerk of them all (her Today).
    for (int i = 0; i < 80; ++i) {
        Client c = makeClient(QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0')),
                              QStringLiteral("Client %1").arg(i));
        if (i == 40) {
            c.code = QStringLiteral("ACME");
            c.name = QStringLiteral("Acme Corp");
        }
        c.assignedUserId = m_manager;
        auto id = ClientService(m_clerkDb, m_manager).createClient(c);
        VERIFY_OK(id);
        if (i == 40)
            m_acme = id.value();
    }
    NoteService::Draft first;
    first.note.clientId = m_acme;
    first.note.channel = NoteChannel::Internal;
    first.note.text = QStringLiteral("Account opened");
    auto note = NoteService(m_clerkDb, m_manager).add(first);
    VERIFY_OK(note);
    m_firstNote = note.value().id;
}

void TestLiveUpdates::payloadsParse()
{
    const auto note = Change::parse(QStringLiteral("note:42"));
    QVERIFY(note);
    QCOMPARE(note->kind, Change::Kind::Note);
    QCOMPARE(note->clientId, qint64(42));
    QVERIFY(!note->allClients);
    const auto bulk = Change::parse(QStringLiteral("invoice:*"));
    QVERIFY(bulk && bulk->allClients && bulk->kind == Change::Kind::Invoice);
    QCOMPARE(Change::parse(QStringLiteral("outbox:0"))->clientId, qint64(0));
    QVERIFY(!Change::parse(QStringLiteral("weather:3")));
    QVERIFY(!Change::parse(QStringLiteral("note:")));
    QVERIFY(!Change::parse(QStringLiteral("note:-3")));
    QVERIFY(!Change::parse(QStringLiteral("note")));
}

bool TestLiveUpdates::todayHas(qint64 clientId) const
{
    const auto *model = m_window->workspace()->todayPane()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TodayQueueModel::ClientIdRole).toLongLong() == clientId)
            return true;
    }
    return false;
}

void TestLiveUpdates::openClientIn(MainWindow *window, qint64 clientId)
{
    ClientListModel *model = window->clientList()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfClient(clientId) >= 0, 10000);
    QSignalSpy shown(window, &MainWindow::clientShown);
    window->clientList()->view()->setCurrentIndex(model->index(model->rowOfClient(clientId), 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toLongLong() == clientId,
                             10000);
    window->workspace()->showNotesTab();
}

void TestLiveUpdates::showClientIn(MainWindow *window, qint64 clientId)
{
    QSignalSpy shown(window, &MainWindow::clientShown);
    Q_EMIT window->clientList()->clientSelected(clientId);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toLongLong() == clientId,
                             10000);
    window->workspace()->showNotesTab();
}

void TestLiveUpdates::clerksCallAppearsInTheManagersWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setAutomaticBackupsEnabled(false);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    VERIFY_OK(m_window->openFile(m_cluster.url(QStringLiteral("acme")), QStringLiteral("mona")));
    QVERIFY(m_window->liveUpdates()->feed());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->liveUpdates()->feed()->state(), ChangeFeed::State::Live,
                              10000);
    openClient(m_acme);
    NotesPane *notes = m_window->workspace()->notesPane();
    QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), 1, 10000);
    // The manager reads the first note and is half-way through typing one of her own.
    notes->view()->setCurrentIndex(notes->model()->index(0, 0));
    typed()->setFocus();
    QTest::keyClicks(typed(), QStringLiteral("Spoke to their CFO, they want a statement"));
    const QString half = typed()->toPlainText();
    QVERIFY(!todayHas(m_acme));
    // The list scrolled away from the top, the client still selected.
    QTableView *list = m_window->clientList()->view();
    QTRY_VERIFY_WITH_TIMEOUT(list->verticalScrollBar()->maximum() > 0, 10000);
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum() / 2);
    const int scrolled = list->verticalScrollBar()->value();
    ClientListModel *model = m_window->clientList()->model();
    const int acmeRow = model->rowOfClient(m_acme);
    QVERIFY(!model->index(acmeRow, ClientListModel::NextContact)
                     .data(ClientListModel::SortRole)
                     .toDate()
                     .isValid());

    // Carl logs a call on ACME at his own desk, with a follow-up today.
    NoteService::Draft call;
    call.note.clientId = m_acme;
    call.note.channel = NoteChannel::Call;
    call.note.outcome = NoteOutcome::Reached;
    call.note.text = QStringLiteral("Dana says the check is in the mail");
    call.note.nextContactDate = m_clerkDb->today();
    VERIFY_OK(NoteService(m_clerkDb, m_clerk).add(call));

    // Within 2 s (the user-visible promise) the manager's window shows it...
    QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), 2, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOfClient(m_acme), ClientListModel::NextContact)
                                      .data(ClientListModel::SortRole)
                                      .toDate(),
                              m_clerkDb->today(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(todayHas(m_acme), 2000);
    bool seen = false;
    for (const auto &entry : notes->model()->entries())
        seen = seen || entry.note.text == call.note.text;
    QVERIFY(seen);
    // ...and nothing the manager was doing moved.
    QCOMPARE(m_window->clientList()->currentClientId(), m_acme);
    QVERIFY(list->selectionModel()->isRowSelected(model->rowOfClient(m_acme), QModelIndex()));
    QCOMPARE(list->verticalScrollBar()->value(), scrolled);
    QCOMPARE(m_window->workspace()->clientId(), m_acme);
    QCOMPARE(notes->view()->currentIndex().data(NoteTimelineModel::NoteIdRole).toLongLong(),
             m_firstNote);
    QCOMPARE(typed()->toPlainText(), half);
    QVERIFY(!banner()->isVisibleTo(m_window.get()));
}

void TestLiveUpdates::openOutboxShowsAnotherDesksMessage()
{
    QVERIFY(m_window);
    m_window->mailActions()->showOutbox();
    OutboxDialog *dialog = m_window->mailActions()->outboxDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableView *>();
    QVERIFY(table && table->model());
    QTest::qWait(500); // its first load
    QCOMPARE(table->model()->rowCount(), 0);
    // Carl queues a message at his desk.
    OutboxMessage message;
    message.clientId = m_acme;
    message.messageId = QStringLiteral("live-1@acme.example");
    message.fromAddress = QStringLiteral("carl@acme.example");
    message.recipients = {QStringLiteral("dana@client.example")};
    message.subject = QStringLiteral("Your statement");
    message.eml = QByteArrayLiteral("Subject: Your statement\r\n\r\nHello\r\n");
    message.createdBy = m_clerk;
    VERIFY_OK(inTransaction(*m_clerkDb, [&] { return Outbox(*m_clerkDb).insert(message); }));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 2000);
    dialog->close();
}

void TestLiveUpdates::lostServerPausesSavingAndKeepsTheText()
{
    QVERIFY(m_window);
    NotesPane *notes = m_window->workspace()->notesPane();
    const QString half = typed()->toPlainText();
    QVERIFY(!half.isEmpty());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM notes"));
    QCOMPARE(before, qint64(2));

    QVERIFY2(m_cluster.halt(), qPrintable(m_cluster.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisibleTo(m_window.get()), 5000);
    QVERIFY2(banner()->text().contains(QStringLiteral("lost — retrying")),
             qPrintable(banner()->text()));
    QVERIFY(banner()->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_cluster.port())));

    // A save now is refused whole, says why, and the text stays in the composer.
    composer()->setOutcome(NoteOutcome::Reached);
    composer()->setNoFollowUp(true);
    auto *save = composer()->findChild<QPushButton *>(QStringLiteral("saveNoteButton"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(composer()->errorText().contains(QStringLiteral("is lost")), 10000);
    QVERIFY2(composer()->errorText().contains(QStringLiteral("nothing was saved")),
             qPrintable(composer()->errorText()));
    QVERIFY(composer()->isEnabled());
    QCOMPARE(typed()->toPlainText(), half);
    QCOMPARE(notes->model()->rowCount(), 2);

    // The server comes back: the banner goes by itself and the same save works, once.
    QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisibleTo(m_window.get()), 15000);
    QCOMPARE(m_window->liveUpdates()->feed()->state(), ChangeFeed::State::Live);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), before);
    QCOMPARE(typed()->toPlainText(), half);
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), 3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(typed()->toPlainText(), QString(), 5000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), before + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM note_revisions")), before + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes n JOIN note_revisions r ON "
                                  "r.note_id = n.id WHERE r.body = '")
                   + half + QStringLiteral("'")),
             qint64(1));
    // The clerk's desk, whose connection the restart cut too, connects again and verifies.
    auto report = RecordVerifier(*m_clerkDb).verify();
    VERIFY_OK(report);
    QVERIFY2(report.value().ok(), qPrintable(report.value().problems.value(0).message));
    QCOMPARE(report.value().revisions, before + 1);
}

void TestLiveUpdates::openDashboardFollowsTheLedgerKeepingItsView()
{
    // The manager has the dashboard open; Carl enters an invoice and then a payment at his desk:
    // each shows on her dashboard within 2 s, computed again on the worker without the progress
    // bar, with the measure she chose, the account she selected and the place she scrolled to.
    QVERIFY(m_window);
    m_window->resize(1000, 520); // so that the dashboard scrolls
    DashboardPane *pane = m_window->dashboard();
    QSignalSpy loaded(pane, &DashboardPane::loaded);
    m_window->showDashboard();
    QVERIFY(loaded.wait(30000));
    const QString usd = QStringLiteral("USD");
    const QString empty = pane->tileText(DashboardPane::Tile::Ar, usd);
    pane->measureBox()->setCurrentIndex(1); // calls only

    Invoice invoice = makeInvoice(m_acme, QStringLiteral("INV-LIVE-1"),
                                  m_clerkDb->today().addDays(-40), 1234500);
    VERIFY_OK(ClientService(m_clerkDb, m_clerk).addInvoice(invoice));
    QTRY_VERIFY_WITH_TIMEOUT(pane->tileText(DashboardPane::Tile::Ar, usd) != empty, 2000);
    QCOMPARE(DashboardService::Dashboard::kpiOf(pane->dashboard().kpis, usd)
                     .value_or(Kpi {})
                     .arTotal,
             qint64(1234500));
    QVERIFY(!pane->isLoading());
    const QString owed = pane->tileText(DashboardPane::Tile::Ar, usd);
    QTableWidget *top = pane->topOverdueTable();
    int acmeRow = -1;
    for (int row = 0; row < top->rowCount(); ++row)
        if (top->item(row, 0)->data(Qt::UserRole).toLongLong() == m_acme)
            acmeRow = row;
    QVERIFY(acmeRow >= 0);
    top->selectRow(acmeRow);
    auto *scroll = pane->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY_WITH_TIMEOUT(scroll->verticalScrollBar()->maximum() > 0, 5000);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
    const int scrolled = scroll->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    auto *progress = pane->findChild<QProgressBar *>(QStringLiteral("dashboardProgress"));
    QVERIFY(progress);
    bool progressShown = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { progressShown |= progress->isVisible(); });
    watch.start(10);
    Payment payment;
    payment.clientId = m_acme;
    payment.date = m_clerkDb->today();
    payment.amountMinor = 234500;
    payment.currency = usd;
    VERIFY_OK(LedgerService(m_clerkDb, m_clerk).recordPaymentOldestFirst(payment));
    QTRY_VERIFY_WITH_TIMEOUT(pane->tileText(DashboardPane::Tile::Ar, usd) != owed, 2000);
    watch.stop();
    const auto kpi = DashboardService::Dashboard::kpiOf(pane->dashboard().kpis, usd);
    QVERIFY(kpi);
    QCOMPARE(kpi->arTotal, qint64(1000000)); // 12,345.00 invoiced, 2,345.00 paid
    QVERIFY(!progressShown);
    QCOMPARE(pane->measureBox()->currentIndex(), 1);
    QVERIFY(top->selectionModel()->hasSelection());
    QCOMPARE(top->item(top->currentRow(), 0)->data(Qt::UserRole).toLongLong(), m_acme);
    QCOMPARE(scroll->verticalScrollBar()->value(), scrolled);

    // A new contact moves no figure of the dashboard: it is not computed again for it (it was,
    // for any change of a client's data); the next payment is followed as before.
    QSignalSpy recomputed(pane, &DashboardPane::loaded);
    Contact contact;
    contact.clientId = m_acme;
    contact.name = QStringLiteral("Dora Live");
    contact.email = QStringLiteral("dora@acme.example");
    VERIFY_OK(ClientService(m_clerkDb, m_clerk).addContact(contact));
    QTest::qWait(LiveUpdates::kDebounceMs + 1500);
    QCOMPARE(recomputed.count(), 0);
    payment.amountMinor = 100000;
    VERIFY_OK(LedgerService(m_clerkDb, m_clerk).recordPaymentOldestFirst(payment));
    QVERIFY(recomputed.wait(2000));
    QTRY_COMPARE_WITH_TIMEOUT(DashboardService::Dashboard::kpiOf(pane->dashboard().kpis, usd)
                                      .value_or(Kpi {})
                                      .arTotal,
                              qint64(900000), 2000);
    m_window->resize(1200, 800);
}

void TestLiveUpdates::clerksWindowLogsACallTheManagersWindowShowsIt()
{
    // Issue 13's "done when", two windows on one team database: Carl logs a call in his window,
    // Mona's window (its own connections) shows it within 2 s, her selected note still selected.
    QVERIFY(m_window);
    showClientIn(m_window.get(), m_acme);
    NotesPane *notes = m_window->workspace()->notesPane();
    QTRY_VERIFY_WITH_TIMEOUT(notes->model()->rowCount() >= 2, 10000);
    const int before = notes->model()->rowCount();
    const int firstRow = before - 1; // newest first: the oldest note is the last row
    notes->view()->setCurrentIndex(notes->model()->index(firstRow, 0));
    QCOMPARE(notes->view()->currentIndex().data(NoteTimelineModel::NoteIdRole).toLongLong(),
             m_firstNote);

    auto carl = std::make_unique<MainWindow>();
    carl->setAutomaticBackupsEnabled(false);
    carl->resize(1200, 800);
    carl->show();
    QVERIFY(QTest::qWaitForWindowExposed(carl.get()));
    VERIFY_OK(carl->openFile(m_cluster.url(QStringLiteral("acme")), QStringLiteral("carl")));
    showClientIn(carl.get(), m_acme);
    NotesPane *carlsNotes = carl->workspace()->notesPane();
    QTRY_COMPARE_WITH_TIMEOUT(carlsNotes->model()->rowCount(), before, 10000);
    NoteComposer *composer = carlsNotes->composer();
    QCOMPARE(composer->findChild<QComboBox *>(QStringLiteral("channel"))->currentData().toString(),
             toString(NoteChannel::Call));
    const QString text = QStringLiteral("Called Dana: the second check goes out Monday");
    composer->setText(text);
    composer->setOutcome(NoteOutcome::Reached);
    composer->setNoFollowUp(true);
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("saveNoteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(carlsNotes->model()->rowCount(), before + 1, 10000);

    QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), before + 1, 2000);
    bool seen = false;
    for (const auto &entry : notes->model()->entries())
        seen = seen
                || (entry.note.text == text && entry.note.channel == NoteChannel::Call
                    && entry.note.authorId == m_clerk);
    QVERIFY(seen);
    QCOMPARE(m_window->workspace()->clientId(), m_acme);
    QCOMPARE(notes->view()->currentIndex().data(NoteTimelineModel::NoteIdRole).toLongLong(),
             m_firstNote);
    carl.reset();
}

void TestLiveUpdates::screenshots()
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("ARDESK_SCREENSHOT_DIR not set");
    QVERIFY(m_window);
    typed()->setFocus();
    QTest::keyClicks(typed(), QStringLiteral("Promised the balance by Friday, wants a copy"));
    QVERIFY2(m_cluster.halt(), qPrintable(m_cluster.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisibleTo(m_window.get()), 5000);
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/connection-lost.png")));
    QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisibleTo(m_window.get()), 15000);

    // team-audit-trail.png: the company-wide trail of a team database, with a user added (and
    // their login) and given another role.
    User nina;
    nina.name = QStringLiteral("nina.park");
    nina.displayName = QStringLiteral("Nina Park");
    nina.roles = UserRole::Sales;
    VERIFY_OK(UserService(m_clerkDb).add(nina, m_manager, QStringLiteral("Nina-pw-2026")));
    nina.roles = UserRole::Clerk;
    VERIFY_OK(UserService(m_clerkDb).update(nina, m_manager));
    auto *audit = m_window->findChild<QAction *>(QStringLiteral("auditTrailAction"));
    QVERIFY(audit && audit->isEnabled());
    audit->trigger();
    QWidget *trail = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (trail = m_window->findChild<QWidget *>(QStringLiteral("AuditTrailDialog"))), 5000);
    trail->resize(1100, 560);
    QTest::qWait(1500); // its first page
    QVERIFY(trail->grab().save(dir + QStringLiteral("/team-audit-trail.png")));
    trail->close();
}

void TestLiveUpdates::cleanupTestCase()
{
    m_window.reset();
    if (m_clerkDb)
        m_clerkDb->releaseThreadConnection();
    m_clerkDb.reset();
}

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
