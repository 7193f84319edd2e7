// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"

#include "core/mail/mailcontext.h"
#include "core/mail/templaterenderer.h"
#include "core/services/clientservice.h"
#include "core/services/creditservice.h"
#include "core/services/disputeservice.h"
#include "core/services/noteservice.h"
#include "core/services/outboxremindermailer.h"
#include "core/services/promiseservice.h"
#include "core/services/reminderservice.h"
#include "core/services/taskservice.h"
#include "core/services/templateservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/clientdetails.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/contactrepository.h"
#include "core/storage/policyrepository.h"
#include "core/storage/templaterepository.h"
#include "core/storage/todayqueue.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/storage/workflowsettings.h"
#include "core/support/log.h"
#include "core/support/paths.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "models/todayqueuemodel.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clienteditdialog.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/companysettingsdialog.h"
#include "widgets/importdialog.h"
#include "widgets/ledgeractions.h"
#include "widgets/mailactions.h"
#include "widgets/noteactions.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/policiesdialog.h"
#include "widgets/remindersdialog.h"
#include "widgets/searchdialog.h"
#include "widgets/templatesdialog.h"
#include "widgets/todaypane.h"
#include "widgets/userchooserdialog.h"
#include "widgets/worklistsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>

namespace ardesk {
namespace {

constexpr int kMaxRecent = 8;

QString userKeyFor(const QString &path)
{
    return QStringLiteral("users/")
            + QString::fromLatin1(
                    QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

/// Where the clients a user marked done in today's queue are remembered (per file, user and
/// day), so a refresh or a restart does not bring them back until tomorrow.
QString doneTodayKey(const QString &path, const QString &user, const QDate &day)
{
    return QStringLiteral("today/%1/%2/%3")
            .arg(QString::fromLatin1(
                         QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex()),
                 user, day.toString(Qt::ISODate));
}

struct SaveResult
{
    QString error;
    bool changedElsewhere = false; ///< another copy was saved first (optimistic lock)
    qint64 id = 0;
};

struct DetailsResult
{
    std::optional<ClientDetails> details;
    QList<NoteService::Entry> notes;
    QList<NoteTemplate> templates;
    std::optional<ChaseExplanation> chase;
    QString error;
};

struct TodayResult
{
    QList<TodayQueue::Row> rows;
    QString error;
};

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(std::move(clock))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new ClientListPane(m_splitter))
    , m_workspace(new ClientWorkspace(m_clock, m_splitter))
    , m_userLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ardesk/icons/ardesk.svg")));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_splitter);
    m_userLabel->setObjectName(QStringLiteral("currentUserLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();
    connect(m_list, &ClientListPane::clientSelected, this, &MainWindow::showClient);
    connect(m_workspace->todayPane(), &TodayPane::openRequested, this, &MainWindow::showClient);
    connect(m_workspace->detailsTab(), &ClientDetailsTab::disputeRequested, this,
            &MainWindow::openDispute);
    auto *details = m_workspace->detailsTab();
    connect(details, &ClientDetailsTab::creditHoldRequested, this, [this](qint64 clientId) {
        bool ok = false;
        const QString reason = QInputDialog::getText(
                this, tr("Put on credit hold"),
                tr("Why is this client going on hold? (everyone who opens the client sees it)"),
                QLineEdit::Normal, QString(), &ok);
        if (ok)
            setCreditHold(clientId, true, reason, [this](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::warning(this, tr("Credit hold"), error);
            });
    });
    connect(details, &ClientDetailsTab::creditReleaseRequested, this, [this](qint64 clientId) {
        if (QMessageBox::question(this, tr("Release credit hold"),
                                  tr("Lift the credit hold on this client?"))
            != QMessageBox::Yes)
            return;
        setCreditHold(clientId, false, QString(), [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Credit hold"), error);
        });
    });

    m_ledgerActions = new LedgerActions(this);
    m_noteActions = new NoteActions(this);
    m_mailActions = new MailActions(this);
    connect(m_noteActions, &NoteActions::recapRequested, m_mailActions, [this](qint64 contactId) {
        m_mailActions->compose(contactId, {}, QStringLiteral("call-recap"));
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray split = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({820, 580});
    retranslateUi();
    updateRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Views first, then the models, then the worker (joins its thread).
    delete m_search; // its model posts to the worker
    m_list->setModel(nullptr);
    delete m_model;
    delete m_worker;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/file-new.svg")),
                                        QString(), this, &MainWindow::newInteractively);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/file-open.svg")),
                                         QString(), this, &MainWindow::openInteractively);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/import.svg")),
                                           QString(), this, &MainWindow::importCsv);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    m_settingsAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/settings.svg")),
                                             QString(), this, &MainWindow::editCompanySettings);
    m_emailSettingsAction = m_fileMenu->addAction(
            QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")), QString(), this, [this] {
                if (m_mailActions)
                    m_mailActions->editSettings();
            });
    m_emailSettingsAction->setObjectName(QStringLiteral("emailSettingsAction"));
    m_outboxAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_mailActions)
            m_mailActions->showOutbox();
    });
    m_outboxAction->setObjectName(QStringLiteral("outboxAction"));
    m_templatesAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/note.svg")),
                                              QString(), this, &MainWindow::editTemplates);
    m_templatesAction->setObjectName(QStringLiteral("templatesAction"));
    m_policiesAction = m_fileMenu->addAction(QString(), this, &MainWindow::editPolicies);
    m_policiesAction->setObjectName(QStringLiteral("policiesAction"));
    m_switchUserAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/user.svg")),
                                               QString(), this, &MainWindow::switchUser);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/quit.svg")),
                                         QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_clientMenu = menuBar()->addMenu(QString());
    m_newClientAction
            = m_clientMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/client.svg")), QString(),
                                      this, &MainWindow::newClientInteractively);
    m_newClientAction->setObjectName(QStringLiteral("newClientAction"));
    m_newClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editClientAction
            = m_clientMenu->addAction(QString(), this, &MainWindow::editClientInteractively);
    m_editClientAction->setObjectName(QStringLiteral("editClientAction"));
    m_editClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_clientMenu->addSeparator();
    m_archiveClientAction
            = m_clientMenu->addAction(QString(), this, &MainWindow::archiveClientInteractively);
    m_archiveClientAction->setObjectName(QStringLiteral("archiveClientAction"));
    m_searchAction
            = m_clientMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/search.svg")), QString(),
                                      this, [this] { showSearch(SearchScope::AllClients); });
    m_searchAction->setObjectName(QStringLiteral("searchNotesAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_emailClientAction = m_clientMenu->addAction(
            QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")), QString(), this, [this] {
                if (m_mailActions)
                    m_mailActions->compose(0,
                                           m_workspace->detailsTab()->selectedInvoice().id
                                                   ? QList<qint64> {m_workspace->detailsTab()
                                                                            ->selectedInvoice()
                                                                            .id}
                                                   : QList<qint64> {});
            });
    m_emailClientAction->setObjectName(QStringLiteral("emailClientAction"));
    m_emailClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_remindersAction
            = m_clientMenu->addAction(QString(), this, &MainWindow::sendRemindersInteractively);
    m_remindersAction->setObjectName(QStringLiteral("sendRemindersAction"));
    m_unarchiveClientAction
            = m_clientMenu->addAction(QString(), this, &MainWindow::unarchiveClientInteractively);
    m_unarchiveClientAction->setObjectName(QStringLiteral("unarchiveClientAction"));
    m_showArchivedAction = m_clientMenu->addAction(QString());
    m_showArchivedAction->setObjectName(QStringLiteral("showArchivedAction"));
    m_showArchivedAction->setCheckable(true);
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setIncludeArchived(on);
    });
    connect(this, &MainWindow::clientShown, this, &MainWindow::updateClientActions);

    m_goMenu = menuBar()->addMenu(QString());
    m_todayAction = m_goMenu->addAction(QString(), this, &MainWindow::showToday);
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_doneNextAction = m_goMenu->addAction(QString(), this, &MainWindow::doneAndNext);
    m_doneNextAction->setObjectName(QStringLiteral("doneNextAction"));
    m_doneNextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_logCallAction = m_goMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/phone.svg")),
                                          QString(), this, &MainWindow::logCallOnShownClient);
    m_logCallAction->setObjectName(QStringLiteral("logCallAction"));
    m_logCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_goMenu->addSeparator();
    m_runRemindersAction
            = m_goMenu->addAction(QString(), this, &MainWindow::runRemindersInteractively);
    m_runRemindersAction->setObjectName(QStringLiteral("runRemindersAction"));
    m_workListsAction = m_goMenu->addAction(QString(), this, &MainWindow::showWorkLists);
    m_workListsAction->setObjectName(QStringLiteral("workListsAction"));

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    // Ctrl+F searches where you are: in an open client it searches that client's notes, in the
    // list it finds a client. Ctrl+Shift+F searches every client's notes.
    connect(m_findAction, &QAction::triggered, this, [this] {
        QWidget *focus = QApplication::focusWidget();
        if (m_workspace->clientId() && focus && m_workspace->isAncestorOf(focus))
            showSearch(SearchScope::ShownClient);
        else
            m_list->focusFilter();
    });
    addAction(m_findAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_integrityAction = m_helpMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/shield.svg")),
                                              QString(), this, [this] {
                                                  if (m_noteActions)
                                                      m_noteActions->showRecordIntegrity();
                                              });
    m_integrityAction->setObjectName(QStringLiteral("recordIntegrityAction"));
    m_integrityAction->setEnabled(false);
    m_aboutAction = m_helpMenu->addAction(
            QIcon(QStringLiteral(":/ardesk/icons/about.svg")), QString(), this, [this] {
                QMessageBox::about(this, tr("About ARDesk"),
                                   tr("<b>ARDesk %1</b><p>The accounts-"
                                      "receivable collections desk: every "
                                      "interaction recorded, the day's work "
                                      "queued, nothing lost.</p>")
                                           .arg(QApplication::applicationVersion()));
            });
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New company file…"));
    m_openAction->setText(tr("&Open company file…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_importAction->setText(tr("&Import from CSV…"));
    m_settingsAction->setText(tr("&Company settings…"));
    m_switchUserAction->setText(tr("&Switch user…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("Find client"));
    m_clientMenu->setTitle(tr("&Client"));
    m_newClientAction->setText(tr("&New client…"));
    m_editClientAction->setText(tr("&Edit client…"));
    m_archiveClientAction->setText(tr("&Archive client…"));
    m_unarchiveClientAction->setText(tr("&Unarchive client…"));
    m_showArchivedAction->setText(tr("Show a&rchived clients"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ARDesk"));
    m_integrityAction->setText(tr("&Record integrity…"));
    m_searchAction->setText(tr("&Search notes…"));
    m_templatesAction->setText(tr("&Templates and call scripts…"));
    m_policiesAction->setText(tr("Reminder &policies…"));
    m_emailSettingsAction->setText(tr("&E-mail settings…"));
    m_outboxAction->setText(tr("Out&box…"));
    m_emailClientAction->setText(tr("E-&mail client…"));
    m_remindersAction->setText(tr("Send &reminders to listed clients…"));
    m_goMenu->setTitle(tr("&Work"));
    m_todayAction->setText(tr("&Today"));
    m_doneNextAction->setText(tr("&Done — next account"));
    m_logCallAction->setText(tr("&Log a call"));
    m_runRemindersAction->setText(tr("&Run reminders…"));
    m_workListsAction->setText(tr("Tasks and &disputes…"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QString MainWindow::currentFile() const
{
    return m_db ? m_db->path() : QString();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    settings.setValue(QStringLiteral("lastFile"), path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  — ")
                                             + QFileInfo(path).absolutePath());
        connect(a, &QAction::triggered, this, [this, path] {
            if (auto r = openFile(path); !r)
                QMessageBox::warning(this, tr("Cannot open company file"), r.errorString());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateClientActions()
{
    m_newClientAction->setEnabled(m_db != nullptr);
    const bool shown = m_db != nullptr && m_workspace->clientId() != 0;
    m_editClientAction->setEnabled(shown);
    m_emailClientAction->setEnabled(shown);
    const bool archived = shown
            && m_workspace->detailsTab()->details().client.id == m_workspace->clientId()
            && m_workspace->detailsTab()->details().client.archivedAt.isValid();
    m_archiveClientAction->setEnabled(shown && !archived);
    m_unarchiveClientAction->setEnabled(archived);
}

void MainWindow::updateStatus()
{
    m_importAction->setEnabled(m_db != nullptr);
    m_integrityAction->setEnabled(m_db != nullptr);
    m_searchAction->setEnabled(m_db != nullptr);
    m_templatesAction->setEnabled(m_db != nullptr);
    m_policiesAction->setEnabled(m_db != nullptr);
    m_emailSettingsAction->setEnabled(m_db != nullptr);
    m_outboxAction->setEnabled(m_db != nullptr);
    m_remindersAction->setEnabled(m_db != nullptr);
    for (QAction *a : {m_todayAction, m_doneNextAction, m_logCallAction, m_runRemindersAction,
                       m_workListsAction})
        a->setEnabled(m_db != nullptr);
    updateClientActions();
    if (!m_db) {
        setWindowTitle(tr("ARDesk"));
        m_fileLabel->setText(tr("No company file open — File > Open or New"));
        m_userLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 — ARDesk")
                           .arg(m_companyName.isEmpty() ? QFileInfo(m_db->path()).fileName()
                                                        : m_companyName));
    m_fileLabel->setText(m_db->path());
    m_userLabel->setText(
            tr("Signed in as %1 (%2)")
                    .arg(m_user.displayName.isEmpty() ? m_user.name : m_user.displayName,
                         toString(m_user.role)));
}

Result<User> MainWindow::resolveUser(const std::shared_ptr<Database> &db, const QString &requested)
{
    QSqlDatabase conn = db->connection();
    UserRepository users(conn);
    auto list = users.list();
    if (!list)
        return list.error();
    QString name = requested;
    if (name.isEmpty()) {
        const QString remembered = QSettings().value(userKeyFor(db->path())).toString();
        if (!remembered.isEmpty() && users.findByName(remembered))
            name = remembered;
    }
    if (name.isEmpty()) {
        UserChooserDialog dialog(list.value(), paths::osLoginName(), this);
        if (dialog.exec() != QDialog::Accepted)
            return makeError(ErrorCode::InvalidValue, tr("no user chosen"));
        name = dialog.userName();
    }
    // The first user of a file administers it; later ones start as clerks.
    return inTransaction(conn, [&]() {
        return users.ensure(name, list.value().isEmpty() ? UserRole::Admin : UserRole::Clerk);
    });
}

Result<std::shared_ptr<Database>> MainWindow::openDatabase(const QString &path)
{
    Database::Options options;
    options.clock = m_clock;
    const int stored = Database::storedSchemaVersion(path);
    if (stored <= 0 || stored >= Database::latestSchemaVersion())
        return Database::open(path, options); // nothing to migrate
    Q_EMIT upgradingFile(path, stored);
    QProgressDialog progress(tr("Upgrading %1 for this version of ARDesk…\nThis happens once; a "
                                "large company file takes a few seconds.")
                                     .arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, this);
    progress.setWindowTitle(tr("Upgrading company file"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();
    Result<std::shared_ptr<Database>> result
            = makeError(ErrorCode::Database, tr("the upgrade did not finish"));
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&result, path, options] {
        result = Database::open(path, options);
        if (result)
            result.value()->releaseThreadConnection(); // the GUI thread opens its own
    }));
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

Result<void> MainWindow::openFile(const QString &path, const QString &userName)
{
    auto opened = openDatabase(path);
    if (!opened)
        return opened.error();
    std::shared_ptr<Database> db = opened.value();
    auto user = resolveUser(db, userName);
    if (!user) {
        db->releaseThreadConnection();
        return user.error();
    }
    auto company = CompanySettings::load(db->connection());

    // Swap in the new file: views detach before the old model and worker go.
    delete m_search; // searched the old file through the old worker
    m_list->setModel(nullptr);
    m_workspace->clear();
    delete m_model;
    delete m_worker;
    if (m_db)
        m_db->releaseThreadConnection();
    m_db = db;
    m_user = user.value();
    m_companyName = company ? company.value().companyName : QString();
    m_locale = company ? QLocale(company.value().locale) : QLocale();
    m_worker = new DatabaseWorker(m_db);
    // Overdue figures follow the calendar: bring the summary to today before the first query.
    const QDate today = m_clock->today();
    m_worker->run(
            this,
            [today](QSqlDatabase conn) -> QString {
                ArSummary summary(conn);
                // Usually already current: check before taking the write lock.
                if (auto stored = summary.asOf(); stored && stored.value() == today)
                    return QString();
                WriteTransaction tx(conn);
                if (auto b = tx.begin(); !b)
                    return b.errorString();
                auto moved = summary.advanceTo(today);
                if (!moved)
                    return moved.errorString();
                if (auto c = tx.commit(); !c)
                    return c.errorString();
                return QString();
            },
            [](QString error) {
                if (!error.isEmpty())
                    log::warning(QStringLiteral("refreshing overdue figures failed: ") + error);
            });
    // The client list's first page (a few ms) goes to the worker before the Today queue (tens of
    // ms for a clerk with thousands of clients): both show at once instead of the list waiting.
    m_model = new ClientListModel(m_worker);
    m_model->setLocale(m_locale);
    m_model->setAsOf(today);
    connect(m_model, &ClientListModel::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not load clients: %1").arg(message), 10000);
    });
    m_list->setModel(m_model);
    refreshToday();
    m_workspace->setLocale(m_locale);
    m_workspace->setAsOf(today);

    QSettings().setValue(userKeyFor(m_db->path()), m_user.name);
    rememberRecent(m_db->path());
    updateStatus();
    log::info(QStringLiteral("opened %1 as %2").arg(m_db->path(), m_user.name));
    Q_EMIT fileOpened(m_db->path());
    return {};
}

Result<void> MainWindow::newFile(const QString &path, const QString &userName)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return makeError(ErrorCode::Conflict, tr("%1 already exists").arg(path));
    {
        Database::Options options;
        options.mode = Database::OpenMode::CreateIfMissing;
        options.clock = m_clock;
        auto created = Database::open(path, options);
        if (!created)
            return created.error();
        QSqlDatabase conn = created.value()->connection();
        CompanySettings s;
        s.companyName = QFileInfo(path).completeBaseName();
        if (auto r = inTransaction(
                    conn,
                    [&]() -> Result<void> {
                        if (auto w = s.save(conn); !w)
                            return w;
                        if (auto u = UserRepository(conn).ensure(userName, UserRole::Admin); !u)
                            return u.error();
                        return ArSummary(conn).rebuildAll(m_clock->today());
                    });
            !r)
            return r;
        created.value()->releaseThreadConnection();
    }
    return openFile(path, userName);
}

void MainWindow::openInteractively()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open company file"), QFileInfo(currentFile()).absolutePath(),
            tr("ARDesk company files (*.ardesk);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = openFile(path); !r)
        QMessageBox::warning(this, tr("Cannot open company file"), r.errorString());
}

void MainWindow::newInteractively()
{
    QString path
            = QFileDialog::getSaveFileName(this, tr("New company file"), paths::dataDirectory(),
                                           tr("ARDesk company files (*.ardesk)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ardesk")))
        path += QStringLiteral(".ardesk");
    const QString user = m_user.name.isEmpty() ? paths::osLoginName() : m_user.name;
    if (auto r = newFile(path, user); !r)
        QMessageBox::warning(this, tr("Cannot create company file"), r.errorString());
}

void MainWindow::editCompanySettings()
{
    if (!m_db)
        return;
    auto loaded = CompanySettings::load(m_db->connection());
    if (!loaded) {
        QMessageBox::warning(this, tr("Company settings"), loaded.errorString());
        return;
    }
    CompanySettingsDialog dialog(this);
    dialog.setSettings(loaded.value());
    connect(&dialog, &CompanySettingsDialog::saveRequested, this,
            [this, &dialog](const CompanySettings &s) {
                if (auto r
                    = inTransaction(*m_db, [&]() { return s.save(m_db->connection(), m_user.id); });
                    !r) {
                    dialog.showError(r.errorString());
                    return;
                }
                m_companyName = s.companyName;
                m_locale = QLocale(s.locale);
                if (m_model)
                    m_model->setLocale(m_locale);
                m_workspace->setLocale(m_locale);
                if (m_workspace->clientId())
                    showClient(m_workspace->clientId());
                updateStatus();
                dialog.accept();
            });
    dialog.exec();
}

void MainWindow::importCsv()
{
    if (!m_db)
        return;
    auto *dialog = new ImportDialog(m_db, m_user.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, dialog] {
        if (m_model)
            m_model->refresh();
        if (m_workspace->clientId())
            showClient(m_workspace->clientId());
        statusBar()->showMessage(tr("Imported %1 into the company file")
                                         .arg(QFileInfo(dialog->filePath()).fileName()),
                                 10000);
    });
    dialog->open();
}

void MainWindow::switchUser()
{
    if (!m_db)
        return;
    auto list = UserRepository(m_db->connection()).list();
    if (!list)
        return;
    UserChooserDialog dialog(list.value(), m_user.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto user = inTransaction(*m_db, [&]() {
        return UserRepository(*m_db).ensure(dialog.userName(), UserRole::Clerk);
    });
    if (!user) {
        QMessageBox::warning(this, tr("Switch user"), user.errorString());
        return;
    }
    m_user = user.value();
    QSettings().setValue(userKeyFor(m_db->path()), m_user.name);
    updateStatus();
}

void MainWindow::runClientWrite(qint64 clientId, ClientWrite write, const QString &doneMessage,
                                AfterWrite after, std::function<void(QString)> done)
{
    if (!m_worker)
        return;
    const qint64 userId = m_user.id;
    auto db = m_db;
    m_worker->run(
            this,
            [db, userId, write = std::move(write)](QSqlDatabase) -> QString {
                const Result<void> r = write(db, userId);
                return r ? QString() : r.errorString();
            },
            [this, clientId, doneMessage, after, done = std::move(done)](QString error) {
                if (error.isEmpty()) {
                    statusBar()->showMessage(doneMessage, 5000);
                    if (m_model)
                        m_model->refresh();
                    refreshToday();
                    if (m_workspace->clientId() == clientId) {
                        if (after == AfterWrite::ShowClient) {
                            showClient(clientId);
                        } else {
                            ++m_detailsRequest; // a details load still in flight is stale
                            m_workspace->clear();
                        }
                    }
                    updateClientActions();
                }
                if (done)
                    done(error);
            });
}

void MainWindow::setCreditHold(qint64 clientId, bool hold, const QString &reason,
                               std::function<void(QString)> done)
{
    runClientWrite(
            clientId,
            [clientId, hold, reason](const std::shared_ptr<Database> &db, qint64 userId) {
                CreditService credit(db, userId);
                return hold ? credit.hold(clientId, reason) : credit.release(clientId, reason);
            },
            hold ? tr("Client put on credit hold") : tr("Credit hold released"),
            AfterWrite::ShowClient, std::move(done));
}

void MainWindow::saveClient(Client client, std::function<void(QString error, qint64 id)> done)
{
    if (!m_worker)
        return;
    const qint64 userId = m_user.id;
    auto db = m_db;
    m_worker->run(
            this,
            [db, userId, client](QSqlDatabase conn) mutable -> SaveResult {
                SaveResult r;
                ClientService service(db, userId);
                if (client.id == 0) {
                    auto id = service.createClient(client);
                    if (!id)
                        r.error = id.errorString();
                    r.id = client.id;
                    return r;
                }
                r.id = client.id;
                if (auto u = service.updateClient(client); !u) {
                    r.error = u.errorString();
                    if (u.error().code == ErrorCode::Conflict) {
                        // A duplicate code is a Conflict too: only a moved version is "changed
                        // by someone else".
                        auto stored = ClientRepository(conn).find(client.id);
                        r.changedElsewhere = stored && stored.value().version != client.version;
                    }
                }
                return r;
            },
            [this, done, name = client.name](SaveResult r) {
                if (r.changedElsewhere)
                    r.error = tr("%1 was changed by someone else since you opened it; reload the "
                                 "client and make your change again.")
                                      .arg(name);
                if (r.error.isEmpty()) {
                    statusBar()->showMessage(tr("Saved %1").arg(name), 5000);
                    if (m_model)
                        m_model->refresh();
                    showClient(r.id);
                }
                if (done)
                    done(r.error, r.id);
            });
}

void MainWindow::archiveClient(qint64 clientId, const QString &reason,
                               std::function<void(QString)> done)
{
    runClientWrite(
            clientId,
            [clientId, reason](const std::shared_ptr<Database> &db, qint64 userId) {
                return ClientService(db, userId).archiveClient(clientId, reason);
            },
            tr("Client archived"), AfterWrite::ClearWorkspace, std::move(done));
}

void MainWindow::newClientInteractively()
{
    if (!m_db)
        return;
    openClientEditor(Client());
}

void MainWindow::editClientInteractively()
{
    if (!m_db || m_workspace->clientId() == 0)
        return;
    auto client = ClientRepository(m_db->connection()).find(m_workspace->clientId());
    if (!client) {
        QMessageBox::warning(this, tr("Edit client"), client.errorString());
        return;
    }
    openClientEditor(client.value());
}

void MainWindow::openClientEditor(const Client &client)
{
    auto users = UserRepository(m_db->connection()).list();
    auto *dialog = new ClientEditDialog(users ? users.value() : QList<User>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClient(client);
    QPointer<ClientEditDialog> guard(dialog);
    connect(dialog, &ClientEditDialog::saveRequested, this, [this, guard](const Client &c) {
        guard->setEnabled(false);
        saveClient(c, [guard](const QString &error, qint64) {
            if (!guard)
                return;
            guard->setEnabled(true);
            if (error.isEmpty())
                guard->accept();
            else
                guard->showError(error);
        });
    });
    dialog->open();
}

void MainWindow::archiveClientInteractively()
{
    const qint64 clientId = m_workspace->clientId();
    if (!m_db || clientId == 0)
        return;
    const QString name = m_workspace->headerText();
    bool ok = false;
    const QString reason = QInputDialog::getText(
            this, tr("Archive client"),
            tr("Why is %1 being archived? (kept in the audit log)").arg(name), QLineEdit::Normal,
            QString(), &ok);
    if (!ok)
        return;
    if (QMessageBox::question(
                this, tr("Archive client"),
                tr("Archive %1? The client leaves the list; its history is kept.").arg(name))
        != QMessageBox::Yes)
        return;
    archiveClient(clientId, reason, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Archive client"), error);
    });
}

void MainWindow::openNote(qint64 clientId, qint64 noteId)
{
    m_pendingNoteClient = clientId;
    m_pendingNote = noteId;
    showClient(clientId);
}

void MainWindow::showSearch(SearchScope scope)
{
    if (!m_worker)
        return;
    if (!m_search) {
        m_search = new SearchDialog(m_worker, m_locale, this);
        m_search->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_search, &SearchDialog::openNoteRequested, this, &MainWindow::openNote);
    }
    m_search->setCurrentClient(m_workspace->clientId(), m_workspace->headerText());
    m_search->setOnlyCurrentClient(scope == SearchScope::ShownClient && m_workspace->clientId());
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
}

void MainWindow::showToday()
{
    ++m_detailsRequest; // a client load still in flight must not replace the queue
    m_workspace->clear();
    updateClientActions();
    refreshToday();
    m_workspace->todayPane()->view()->setFocus();
}

void MainWindow::refreshToday()
{
    if (!m_worker)
        return;
    const quint64 request = ++m_todayRequest;
    const qint64 userId = m_user.id;
    const QDate today = m_clock->today();
    m_worker->run(
            this,
            [userId, today](QSqlDatabase conn) {
                TodayResult r;
                auto rows = TodayQueue(conn).forUser(userId, today);
                if (rows)
                    r.rows = rows.value();
                else
                    r.error = rows.errorString();
                return r;
            },
            [this, request, today](TodayResult r) {
                if (request != m_todayRequest)
                    return;
                const QStringList done
                        = QSettings()
                                  .value(doneTodayKey(m_db ? m_db->path() : QString(), m_user.name,
                                                      today))
                                  .toStringList();
                r.rows.removeIf([&done](const TodayQueue::Row &row) {
                    return done.contains(QString::number(row.clientId));
                });
                if (!r.error.isEmpty())
                    m_workspace->todayPane()->showError(r.error);
                else
                    m_workspace->todayPane()->setRows(
                            std::move(r.rows), today,
                            m_user.displayName.isEmpty() ? m_user.name : m_user.displayName);
            });
}

void MainWindow::doneAndNext()
{
    TodayPane *today = m_workspace->todayPane();
    const qint64 clientId
            = m_workspace->clientId() ? m_workspace->clientId() : today->currentClientId();
    if (!m_worker || clientId == 0)
        return;
    int row = -1;
    QList<qint64> tasks;
    for (int r = 0; r < today->model()->rowCount(); ++r) {
        const TodayQueue::Row *item = today->model()->rowAt(r);
        if (item->clientId != clientId)
            continue;
        row = r;
        for (const TodayQueue::Reason &reason : item->reasons) {
            static const QStringList taskKinds {
                    QStringLiteral("follow_up"),  QStringLiteral("call"),
                    QStringLiteral("escalation"), QStringLiteral("review"),
                    QStringLiteral("task"),       QStringLiteral("reminder_call")};
            if (taskKinds.contains(reason.kind) && reason.refId)
                tasks.append(reason.refId);
        }
    }
    if (row < 0) {
        statusBar()->showMessage(tr("This client is not in today's queue"), 5000);
        return;
    }
    // Off the list for today (remembered); its tasks are completed on the worker.
    today->model()->removeClient(clientId);
    {
        QSettings settings;
        const QString key = doneTodayKey(m_db->path(), m_user.name, m_clock->today());
        QStringList done = settings.value(key).toStringList();
        done << QString::number(clientId);
        settings.setValue(key, done);
    }
    const TodayQueue::Row *next
            = today->model()->rowAt(std::min(row, today->model()->rowCount() - 1));
    if (!tasks.isEmpty()) {
        auto db = m_db;
        const qint64 userId = m_user.id;
        m_worker->run(
                this,
                [db, userId, tasks](QSqlDatabase) {
                    TaskService service(db, userId);
                    QStringList errors;
                    for (qint64 id : tasks) {
                        if (auto d = service.markDone(id); !d)
                            errors << d.errorString();
                    }
                    return errors.join(QStringLiteral("; "));
                },
                [this](QString error) {
                    if (!error.isEmpty())
                        statusBar()->showMessage(tr("Some tasks were not closed: %1").arg(error),
                                                 8000);
                });
    }
    if (next) {
        today->selectClient(next->clientId);
        showClient(next->clientId);
    } else {
        showToday();
    }
}

void MainWindow::logCallOnShownClient()
{
    const qint64 shown = m_workspace->clientId();
    if (!shown) {
        // From the queue: open the selected account first, then get the call note ready.
        if (const qint64 id = m_workspace->todayPane()->currentClientId()) {
            m_pendingCallClient = id;
            showClient(id);
        }
        return;
    }
    const ClientDetails &d = m_workspace->detailsTab()->details();
    Contact who;
    for (const Contact &c : d.contacts) {
        if (c.doNotContact)
            continue;
        if (who.id == 0 || (c.isBillingContact && !who.isBillingContact))
            who = c;
    }
    m_workspace->showNotesTab();
    NoteComposer *composer = m_workspace->notesPane()->composer();
    composer->startNew();
    composer->prefill(NoteChannel::Call, who.name, who.id);
    if (auto *text = composer->findChild<QPlainTextEdit *>(QStringLiteral("text")))
        text->setFocus();
}

void MainWindow::runRemindersInteractively()
{
    if (!m_worker)
        return;
    auto db = m_db;
    const qint64 userId = m_user.id;
    const QDate today = m_clock->today();
    struct Planned
    {
        std::optional<ReminderService::Plan> plan;
        QString error;
    };
    statusBar()->showMessage(tr("Working out today's reminders…"));
    m_worker->run(
            this,
            [db, userId, today](QSqlDatabase) {
                Planned p;
                if (auto e = PromiseService(db, userId).evaluate(today); !e) {
                    p.error = e.errorString();
                    return p;
                }
                auto plan = ReminderService(db, userId).plan(today);
                if (plan) {
                    p.plan = plan.value();
                    p.plan->mailConfigured = OutboxReminderMailer::isConfigured(db);
                } else {
                    p.error = plan.errorString();
                }
                return p;
            },
            [this, db, userId](Planned p) {
                statusBar()->clearMessage();
                if (!p.plan) {
                    QMessageBox::warning(this, tr("Run reminders"), p.error);
                    return;
                }
                auto *dialog = new RemindersDialog(*p.plan, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QPointer<RemindersDialog> guard(dialog);
                const ReminderService::Plan plan = *p.plan;
                connect(dialog, &RemindersDialog::applyRequested, this,
                        [this, guard, db, userId, plan] {
                            guard->setEnabled(false);
                            struct Applied
                            {
                                std::optional<ReminderService::Outcome> outcome;
                                QString error;
                            };
                            m_worker->run(
                                    this,
                                    [db, userId, plan](QSqlDatabase) {
                                        Applied a;
                                        OutboxReminderMailer mailer(db, userId);
                                        ReminderService service(db, userId,
                                                                plan.mailConfigured ? &mailer
                                                                                    : nullptr);
                                        auto o = service.apply(plan);
                                        if (o)
                                            a.outcome = o.value();
                                        else
                                            a.error = o.errorString();
                                        return a;
                                    },
                                    [this, guard](Applied a) {
                                        if (guard)
                                            guard->accept();
                                        if (!a.outcome) {
                                            QMessageBox::warning(this, tr("Run reminders"),
                                                                 a.error);
                                            return;
                                        }
                                        const auto &o = *a.outcome;
                                        QString text = tr("Reminders: %1 e-mail(s) queued, %2 "
                                                          "call task(s), %3 credit hold(s), %4 "
                                                          "escalation(s).")
                                                               .arg(o.emails)
                                                               .arg(o.callTasks)
                                                               .arg(o.creditHolds)
                                                               .arg(o.escalations);
                                        if (!o.problems.isEmpty())
                                            text += tr(" Problems: %1")
                                                            .arg(o.problems.join(
                                                                    QStringLiteral("; ")));
                                        statusBar()->showMessage(text, 15000);
                                        if (m_model)
                                            m_model->refresh();
                                        refreshToday();
                                        reloadClient();
                                    });
                        });
                dialog->open();
            });
}

void MainWindow::openDispute(const Invoice &invoice)
{
    if (invoice.id == 0 || m_workspace->clientId() == 0)
        return;
    m_workspace->showNotesTab();
    NoteComposer *composer = m_workspace->notesPane()->composer();
    composer->startNew();
    composer->prefill(NoteChannel::Call, QString());
    composer->setOutcome(NoteOutcome::Disputed);
    composer->setTemplate(QStringLiteral("dispute"));
    composer->setFieldText(QStringLiteral("invoices"), invoice.number);
    composer->setInvoiceLinked(invoice.id, true);
    if (auto *reason = composer->findChild<QLineEdit *>(QStringLiteral("field_reason")))
        reason->setFocus();
    statusBar()->showMessage(tr("Say what is disputed and save: reminders on %1 pause until the "
                                "dispute is resolved")
                                     .arg(invoice.number),
                             8000);
}

void MainWindow::editPolicies()
{
    if (!m_worker)
        return;
    struct Loaded
    {
        QList<ReminderPolicy> policies;
        QList<int> versions;
        WorkflowSettings settings;
        QStringList templates;
        QString error;
    };
    auto db = m_db;
    const qint64 userId = m_user.id;
    const qint64 clientId = m_workspace->clientId();
    auto load = [](QSqlDatabase conn) {
        Loaded l;
        PolicyRepository repo(conn);
        auto list = repo.list();
        auto settings = WorkflowSettings::load(conn);
        auto templates = TemplateRepository(conn).list(NoteTemplate::Kind::Email);
        if (!list || !settings || !templates) {
            l.error = !list     ? list.errorString()
                    : !settings ? settings.errorString()
                                : templates.errorString();
            return l;
        }
        l.policies = list.value();
        for (const ReminderPolicy &p : std::as_const(l.policies))
            l.versions << repo.version(p.id).valueOr(0);
        l.settings = settings.value();
        for (const NoteTemplate &t : templates.value())
            l.templates << t.key;
        return l;
    };
    m_worker->run(this, load, [this, db, userId, clientId, load](Loaded l) {
        if (!l.error.isEmpty()) {
            QMessageBox::warning(this, tr("Reminder policies"), l.error);
            return;
        }
        auto *dialog = new PoliciesDialog(l.templates,
                                          clientId ? m_workspace->headerText() : QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setPolicies(l.policies, l.versions);
        dialog->setSettings(l.settings);
        QPointer<PoliciesDialog> guard(dialog);
        auto reload = [this, guard, load] {
            m_worker->run(this, load, [guard](Loaded again) {
                if (guard && again.error.isEmpty())
                    guard->setPolicies(again.policies, again.versions);
            });
        };
        auto write = [this, guard, reload](std::function<Result<void>(QSqlDatabase)> work,
                                           QString done) {
            m_worker->run(
                    this,
                    [work](QSqlDatabase conn) {
                        const Result<void> r = inTransaction(conn, [&]() { return work(conn); });
                        return r ? QString() : r.errorString();
                    },
                    [this, guard, reload, done](QString error) {
                        if (guard)
                            guard->showMessage(error.isEmpty() ? done : error, !error.isEmpty());
                        if (error.isEmpty()) {
                            reload();
                            refreshToday();
                            reloadClient();
                        }
                    });
        };
        connect(dialog, &PoliciesDialog::savePolicyRequested, this,
                [write, userId](const ReminderPolicy &p, int version) {
                    write(
                            [p = ReminderPolicy(p), version,
                             userId](QSqlDatabase conn) mutable -> Result<void> {
                                auto v = PolicyRepository(conn).save(p, version, userId);
                                if (!v)
                                    return v.error();
                                return {};
                            },
                            tr("Policy %1 saved").arg(p.name));
                });
        connect(dialog, &PoliciesDialog::assignRequested, this,
                [write, userId, clientId](qint64 policyId) {
                    write(
                            [clientId, policyId, userId](QSqlDatabase conn) {
                                return PolicyRepository(conn).assign(clientId, policyId, userId);
                            },
                            tr("The client follows this policy now"));
                });
        connect(dialog, &PoliciesDialog::saveSettingsRequested, this,
                [write, userId](const WorkflowSettings &s) {
                    write([s, userId](QSqlDatabase conn) { return s.save(conn, userId); },
                          tr("Priorities and grace days saved"));
                });
        dialog->open();
    });
}

void MainWindow::showWorkLists()
{
    if (!m_worker)
        return;
    auto users = UserRepository(m_db->connection()).list();
    auto *dialog = new WorkListsDialog(
            users ? users.value() : QList<User>(), m_user,
            m_workspace->clientId() ? m_workspace->headerText() : QString(), *m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<WorkListsDialog> guard(dialog);
    auto db = m_db;
    const qint64 userId = m_user.id;
    struct Lists
    {
        QList<TaskService::Task> tasks;
        QList<DisputeService::Dispute> disputes;
        QString error;
    };
    auto reload = [this, guard, db, userId](qint64 whose) {
        m_worker->run(
                this,
                [db, userId, whose](QSqlDatabase) {
                    Lists l;
                    auto t = TaskService(db, userId).openTasks(whose);
                    auto d = DisputeService(db, userId).open(userId);
                    if (t)
                        l.tasks = t.value();
                    if (d)
                        l.disputes = d.value();
                    l.error = !t ? t.errorString() : !d ? d.errorString() : QString();
                    return l;
                },
                [guard](Lists l) {
                    if (!guard)
                        return;
                    guard->setTasks(l.tasks);
                    guard->setDisputes(l.disputes);
                    if (!l.error.isEmpty())
                        guard->showMessage(l.error);
                });
    };
    // Every change: run it on the worker, report, reload the lists and Today.
    auto change
            = [this, guard, db, userId,
               reload](std::function<Result<void>(const std::shared_ptr<Database> &, qint64)> work,
                       QString done) {
                  m_worker->run(
                          this,
                          [db, userId, work](QSqlDatabase) {
                              const Result<void> r = work(db, userId);
                              return r ? QString() : r.errorString();
                          },
                          [this, guard, reload, done](QString error) {
                              if (guard) {
                                  guard->showMessage(error.isEmpty() ? done : error);
                                  reload(guard->listedUser());
                              }
                              refreshToday();
                          });
              };
    connect(dialog, &WorkListsDialog::reloadRequested, this, reload);
    connect(dialog, &WorkListsDialog::taskCreateRequested, this,
            [change, clientId = m_workspace->clientId()](const QString &title, const QDate &due) {
                change(
                        [clientId, title, due](const auto &database, qint64 u) {
                            TaskService::Task t;
                            t.clientId = clientId;
                            t.kind = TaskService::Kind::FollowUp;
                            t.title = title;
                            t.dueDate = due;
                            return TaskService(database, u).create(t);
                        },
                        tr("Task added"));
            });
    connect(dialog, &WorkListsDialog::taskDoneRequested, this, [change](qint64 id) {
        change([id](const auto &database,
                    qint64 u) { return TaskService(database, u).markDone(id); },
               tr("Task done"));
    });
    connect(dialog, &WorkListsDialog::taskSnoozeRequested, this,
            [change](qint64 id, const QDate &until) {
                change([id, until](const auto &database,
                                   qint64 u) { return TaskService(database, u).snooze(id, until); },
                       tr("Task snoozed until %1").arg(until.toString(Qt::ISODate)));
            });
    connect(dialog, &WorkListsDialog::taskReassignRequested, this, [change](qint64 id, qint64 to) {
        change([id, to](const auto &database,
                        qint64 u) { return TaskService(database, u).reassign(id, to); },
               tr("Task reassigned"));
    });
    connect(dialog, &WorkListsDialog::reassignAllRequested, this, [change](qint64 from, qint64 to) {
        change(
                [from, to](const auto &database, qint64 u) -> Result<void> {
                    auto n = TaskService(database, u).reassignAll(from, to);
                    if (!n)
                        return n.error();
                    return {};
                },
                tr("Tasks moved"));
    });
    connect(dialog, &WorkListsDialog::disputeCloseRequested, this,
            [change](qint64 id, DisputeService::Closing how, const QString &resolution) {
                change(
                        [id, how, resolution](const auto &database, qint64 u) {
                            return DisputeService(database, u).close(id, how, resolution);
                        },
                        how == DisputeService::Closing::Resolved ? tr("Dispute resolved")
                                                                 : tr("Dispute rejected"));
            });
    reload(m_user.id);
    dialog->open();
}

void MainWindow::reloadClient()
{
    if (m_workspace->clientId())
        showClient(m_workspace->clientId());
}

void MainWindow::sendRemindersInteractively()
{
    if (!m_worker || !m_model)
        return;
    struct Choice
    {
        QList<NoteTemplate> templates;
        QList<qint64> matching;
        QString error;
    };
    const ClientListQuery::Spec spec = m_model->spec();
    m_worker->run(
            this,
            [spec](QSqlDatabase conn) {
                Choice c;
                auto t = TemplateRepository(conn).list(NoteTemplate::Kind::Email);
                auto ids = ClientListQuery(conn).ids(spec);
                if (!t || !ids) {
                    c.error = !t ? t.errorString() : ids.errorString();
                    return c;
                }
                c.templates = t.value();
                c.matching = ids.value();
                return c;
            },
            [this, spec](Choice c) {
                if (!c.error.isEmpty() || c.templates.isEmpty()) {
                    QMessageBox::warning(this, tr("Send reminders"),
                                         c.error.isEmpty() ? tr("There are no e-mail templates.")
                                                           : c.error);
                    return;
                }
                QStringList names;
                for (const NoteTemplate &t : std::as_const(c.templates))
                    names << t.name;
                bool ok = false;
                const QString chosen = QInputDialog::getItem(this, tr("Send reminders"),
                                                             tr("Template:"), names, 0, false, &ok);
                if (!ok)
                    return;
                const QString key = c.templates.at(names.indexOf(chosen)).key;
                QStringList scopes;
                const qint64 shown = m_workspace->clientId();
                if (shown)
                    scopes << tr("Only %1").arg(m_workspace->headerText());
                scopes << (spec.filter.trimmed().isEmpty() ? tr("All %n client(s) in the list",
                                                                nullptr, int(c.matching.size()))
                                                           : tr("All %n client(s) matching \"%1\"",
                                                                nullptr, int(c.matching.size()))
                                                                     .arg(spec.filter.trimmed()));
                const QString scope = QInputDialog::getItem(this, tr("Send reminders"), tr("To:"),
                                                            scopes, 0, false, &ok);
                if (!ok)
                    return;
                const bool onlyShown = shown && scope == scopes.first();
                m_mailActions->sendReminders(onlyShown ? QList<qint64> {shown} : c.matching, key);
            });
}

void MainWindow::editTemplates()
{
    if (!m_worker)
        return;
    auto *dialog = new TemplatesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<TemplatesDialog> guard(dialog);
    struct Loaded
    {
        QList<NoteTemplate> templates;
        QString error;
    };
    m_worker->run(
            this,
            [](QSqlDatabase conn) {
                Loaded r;
                TemplateRepository repo(conn);
                for (auto kind : {NoteTemplate::Kind::Note, NoteTemplate::Kind::CallScript,
                                  NoteTemplate::Kind::Email}) {
                    auto list = repo.list(kind);
                    if (!list) {
                        r.error = list.errorString();
                        return r;
                    }
                    r.templates += list.value();
                }
                return r;
            },
            [guard](Loaded r) {
                if (!guard)
                    return;
                guard->setTemplates(r.templates);
                guard->showError(r.error);
            });
    connect(dialog, &TemplatesDialog::saveRequested, this, [this, guard](const NoteTemplate &t) {
        guard->setEnabled(false);
        const qint64 userId = m_user.id;
        auto db = m_db;
        struct Saved
        {
            NoteTemplate tmpl;
            QString error;
        };
        m_worker->run(
                this,
                [db, userId, t = NoteTemplate(t)](QSqlDatabase) mutable {
                    Saved s;
                    if (auto r = TemplateService(db, userId).save(t); !r)
                        s.error = r.errorString();
                    s.tmpl = t;
                    return s;
                },
                [this, guard](Saved s) {
                    if (!guard)
                        return;
                    guard->setEnabled(true);
                    if (!s.error.isEmpty()) {
                        guard->showError(s.error);
                        return;
                    }
                    guard->saved(s.tmpl);
                    statusBar()->showMessage(tr("Template %1 saved").arg(s.tmpl.name), 5000);
                });
    });
    connect(dialog, &TemplatesDialog::previewRequested, this,
            [this, guard](const NoteTemplate &t, const QString &clientCode) {
                struct Preview
                {
                    TemplateRenderer::Rendered rendered;
                    QString problem;
                };
                m_worker->run(
                        this,
                        [t, clientCode, userId = m_user.id](QSqlDatabase conn) {
                            Preview p;
                            QJsonObject data = MailContext::schema();
                            if (!clientCode.isEmpty()) {
                                auto client = ClientRepository(conn).findByCode(clientCode);
                                if (!client) {
                                    p.problem = tr("No client with code \"%1\"").arg(clientCode);
                                    return p;
                                }
                                auto smtp = SmtpSettings::load(conn);
                                MailContext::Request request;
                                request.clientId = client.value().id;
                                request.senderUserId = userId;
                                // Addressed as a reminder would be: a billing contact first.
                                if (auto contacts
                                    = ContactRepository(conn).forClient(client.value().id);
                                    contacts) {
                                    qint64 chosen = 0;
                                    for (const Contact &c : contacts.value()) {
                                        if (c.doNotContact || c.email.isEmpty())
                                            continue;
                                        if (!chosen || c.isBillingContact) {
                                            chosen = c.id;
                                            if (c.isBillingContact)
                                                break;
                                        }
                                    }
                                    if (chosen)
                                        request.contactIds = {chosen};
                                }
                                auto built = MailContext::build(
                                        conn, request, smtp ? smtp.value() : SmtpSettings());
                                if (!built) {
                                    p.problem = built.errorString();
                                    return p;
                                }
                                data = built.value();
                            }
                            auto r = TemplateRenderer::render({t.subject, t.bodyText, t.bodyHtml},
                                                              MailContext::schema(), data);
                            if (r)
                                p.rendered = r.value();
                            else
                                p.problem = r.errorString();
                            return p;
                        },
                        [guard](Preview p) {
                            if (guard)
                                guard->showPreview(p.rendered.subject, p.rendered.text,
                                                   p.rendered.html, p.problem);
                        });
            });
    connect(dialog, &TemplatesDialog::restoreDefaultRequested, this, [guard](const QString &key) {
        auto shipped = TemplateService::shippedDefault(key);
        if (!guard)
            return;
        if (shipped)
            guard->loadShipped(shipped.value());
        else
            guard->showError(shipped.errorString());
    });
    dialog->open();
}

void MainWindow::unarchiveClient(qint64 clientId, std::function<void(QString)> done)
{
    runClientWrite(
            clientId,
            [clientId](const std::shared_ptr<Database> &db, qint64 userId) {
                return ClientService(db, userId).unarchiveClient(clientId);
            },
            tr("Client back on the list"), AfterWrite::ShowClient, std::move(done));
}

void MainWindow::unarchiveClientInteractively()
{
    const qint64 clientId = m_workspace->clientId();
    if (!m_db || clientId == 0)
        return;
    if (QMessageBox::question(this, tr("Unarchive client"),
                              tr("Put %1 back on the client list?").arg(m_workspace->headerText()))
        != QMessageBox::Yes)
        return;
    unarchiveClient(clientId, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Unarchive client"), error);
    });
}

void MainWindow::showClient(qint64 clientId)
{
    if (!m_worker)
        return;
    const quint64 request = ++m_detailsRequest;
    m_workspace->showLoading();
    const QDate today = m_clock->today();
    auto db = m_db;
    m_worker->run(
            this,
            [clientId, today, db](QSqlDatabase conn) {
                DetailsResult r;
                auto d = ClientDetails::load(conn, clientId, today);
                if (!d) {
                    r.error = d.errorString();
                    return r;
                }
                r.details = std::move(d).value();
                auto notes = NoteService(db, 0).forClient(clientId);
                if (!notes) {
                    r.error = notes.errorString();
                    r.details.reset();
                    return r;
                }
                r.notes = std::move(notes).value();
                if (auto t = TemplateRepository(conn).list(NoteTemplate::Kind::Note); t)
                    r.templates = t.value();
                if (auto c = ReminderService(db, 0).explain(clientId, today); c)
                    r.chase = c.value();
                return r;
            },
            [this, request, clientId](DetailsResult r) {
                if (request != m_detailsRequest)
                    return; // the user moved on to another client
                if (r.details) {
                    m_workspace->todayPane()->selectClient(clientId);
                    m_workspace->showDetails(*r.details);
                    m_workspace->showNotes(std::move(r.notes), r.templates);
                    if (r.chase)
                        m_workspace->showChase(*r.chase);
                    if (m_pendingCallClient == clientId) {
                        m_pendingCallClient = 0;
                        logCallOnShownClient();
                    }
                    if (m_pendingNoteClient == clientId) {
                        m_workspace->showNotesTab();
                        m_workspace->notesPane()->revealNote(m_pendingNote);
                        m_pendingNoteClient = m_pendingNote = 0;
                    }
                    Q_EMIT clientShown(clientId);
                } else {
                    m_workspace->showError(r.error);
                }
                updateClientActions();
            });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace ardesk
