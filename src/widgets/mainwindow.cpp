// SPDX-License-Identifier: MIT
#include "widgets/mainwindow.h"
#include "widgets/appearance.h"

#include "core/domain/permissions.h"
#include "core/mail/keychainsecretstore.h"
#include "core/services/auditservice.h"
#include "core/services/companyfile.h"
#include "core/services/noteservice.h"
#include "core/services/reminderservice.h"
#include "core/services/settingsservice.h"
#include "core/services/teampassword.h"
#include "core/services/userservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/clientdetails.h"
#include "core/storage/companysettings.h"
#include "core/storage/databaseurl.h"
#include "core/storage/teamcredentials.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/log.h"
#include "core/support/paths.h"
#include "models/automaticbackup.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "models/todayqueuemodel.h"
#include "widgets/actioncatalog.h"
#include "widgets/activitydialog.h"
#include "widgets/adduserdialog.h"
#include "widgets/audittraildialog.h"
#include "widgets/clientactions.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientlistpane.h"
#include "widgets/clientworkspace.h"
#include "widgets/closebackuprun.h"
#include "widgets/companysettingsdialog.h"
#include "widgets/dashboardpane.h"
#include "widgets/exportdialog.h"
#include "widgets/importdialog.h"
#include "widgets/invoicedocumentactions.h"
#include "widgets/ledgeractions.h"
#include "widgets/mailactions.h"
#include "widgets/noteactions.h"
#include "widgets/notecomposer.h"
#include "widgets/notedelegate.h"
#include "widgets/notedraftkeeper.h"
#include "widgets/notespane.h"
#include "widgets/policiesscreen.h"
#include "widgets/preferencesdialog.h"
#include "widgets/printactions.h"
#include "widgets/promiseratesdialog.h"
#include "widgets/remindersscreen.h"
#include "widgets/restorerun.h"
#include "widgets/searchdialog.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/teamdatabasedialog.h"
#include "widgets/templatesscreen.h"
#include "widgets/todayactions.h"
#include "widgets/todaypane.h"
#include "widgets/userchooserdialog.h"
#include "widgets/userguidedialog.h"
#include "widgets/usersdialog.h"
#include "widgets/windowstatestore.h"
#include "widgets/worklistsscreen.h"

#include <algorithm>
#include <functional>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace ardesk {
namespace {

/// Runs `work` on a thread of its own while a modal progress box without Cancel says `text`, so
/// the window keeps painting; returns once `work` has returned and its thread, with everything
/// the thread captured, is gone.
void runBehindProgress(QWidget *parent, const QString &objectName, const QString &title,
                       const QString &text, std::function<void()> work)
{
    QProgressDialog progress(text, QString(), 0, 0, parent);
    if (!objectName.isEmpty())
        progress.setObjectName(objectName);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    progress.show();
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
}

constexpr int kMaxRecent = 8;

/// A QSettings key under `group` for one company file (its path hashed).
QString keyFor(const QString &group, const QString &path)
{
    return group + u'/'
            + QString::fromLatin1(
                    QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

/// The user last signed in to a file.
QString userKeyFor(const QString &path)
{
    return keyFor(QStringLiteral("users"), path);
}

/// Where a failed automatic backup at close is remembered until the file is opened again.
QString closeBackupKeyFor(const QString &path)
{
    return keyFor(QStringLiteral("backup-at-close"), path);
}

} // namespace

/// What showClient reads on the worker.
struct MainWindow::DetailsResult
{
    std::optional<ClientDetails> details;
    QList<NoteService::Entry> notes;
    QList<NoteTemplate> templates;
    std::optional<ChaseExplanation> chase;
    std::optional<NoteDraft> draft; ///< the user's unsaved note on this client
    QString error;
};

MainWindow::DetailsResult MainWindow::loadDetails(const std::shared_ptr<Database> &db,
                                                  qint64 clientId, const QDate &today,
                                                  qint64 userId)
{
    DetailsResult r;
    auto d = ClientDetails::load(*db, clientId, today);
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
    if (auto t = TemplateRepository(*db).list(NoteTemplate::Kind::Note); t)
        r.templates = t.value();
    if (auto c = ReminderService(db, 0).explain(clientId, today); c)
        r.chase = c.value();
    r.draft = NoteDraftKeeper::load(db, clientId, userId);
    return r;
}

MainWindow::MainWindow(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(std::move(clock))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_pages))
    , m_list(new ClientListPane(m_splitter))
    , m_workspace(new ClientWorkspace(m_clock, m_splitter))
    , m_dashboard(new DashboardPane(m_pages))
    , m_userLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ardesk/icons/ardesk.svg")));
    layOut();
    createControllers();
    createActions();
    bindFirstSteps();
    connect(m_list, &ClientListPane::clientSelected, this, &MainWindow::showClient);
    connect(m_list, &ClientListPane::exportRequested, this,
            [this] { showExport(ExportService::Table::Clients); });
    connect(m_workspace->detailsTab(), &ClientDetailsTab::exportInvoicesRequested, this,
            [this] { showExport(ExportService::Table::Invoices); });
    connect(m_workspace->todayPane(), &TodayPane::openRequested, this, &MainWindow::showClient);
    connect(m_workspace->detailsTab(), &ClientDetailsTab::disputeRequested, this,
            &MainWindow::openDispute);
    connect(m_dashboard, &DashboardPane::clientListRequested, this, &MainWindow::showNarrowedList);
    m_backups = new AutomaticBackup(this);
    connect(m_backups, &AutomaticBackup::finished, this, &MainWindow::backupFinished);
    connect(m_dashboard, &DashboardPane::clientRequested, this, &MainWindow::showClient);
    connect(m_list, &ClientListPane::narrowingCleared, this, [this] {
        if (m_model)
            m_model->setNarrowing({});
    });
    restoreWindow();
    retranslateUi();
    updateRecentMenu();
    updateStatus();
}

void MainWindow::layOut()
{
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_workspace);
    // A window made smaller or larger gives or takes more of the workspace's width.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    // A damaged file opens read-only: the banner over everything says so and how to recover.
    m_damageBanner = new QLabel(this);
    m_damageBanner->setObjectName(QStringLiteral("damageBanner"));
    m_damageBanner->setWordWrap(true);
    m_damageBanner->setMargin(8);
    Appearance::setBandTone(m_damageBanner, Appearance::Tone::Error);
    {
        QFont f = m_damageBanner->font();
        f.setBold(true);
        m_damageBanner->setFont(f);
    }
    m_damageBanner->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_damageBanner);
    // A team database whose server went away: the banner says so until it is back.
    m_live = new LiveUpdates(new QLabel(this), this);
    column->addWidget(m_live->banner());
    connect(m_live, &LiveUpdates::refreshDue, this, &MainWindow::applyLiveRefresh);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_dashboard);
    column->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_userLabel->setObjectName(QStringLiteral("currentUserLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::createControllers()
{
    const ActionContext context {this, m_workspace, statusBar(), this};
    m_ledgerActions = new LedgerActions(context);
    m_documentActions = new InvoiceDocumentActions(context);
    m_printActions = new PrintActions(context);
    m_noteActions = new NoteActions(context);
    m_drafts = new NoteDraftKeeper(context);
    m_mailActions = new MailActions(context);
    m_todayActions = new TodayActions(context);
    m_clientActions = new ClientActions(context);
    connect(m_clientActions, &ClientActions::saved, this, [this](qint64 clientId) {
        if (m_model)
            m_model->refresh();
        refreshToday(); // like every other client write: the first client ends the first steps
        showClient(clientId);
    });
    connect(m_todayActions, &TodayActions::openRequested, this, &MainWindow::showClient);
    connect(m_todayActions, &TodayActions::queueRequested, this, &MainWindow::showToday);
    // An empty company shows a manager its first steps, not a dashboard of zeros.
    connect(m_todayActions, &TodayActions::firstStepsShown, this, [this] {
        if (isShowingDashboard())
            showWorkArea();
    });
    connect(m_noteActions, &NoteActions::recapRequested, m_mailActions, &MailActions::composeRecap);
    // A call not logged: opening it from Today starts its call log, filled in.
    connect(m_workspace->todayPane(), &TodayPane::openRequested, this, [this](qint64 clientId) {
        m_pendingAttempt = m_todayActions->unloggedCallOf(clientId);
        m_pendingAttemptClient = m_pendingAttempt ? clientId : 0;
    });
}

void MainWindow::restoreWindow()
{
    // Size, place, splitters and table columns as the user left them on this screen layout.
    m_layoutStore = new WindowStateStore(this);
    if (!m_layoutStore->restore()) {
        resize(1400, 860);
        // First start: the workspace gets the room its Details tab needs.
        const int w = std::max(width(), 1000);
        m_splitter->setSizes({w * 2 / 5, w - w * 2 / 5});
    }
}

MainWindow::~MainWindow()
{
    // The note being written is kept before the worker goes (it writes what was posted).
    m_drafts->keepNow();
    // Views first, then the models, then the worker (joins its thread).
    delete m_search; // its model posts to the worker
    m_list->setModel(nullptr);
    m_dashboard->setSource(nullptr, 0, m_locale); // cancels a dashboard still computing
    delete m_model;
    delete m_worker;
}

void MainWindow::createActions()
{
    createFileMenu();
    createClientMenu();
    createWorkMenu();
    createReportsMenu();
    createFindAction();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/file-new.svg")),
                                        QString(), this, &MainWindow::newInteractively);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/file-open.svg")),
                                         QString(), this, &MainWindow::openInteractively);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openTeamAction = m_fileMenu->addAction(QString(), this, &MainWindow::openTeamInteractively);
    m_openTeamAction->setObjectName(QStringLiteral("openTeamDatabaseAction"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Read when it opens: a file deleted meanwhile is not offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreInteractively);
    m_restoreAction->setObjectName(QStringLiteral("restoreFromBackupAction"));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/import.svg")),
                                           QString(), this, &MainWindow::importCsv);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(false);
    m_importDocumentsAction = m_fileMenu->addAction(
            QString(), this, [this] { m_documentActions->chooseAndImport(); });
    m_importDocumentsAction->setObjectName(QStringLiteral("importDocumentsAction"));
    m_importDocumentsAction->setEnabled(false);
    m_exportAction = m_fileMenu->addAction(QString(), this,
                                           [this] { showExport(ExportService::Table::Clients); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_exportAction->setEnabled(false);
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
    m_usersAction = m_fileMenu->addAction(QString(), this, &MainWindow::editUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_switchUserAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/user.svg")),
                                               QString(), this, &MainWindow::switchUser);
    m_preferencesAction = m_fileMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/quit.svg")),
                                         QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::createClientMenu()
{
    m_clientMenu = menuBar()->addMenu(QString());
    m_newClientAction
            = m_clientMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/client.svg")), QString(),
                                      m_clientActions, &ClientActions::newClient);
    m_newClientAction->setObjectName(QStringLiteral("newClientAction"));
    m_newClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editClientAction
            = m_clientMenu->addAction(QString(), m_clientActions, &ClientActions::editShownClient);
    m_editClientAction->setObjectName(QStringLiteral("editClientAction"));
    m_editClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_clientMenu->addSeparator();
    m_archiveClientAction = m_clientMenu->addAction(QString(), m_clientActions,
                                                    &ClientActions::archiveShownClient);
    m_archiveClientAction->setObjectName(QStringLiteral("archiveClientAction"));
    m_pauseAction
            = m_clientMenu->addAction(QString(), m_clientActions, &ClientActions::pauseShownClient);
    m_pauseAction->setObjectName(QStringLiteral("pauseRemindersAction"));
    m_resumeAction = m_clientMenu->addAction(QString(), m_clientActions,
                                             &ClientActions::resumeShownClient);
    m_resumeAction->setObjectName(QStringLiteral("resumeRemindersAction"));
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
    m_unarchiveClientAction = m_clientMenu->addAction(QString(), m_clientActions,
                                                      &ClientActions::unarchiveShownClient);
    m_unarchiveClientAction->setObjectName(QStringLiteral("unarchiveClientAction"));
    m_showArchivedAction = m_clientMenu->addAction(QString());
    m_showArchivedAction->setObjectName(QStringLiteral("showArchivedAction"));
    m_showArchivedAction->setCheckable(true);
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setIncludeArchived(on);
    });
    connect(this, &MainWindow::clientShown, this, &MainWindow::updateClientActions);
}

void MainWindow::createWorkMenu()
{
    m_goMenu = menuBar()->addMenu(QString());
    m_todayAction = m_goMenu->addAction(QString(), this, &MainWindow::showToday);
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_dashboardAction = m_goMenu->addAction(QString(), this, &MainWindow::showDashboard);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_doneNextAction = m_goMenu->addAction(QString(), this, &MainWindow::doneAndNext);
    m_doneNextAction->setObjectName(QStringLiteral("doneNextAction"));
    m_doneNextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_logCallAction = m_goMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/phone.svg")),
                                          QString(), this, &MainWindow::logCallOnShownClient);
    m_logCallAction->setObjectName(QStringLiteral("logCallAction"));
    m_logCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_callBillingAction = m_goMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/phone.svg")),
                                              QString(), this, &MainWindow::callBillingContact);
    m_callBillingAction->setObjectName(QStringLiteral("callBillingAction"));
    m_callBillingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_goMenu->addSeparator();
    m_runRemindersAction
            = m_goMenu->addAction(QString(), this, &MainWindow::runRemindersInteractively);
    m_runRemindersAction->setObjectName(QStringLiteral("runRemindersAction"));
    m_workListsAction = m_goMenu->addAction(QString(), this, &MainWindow::showWorkLists);
    m_workListsAction->setObjectName(QStringLiteral("workListsAction"));
    m_promiseRatesAction = m_goMenu->addAction(QString(), this, [this] {
        if (m_worker)
            PromiseRatesDialog::open(m_worker, today(), companyLocale(), this);
    });
    m_promiseRatesAction->setObjectName(QStringLiteral("promiseRatesAction"));
}

void MainWindow::createReportsMenu()
{
    m_reportsMenu = menuBar()->addMenu(QString());
    m_auditAction = m_reportsMenu->addAction(QString(), this, [this] { showAuditTrail({}); });
    m_auditAction->setObjectName(QStringLiteral("auditTrailAction"));
    m_activityAction = m_reportsMenu->addAction(QString(), this, [this] {
        if (!m_worker || !m_db || !AuditService::mayRead(m_user.roles))
            return;
        auto *dialog = ActivityDialog::open(m_worker, m_user.id, companyLocale(), m_db->timeZone(),
                                            this);
        connect(dialog, &ActivityDialog::clientRequested, this, &MainWindow::showClient);
    });
    m_activityAction->setObjectName(QStringLiteral("clientActivityAction"));
    m_clientAuditAction = m_clientMenu->addAction(QString(), this, [this] {
        const ClientDetails &shown = m_workspace->detailsTab()->details();
        if (m_workspace->clientId() && shown.client.id == m_workspace->clientId())
            showAuditTrail(shown.client.code);
    });
    m_clientAuditAction->setObjectName(QStringLiteral("clientAuditTrailAction"));
    m_statementAction = m_clientMenu->addAction(QString(), m_printActions,
                                                &PrintActions::chooseAndSaveStatement);
    m_statementAction->setObjectName(QStringLiteral("statementAction"));
    m_caseFileAction = m_clientMenu->addAction(QString(), m_printActions,
                                               &PrintActions::chooseAndSaveCaseFile);
    m_caseFileAction->setObjectName(QStringLiteral("caseFileAction"));
}

ExportDialog *MainWindow::showExport(ExportService::Table table)
{
    if (!m_worker)
        return nullptr;
    auto *dialog = ExportDialog::open(m_worker, m_user.id, companyLocale(), today(), this);
    dialog->setReportsAllowed(Permissions::allows(m_user.roles, Permission::AuditAndReports));
    dialog->setClientList(m_list->model()->spec());
    const ClientDetails &shown = m_workspace->detailsTab()->details();
    if (m_workspace->clientId() && shown.client.id == m_workspace->clientId())
        dialog->setClient(shown.client.id, shown.client.code);
    dialog->setTable(table);
    return dialog;
}

void MainWindow::showAuditTrail(const QString &clientCode)
{
    if (m_worker && AuditService::mayRead(m_user.roles))
        AuditTrailDialog::open(m_worker, m_user.id, companyLocale(), clientCode, this);
}

void MainWindow::createFindAction()
{
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
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QIcon(QStringLiteral(":/ardesk/icons/guide.svg")),
                                          QString(), this, [this] { showUserGuide(); });
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_whatsThisAction = QWhatsThis::createAction(this);
    m_whatsThisAction->setObjectName(QStringLiteral("whatsThisAction"));
    m_helpMenu->addAction(m_whatsThisAction);
    m_helpMenu->addSeparator();
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

void MainWindow::bindFirstSteps()
{
    // The first steps of an empty company are the window's own actions: a role that may not
    // import or change settings sees neither the menu entry nor the button.
    TodayPane *today = m_workspace->todayPane();
    today->setFirstStepAction(TodayPane::FirstStep::Import, m_importAction);
    today->setFirstStepAction(TodayPane::FirstStep::CompanySettings, m_settingsAction);
    today->setFirstStepAction(TodayPane::FirstStep::EmailSettings, m_emailSettingsAction);
    today->setFirstStepAction(TodayPane::FirstStep::Users, m_usersAction);
}

QString MainWindow::guideSectionForFocus() const
{
    // F1 opens the guide where it speaks of what has the focus.
    const QWidget *focus = QApplication::focusWidget();
    const auto within = [focus](const QWidget *w) {
        return focus && w && (focus == w || w->isAncestorOf(focus));
    };
    if (isShowingDashboard())
        return QStringLiteral("the-dashboard");
    if (within(m_workspace->todayPane()) && m_workspace->todayPane()->isVisible())
        return QStringLiteral("today-the-start-page");
    if (within(m_workspace->notesPane()))
        return QStringLiteral("notes-the-record-of-every-interaction");
    if (within(m_workspace))
        return QStringLiteral("the-client-workspace");
    if (within(m_list))
        return QStringLiteral("the-client-list");
    return {};
}

UserGuideDialog *MainWindow::showUserGuide(const QString &anchor)
{
    const QString section = anchor.isEmpty() ? guideSectionForFocus() : anchor;
    if (!m_guide)
        m_guide = new UserGuideDialog(this);
    m_guide->showSection(section);
    return m_guide;
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    // Read when asked: the list shows the shortcuts this user's window has now.
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::retranslateUi()
{
    m_live->retranslateUi();
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New company file…"));
    m_openAction->setText(tr("&Open company file…"));
    m_openTeamAction->setText(tr("Open &team database…"));
    m_openTeamAction->setToolTip(tr("Open a company kept on a PostgreSQL server, shared by the "
                                    "team"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_restoreAction->setText(tr("Restore from &backup…"));
    m_importAction->setText(tr("&Import from CSV…"));
    m_importDocumentsAction->setText(tr("Import invoice &documents…"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Export a table to a spreadsheet (CSV or Excel)"));
    m_settingsAction->setText(tr("&Company settings…"));
    m_switchUserAction->setText(tr("&Switch user…"));
    m_preferencesAction->setText(tr("Pre&ferences…"));
    m_preferencesAction->setToolTip(tr("Settings of this computer, such as what a call does when "
                                       "no program handles phone links"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("Find a client, or in the open client's notes"));
    m_clientMenu->setTitle(tr("&Client"));
    m_newClientAction->setText(tr("&New client…"));
    m_editClientAction->setText(tr("&Edit client…"));
    m_archiveClientAction->setText(tr("&Archive client…"));
    m_unarchiveClientAction->setText(tr("&Unarchive client…"));
    m_pauseAction->setText(tr("&Pause reminders…"));
    m_resumeAction->setText(tr("Res&ume reminders…"));
    m_showArchivedAction->setText(tr("Show a&rchived clients"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ARDesk"));
    m_integrityAction->setText(tr("&Record integrity…"));
    m_searchAction->setText(tr("&Search notes…"));
    m_templatesAction->setText(tr("&Templates and call scripts…"));
    m_policiesAction->setText(tr("Reminder &policies…"));
    m_usersAction->setText(tr("&Users…"));
    m_emailSettingsAction->setText(tr("&E-mail settings…"));
    m_outboxAction->setText(tr("Out&box…"));
    m_emailClientAction->setText(tr("E-&mail client…"));
    m_remindersAction->setText(tr("Send &reminders to listed clients…"));
    m_goMenu->setTitle(tr("&Work"));
    m_todayAction->setText(tr("&Today"));
    m_dashboardAction->setText(tr("Das&hboard"));
    m_doneNextAction->setText(tr("&Done — next account"));
    m_logCallAction->setText(tr("&Log a call"));
    m_callBillingAction->setText(tr("&Call the billing contact"));
    m_runRemindersAction->setText(tr("&Run reminders…"));
    m_workListsAction->setText(tr("Tasks and &disputes…"));
    m_promiseRatesAction->setText(tr("&Promise-kept rates…"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_auditAction->setText(tr("&Audit trail…"));
    m_activityAction->setText(tr("Client &activity…"));
    m_clientAuditAction->setText(tr("Audit &trail of this client…"));
    m_statementAction->setText(tr("Statement &of account…"));
    m_caseFileAction->setText(tr("Case &file…"));
    m_guideAction->setText(tr("&User guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_whatsThisAction->setText(tr("&What's this?"));
    updateStatus();
    // Last: every action's tooltip carries its shortcut, from the texts just set.
    ActionCatalog::applyToolTips(this);
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
    QStringList recent = recentFiles();
    // A company file deleted or moved since is dropped; a team database is kept (its server
    // is asked only when it is opened).
    const auto gone = [](const QString &path) {
        return !DatabaseUrl::isUrl(path) && !QFileInfo::exists(path);
    };
    if (std::any_of(recent.cbegin(), recent.cend(), gone)) {
        recent.removeIf(gone);
        QSettings().setValue(QStringLiteral("recentFiles"), recent);
    }
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(
                DatabaseUrl::isUrl(path) ? tr("%1  — team database").arg(path)
                                         : QFileInfo(path).fileName() + QStringLiteral("  — ")
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
    m_statementAction->setEnabled(shown);
    // The case file holds the whole record: for managers and admins (CaseFileService's rule).
    m_caseFileAction->setVisible(m_db != nullptr
                                 && Permissions::allows(m_user.roles, Permission::AuditAndReports));
    m_caseFileAction->setEnabled(shown);
    const bool archived = shown
            && m_workspace->detailsTab()->details().client.id == m_workspace->clientId()
            && m_workspace->detailsTab()->details().client.archivedAt.isValid();
    m_archiveClientAction->setEnabled(shown && !archived);
    m_unarchiveClientAction->setEnabled(archived);
    m_pauseAction->setEnabled(shown && !archived);
    m_resumeAction->setEnabled(shown && !archived);
    // The audit trail is for managers and admins: hidden from everyone else.
    const bool mayAudit = m_db != nullptr && AuditService::mayRead(m_user.roles);
    m_auditAction->setVisible(mayAudit);
    m_activityAction->setVisible(mayAudit);
    m_reportsMenu->menuAction()->setVisible(mayAudit);
    m_clientAuditAction->setVisible(mayAudit);
    m_clientAuditAction->setEnabled(mayAudit && shown);
    applyPermissions();
}

void MainWindow::applyPermissions()
{
    // With no file open nothing is enabled anyway: show the menus whole.
    const UserRoles roles = m_db
            ? m_user.roles
            : UserRoles(UserRole::Sales) | UserRole::Clerk | UserRole::Manager | UserRole::Admin;
    const auto offer = [roles](std::initializer_list<QAction *> actions, Permission p) {
        for (QAction *a : actions)
            a->setVisible(Permissions::allows(roles, p));
    };
    offer({m_importAction}, Permission::Import);
    offer({m_importDocumentsAction}, Permission::EditLedger);
    offer({m_settingsAction, m_emailSettingsAction}, Permission::CompanySettings);
    offer({m_usersAction}, Permission::ManageUsers);
    offer({m_newClientAction, m_editClientAction, m_archiveClientAction, m_unarchiveClientAction},
          Permission::EditClients);
    offer({m_pauseAction, m_resumeAction}, Permission::Pause);
    offer({m_outboxAction, m_emailClientAction, m_remindersAction}, Permission::SendEmail);
    offer({m_policiesAction, m_templatesAction}, Permission::EditPolicies);
    offer({m_runRemindersAction}, Permission::SendEmail); // ReminderService::authorizeRun
    offer({m_dashboardAction}, Permission::AuditAndReports);
    m_workspace->detailsTab()->setUserRoles(roles);
}

void MainWindow::updateStatus()
{
    m_importAction->setEnabled(m_db != nullptr);
    m_importDocumentsAction->setEnabled(m_db != nullptr);
    m_exportAction->setEnabled(m_db != nullptr);
    m_integrityAction->setEnabled(m_db != nullptr);
    m_searchAction->setEnabled(m_db != nullptr);
    m_templatesAction->setEnabled(m_db != nullptr);
    m_policiesAction->setEnabled(m_db != nullptr);
    m_usersAction->setEnabled(m_db != nullptr);
    m_emailSettingsAction->setEnabled(m_db != nullptr);
    m_outboxAction->setEnabled(m_db != nullptr);
    m_remindersAction->setEnabled(m_db != nullptr);
    for (QAction *a : {m_todayAction, m_doneNextAction, m_logCallAction, m_callBillingAction,
                       m_runRemindersAction, m_workListsAction, m_promiseRatesAction})
        a->setEnabled(m_db != nullptr);
    updateClientActions();
    m_restoreAction->setEnabled(m_db != nullptr);
    m_damageBanner->setVisible(m_db && (m_db->isDamaged() || !m_db->notWritable().isEmpty()));
    if (m_db && m_db->isDamaged())
        m_damageBanner->setText(
                tr("This company file is damaged (%1). ARDesk opened it read-only: you can read "
                   "what is still readable, but nothing can be saved. Restore it from a backup "
                   "with File > Restore from backup… (or ardesk-cli restore).")
                        .arg(m_db->damage()));
    else if (m_db && !m_db->notWritable().isEmpty())
        m_damageBanner->setText(
                tr("This company file cannot be saved here: %1. ARDesk opened it read-only: you "
                   "can read everything, but nothing can be saved. Copy it to a folder you may "
                   "write to, or ask whoever manages that folder.")
                        .arg(m_db->notWritable()));
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
                         displayText(m_user.roles)));
}

namespace {

/// Where the password of `url` is kept: the store `makeStore` makes, read again at each call.
TeamCredentials::Source keptPassword(const QString &url,
                                     const std::function<std::unique_ptr<SecretStore>()> &makeStore)
{
    return [url, makeStore] {
        auto store = makeStore();
        auto kept = TeamPassword::find(*store, url);
        return kept ? kept.value() : QString();
    };
}

/// Opens the team database `url` on the calling thread: with the password `typed`, else
/// PostgreSQL's own sources (PGPASSWORD, ~/.pgpass), else — when the server asks for one — the
/// one the store `makeStore` makes keeps, which then stays its source (TeamCredentials) for the
/// connections to come. A typed one is held until the caller drops it. One that did not work
/// gives way to the one before (a database of that address open in this window keeps working).
Result<std::shared_ptr<Database>> connectTeamDatabase(
        const QString &url, const QString &typed, const Database::Options &options,
        const std::function<std::unique_ptr<SecretStore>()> &makeStore)
{
    const QString before = TeamCredentials::password(url);
    if (!typed.isEmpty())
        TeamCredentials::setPassword(url, typed);
    auto opened = Database::open(url, options);
    if (opened)
        return opened;
    if (!typed.isEmpty() || !TeamPassword::isMissing(opened.error())) {
        if (!typed.isEmpty())
            TeamCredentials::setPassword(url, before);
        return opened;
    }
    auto store = makeStore();
    auto kept = TeamPassword::find(*store, url);
    if (!kept)
        return makeError(opened.error().code,
                         opened.errorString() + QStringLiteral("; ") + TeamPassword::missingHint());
    // Held until the window's own connection is made (MainWindow::openFile drops it), then read
    // from the keychain again for each new connection.
    TeamCredentials::setPassword(url, kept.value());
    TeamCredentials::wipe(kept.value());
    TeamCredentials::setSource(url, keptPassword(url, makeStore));
    auto again = Database::open(url, options);
    if (!again) {
        TeamCredentials::setSource(url, {});
        TeamCredentials::setPassword(url, before);
    }
    return again;
}

} // namespace

Result<User> MainWindow::resolveUser(const std::shared_ptr<Database> &db, const QString &requested)
{
    UserService users(db);
    auto list = users.list();
    if (!list)
        return list.error();
    QString name = requested;
    if (name.isEmpty()) {
        const QString remembered = QSettings().value(userKeyFor(db->path())).toString();
        if (!remembered.isEmpty() && users.exists(remembered))
            name = remembered;
    }
    if (db->isReadOnly()) {
        // Nothing may be written, not even a first sign-in: read as the user the file knows,
        // or as a reader with no role.
        const QString wanted = name.isEmpty() ? paths::osLoginName() : name;
        for (const User &u : list.value()) {
            if (u.name == wanted)
                return u;
        }
        User reader;
        reader.name = wanted;
        reader.displayName = wanted;
        return reader;
    }
    if (name.isEmpty()) {
        UserChooserDialog dialog(list.value(), paths::osLoginName(), this);
        if (dialog.exec() != QDialog::Accepted)
            return makeError(ErrorCode::InvalidValue, tr("no user chosen"));
        name = dialog.userName();
    }
    // The first user of a file administers it and manages its collections; later ones start as
    // clerks.
    return users.signIn(name,
                        list.value().isEmpty() ? UserRoles(UserRole::Manager) | UserRole::Admin
                                               : UserRoles(UserRole::Clerk));
}

Result<std::shared_ptr<Database>> MainWindow::openDatabase(const QString &path)
{
    Database::Options options;
    options.clock = m_clock;
    if (DatabaseUrl::isUrl(path))
        return openTeamDatabase(path, options);
    const int stored = Database::storedSchemaVersion(path);
    if (stored <= 0 || stored >= Database::latestSchemaVersion())
        return Database::open(path, options); // nothing to migrate
    Q_EMIT upgradingFile(path, stored);
    Result<std::shared_ptr<Database>> result
            = makeError(ErrorCode::Database, tr("the upgrade did not finish"));
    runBehindProgress(
            this, QString(), tr("Upgrading company file"),
            tr("Upgrading %1 for this version of ARDesk…\nThis happens once; a large "
               "company file takes a few seconds.")
                    .arg(QFileInfo(path).fileName()),
            [&result, path, options] {
                result = Database::open(path, options);
                if (result)
                    result.value()->releaseThreadConnection(); // the GUI thread opens its own
            });
    return result;
}

Result<std::shared_ptr<Database>> MainWindow::openTeamDatabase(const QString &url,
                                                               const Database::Options &options)
{
    QString typed = std::exchange(m_typedPassword, QString());
    auto makeStore = m_teamPasswordStore;
    if (!makeStore)
        makeStore
                = [] { return std::make_unique<KeychainSecretStore>(TeamPassword::serviceName()); };
    const auto parsed = DatabaseUrl::parse(url);
    const QString where = parsed ? QStringLiteral("%1:%2/%3")
                                           .arg(parsed.value().host())
                                           .arg(parsed.value().port())
                                           .arg(parsed.value().databaseName())
                                 : url;
    Result<std::shared_ptr<Database>> result
            = makeError(ErrorCode::Database, tr("the connection did not finish"));
    // The keychain (D-Bus, maybe a prompt) and the server (up to connect_timeout) answer on a
    // thread of their own; its copy of the typed password is gone when this returns.
    runBehindProgress(
            this, QStringLiteral("connectProgress"), tr("Opening team database"),
            tr("Connecting to the team database %1…").arg(where),
            [&result, url, typed, options, makeStore] {
                result = connectTeamDatabase(url, typed, options, makeStore);
                if (result)
                    result.value()->releaseThreadConnection(); // the GUI thread opens its own
            });
    TeamCredentials::wipe(typed);
    return result;
}

/// Closes the open file's model, worker and views and makes `db` the window's file; its first
/// job brings the AR summary to today.
void MainWindow::swapIn(std::shared_ptr<Database> db, const User &user, const QString &companyName,
                        const QLocale &locale)
{
    // Swap in the new file: the note being written is kept in the old one, views detach before
    // the old model and worker go.
    finishBackup(tr("Finishing the automatic backup of %1…").arg(currentFile()));
    m_drafts->keepNow();
    m_drafts->forget();
    delete m_search; // searched the old file through the old worker
    m_list->setModel(nullptr);
    m_workspace->clear();
    m_dashboard->setSource(nullptr, 0, m_locale); // cancels a dashboard still computing
    delete m_model;
    delete m_worker;
    if (m_db)
        m_db->releaseThreadConnection();
    m_db = db;
    m_user = user;
    m_companyName = companyName;
    m_locale = locale;
    m_worker = new DatabaseWorker(m_db);
    m_live->setDatabase(m_db);
    m_dashboard->setSource(m_worker, m_user.id, m_locale);
    m_list->setNarrowingText({});
    // Overdue figures follow the calendar: bring the summary to today before the first query.
    const QDate today = MainWindow::today();
    m_worker->run(
            this,
            [today](const std::shared_ptr<Database> &file) -> QString {
                // On the worker thread: CompanyFile works on that thread's own connection.
                auto advanced = CompanyFile::advanceSummary(*file, today);
                return advanced ? QString() : advanced.errorString();
            },
            [](QString error) {
                if (!error.isEmpty())
                    log::warning(QStringLiteral("refreshing overdue figures failed: ") + error);
            });
}

Result<void> MainWindow::openFile(const QString &path, const QString &userName)
{
    if (!m_noteActions->closeCallLog())
        return makeError(ErrorCode::Conflict,
                         tr("the call log is still open: save or discard it first"));
    auto opened = openDatabase(path);
    if (!opened)
        return opened.error();
    std::shared_ptr<Database> db = opened.value();
    auto user = resolveUser(db, userName);
    if (!user) {
        db->releaseThreadConnection();
        return user.error();
    }
    // The window's connection is made: a password the keychain can give again is not held.
    if (DatabaseUrl::isUrl(path))
        TeamCredentials::dropHeldPassword(path);
    auto company = CompanySettings::load(*db);

    swapIn(db, user.value(), company ? company.value().companyName : QString(),
           company ? QLocale(company.value().locale) : QLocale());
    const QDate today = MainWindow::today();
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
    m_workspace->notesPane()->delegate()->setCompanyTimeZone(companyTimeZone());

    QSettings().setValue(userKeyFor(m_db->path()), m_user.name);
    rememberRecent(m_db->path());
    updateStatus();
    // A manager's start page is the dashboard; everyone else starts at Today.
    if (m_user.roles.testFlag(UserRole::Manager)
        && Permissions::allows(m_user.roles, Permission::AuditAndReports))
        showDashboard();
    else
        showWorkArea();
    log::info(QStringLiteral("opened %1 as %2").arg(m_db->path(), m_user.name));
    const QString lastClose = QSettings().value(closeBackupKeyFor(m_db->path())).toString();
    if (!lastClose.isEmpty())
        statusBar()->showMessage(
                tr("The automatic backup when ARDesk last closed this file failed: %1")
                        .arg(lastClose),
                30000);
    if (m_automaticBackups && !m_db->isReadOnly() && m_db->dialect() == Dialect::SQLite)
        m_backups->start(m_db, BackupService::Trigger::FirstOpenOfDay);
    Q_EMIT fileOpened(m_db->path());
    return {};
}

Result<void> MainWindow::newFile(const QString &path, const QString &userName)
{
    {
        CompanySettings settings;
        settings.companyName = QFileInfo(path).completeBaseName();
        Database::Options options;
        options.clock = m_clock;
        auto created = CompanyFile::create(path, settings, userName, options);
        if (!created)
            return created.error();
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

void MainWindow::openTeamInteractively()
{
    TeamDatabaseDialog dialog(this);
    // The team database last opened, when there is one.
    const QStringList recent = recentFiles();
    for (const QString &address : recent) {
        if (DatabaseUrl::isUrl(address)) {
            dialog.setAddress(address);
            break;
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_typedPassword = dialog.password();
    auto opened = openFile(dialog.address());
    TeamCredentials::wipe(m_typedPassword);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        dialog.clearPassword();
        QMessageBox::warning(this, tr("Cannot open team database"), opened.errorString());
        return;
    }
    if (dialog.remembersPassword() && !dialog.password().isEmpty()) {
        KeychainSecretStore keychain(TeamPassword::serviceName());
        if (auto kept = TeamPassword::remember(keychain, dialog.address(), dialog.password());
            !kept) {
            QMessageBox::warning(this, tr("Password not remembered"),
                                 tr("The team database is open, but its password could not be "
                                    "kept in the keychain: %1")
                                         .arg(kept.errorString()));
        } else {
            // Kept: read from the keychain again for each connection, no longer held.
            auto makeStore = m_teamPasswordStore;
            if (!makeStore)
                makeStore = [] {
                    return std::make_unique<KeychainSecretStore>(TeamPassword::serviceName());
                };
            TeamCredentials::setSource(dialog.address(), keptPassword(dialog.address(), makeStore));
            TeamCredentials::dropHeldPassword(dialog.address());
        }
    }
    dialog.clearPassword();
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
    auto loaded = SettingsService(m_db, m_user.id).company();
    if (!loaded) {
        QMessageBox::warning(this, tr("Company settings"), loaded.errorString());
        return;
    }
    CompanySettingsDialog dialog(this);
    dialog.setSettings(loaded.value());
    connect(&dialog, &CompanySettingsDialog::saveRequested, this,
            [this, &dialog](const CompanySettings &s) {
                if (auto r = SettingsService(m_db, m_user.id).saveCompany(s); !r) {
                    dialog.showError(r.errorString());
                    return;
                }
                m_companyName = s.companyName;
                m_locale = QLocale(s.locale);
                if (m_model)
                    m_model->setLocale(m_locale);
                m_workspace->setLocale(m_locale);
                // A new time zone may move the company's date.
                const QDate today = MainWindow::today();
                if (m_model)
                    m_model->setAsOf(today);
                m_workspace->setAsOf(today);
                m_workspace->notesPane()->delegate()->setCompanyTimeZone(companyTimeZone());
                if (m_workspace->clientId())
                    showClient(m_workspace->clientId());
                refreshToday();
                updateStatus();
                dialog.accept();
            });
    dialog.exec();
}

void MainWindow::importCsv()
{
    if (!m_db)
        return;
    auto *dialog = new ImportDialog(m_db, m_user.id, companyLocale(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, dialog] {
        if (m_model)
            m_model->refresh();
        m_todayActions->refresh(); // an empty company's first steps give way to its queue
        if (m_workspace->clientId())
            showClient(m_workspace->clientId());
        statusBar()->showMessage(tr("Imported %1 into the company file")
                                         .arg(QFileInfo(dialog->filePath()).fileName()),
                                 10000);
    });
    dialog->open();
}

void MainWindow::editUsers()
{
    if (!m_db)
        return;
    auto list = UserService(m_db).list();
    if (!list) {
        QMessageBox::warning(this, tr("Users"), list.errorString());
        return;
    }
    UsersDialog dialog(list.value(), this);
    connect(&dialog, &UsersDialog::saveRequested, this, [this, &dialog](const User &u) {
        TeamRoles::LoginChange login;
        if (auto r = UserService(m_db).update(u, m_user.id, &login); !r) {
            dialog.showError(r.errorString());
            return;
        }
        dialog.userSaved(u, login.describe(u.name));
        if (u.id == m_user.id) {
            m_user = u;
            updateStatus();
        }
    });
    connect(&dialog, &UsersDialog::addRequested, this, [this, &dialog] { addUser(dialog); });
    dialog.exec();
}

void MainWindow::addUser(UsersDialog &users)
{
    AddUserDialog add(DatabaseUrl::isUrl(m_db->path()) ? AddUserDialog::Kind::TeamDatabase
                                                       : AddUserDialog::Kind::CompanyFile,
                      &users);
    connect(&add, &AddUserDialog::addRequested, this, [this, &add, &users] {
        User u = add.user();
        TeamRoles::LoginChange login;
        if (auto r = UserService(m_db).add(u, m_user.id, add.password(), &login); !r) {
            add.showError(r.errorString()); // the typed fields stay, to correct and try again
            return;
        }
        add.clearPasswords();
        add.accept();
        users.userAdded(u, login.describe(u.name));
    });
    add.exec();
}

void MainWindow::switchUser()
{
    if (!m_db)
        return;
    auto list = UserService(m_db).list();
    if (!list)
        return;
    UserChooserDialog dialog(list.value(), m_user.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto user = UserService(m_db).signIn(dialog.userName(), UserRole::Clerk);
    if (!user) {
        QMessageBox::warning(this, tr("Switch user"), user.errorString());
        return;
    }
    // The note being written is the previous user's draft; the next one gets their own.
    m_drafts->keepNow();
    m_drafts->forget();
    m_user = user.value();
    QSettings().setValue(userKeyFor(m_db->path()), m_user.name);
    updateStatus();
    reloadClient();
}

void MainWindow::runClientWrite(qint64 clientId, ClientWrite write, const QString &doneMessage,
                                AfterWrite after, std::function<void(QString)> done)
{
    if (!m_worker)
        return;
    const qint64 userId = m_user.id;
    m_worker->run(
            this,
            [userId, write = std::move(write)](const std::shared_ptr<Database> &db) -> QString {
                const Result<void> r = write(db, userId);
                return r ? QString() : r.errorString();
            },
            [this, clientId, doneMessage, after, done = std::move(done)](QString error) {
                if (error.isEmpty()) {
                    statusBar()->showMessage(doneMessage, 5000);
                    if (m_model)
                        m_model->refreshInPlace(); // the selection and the scroll stay
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
    m_clientActions->setCreditHold(clientId, hold, reason, std::move(done));
}

void MainWindow::saveClient(Client client, std::function<void(QString error, qint64 id)> done)
{
    m_clientActions->save(std::move(client), std::move(done));
}

void MainWindow::archiveClient(qint64 clientId, const QString &reason,
                               std::function<void(QString)> done)
{
    m_clientActions->archive(clientId, reason, std::move(done));
}

void MainWindow::unarchiveClient(qint64 clientId, std::function<void(QString)> done)
{
    m_clientActions->unarchive(clientId, std::move(done));
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

void MainWindow::showDashboard()
{
    if (!m_worker || !Permissions::allows(m_user.roles, Permission::AuditAndReports))
        return;
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->refresh();
}

bool MainWindow::isShowingDashboard() const
{
    return m_pages->currentWidget() == m_dashboard;
}

void MainWindow::showWorkArea()
{
    // Leaving the dashboard while it computes frees the worker for what the user does next.
    m_dashboard->cancel();
    m_pages->setCurrentWidget(m_splitter);
}

void MainWindow::showNarrowedList(const ClientListQuery::Spec &narrowing,
                                  const QString &description)
{
    if (!m_model)
        return;
    showWorkArea();
    m_model->setNarrowing(narrowing);
    m_list->setNarrowingText(description);
    m_list->view()->setFocus();
}

void MainWindow::showToday()
{
    showWorkArea();
    ++m_detailsRequest; // a client load still in flight must not replace the queue
    m_workspace->clear();
    updateClientActions();
    refreshToday();
    m_workspace->todayPane()->view()->setFocus();
}

void MainWindow::refreshToday()
{
    m_todayActions->refresh();
}

void MainWindow::doneAndNext()
{
    m_todayActions->doneAndNext();
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
    if (!composer->unsavedDraft().isEmpty()) {
        // A note is being written (or a draft was restored): it is not thrown away.
        statusBar()->showMessage(tr("The note you started is still here: save or discard it "
                                    "first"),
                                 8000);
    } else {
        composer->startNew();
        composer->prefill(NoteChannel::Call, who.name, who.id);
    }
    if (auto *text = composer->findChild<QPlainTextEdit *>(QStringLiteral("text")))
        text->setFocus();
}

void MainWindow::callBillingContact()
{
    if (m_workspace->clientId()) {
        m_noteActions->callBillingContact();
        return;
    }
    // From the queue: open the selected account first, then call.
    if (const qint64 id = m_workspace->todayPane()->currentClientId()) {
        m_pendingDialClient = id;
        showClient(id);
    }
}

void MainWindow::runRemindersInteractively()
{
    if (!m_worker)
        return;
    RemindersScreen::open(m_worker, m_user.id, today(),
                          {this, statusBar(),
                           [this] {
                               if (m_model)
                                   m_model->refresh();
                               refreshToday();
                               reloadClient();
                           },
                           m_locale});
}

void MainWindow::openDispute(const Invoice &invoice)
{
    if (invoice.id == 0 || m_workspace->clientId() == 0)
        return;
    m_workspace->showNotesTab();
    NoteComposer *composer = m_workspace->notesPane()->composer();
    if (!composer->unsavedDraft().isEmpty()) {
        statusBar()->showMessage(tr("The note you started is still here: save or discard it "
                                    "before recording the dispute"),
                                 8000);
        return;
    }
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
    const qint64 clientId = m_workspace->clientId();
    PoliciesScreen::open(m_worker, {m_user.id, clientId, m_workspace->headerText()}, this, [this] {
        refreshToday();
        reloadClient();
    });
}

QDate MainWindow::today() const
{
    return m_db ? m_db->today() : m_clock->todayIn(QTimeZone::systemTimeZone());
}

QTimeZone MainWindow::companyTimeZone() const
{
    return m_db ? m_db->timeZone() : QTimeZone::systemTimeZone();
}

void MainWindow::showWorkLists()
{
    if (!m_worker)
        return;
    auto users = UserService(m_db).list();
    WorkListsScreen::open(m_worker,
                          {m_user, users ? users.value() : QList<User>(), m_workspace->clientId(),
                           m_workspace->headerText(), today(), m_locale},
                          this, [this] { refreshToday(); });
}

void MainWindow::reloadClient()
{
    if (m_workspace->clientId())
        showClient(m_workspace->clientId());
}

void MainWindow::sendRemindersInteractively()
{
    if (m_model)
        m_mailActions->chooseReminders(m_model->spec(), m_list->selectedClientIds());
}

void MainWindow::editTemplates()
{
    if (!m_worker)
        return;
    TemplatesScreen::open(m_worker, m_user.id, this,
                          [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::showClient(qint64 clientId)
{
    if (!m_worker)
        return;
    showWorkArea();
    const quint64 request = ++m_detailsRequest;
    m_workspace->showLoading();
    requestDetails(clientId, [this, request, clientId](DetailsResult r) {
        if (request != m_detailsRequest)
            return; // the user moved on to another client
        if (r.details)
            showDetails(clientId, std::move(r));
        else
            m_workspace->showError(r.error);
        updateClientActions();
    });
}

/// Loads what the workspace shows of `clientId` on the worker, as of today and for this user;
/// `done` gets it on the GUI thread.
void MainWindow::requestDetails(qint64 clientId, std::function<void(DetailsResult)> done)
{
    const QDate today = MainWindow::today();
    const qint64 userId = m_user.id;
    m_worker->run(
            this,
            [clientId, today, userId](const std::shared_ptr<Database> &db) {
                return loadDetails(db, clientId, today, userId);
            },
            std::move(done));
}

void MainWindow::showDetails(qint64 clientId, DetailsResult r)
{
    m_workspace->todayPane()->selectClient(clientId);
    // Coming from another client (or user, or file): what the composer held is kept as that
    // one's draft, and this client's draft comes back.
    const bool arrived = m_drafts->arrive(clientId);
    m_workspace->showDetails(*r.details);
    m_workspace->showNotes(std::move(r.notes), r.templates);
    if (arrived)
        m_drafts->restore(r.draft);
    if (r.chase)
        m_workspace->showChase(*r.chase);
    if (m_pendingCallClient == clientId) {
        m_pendingCallClient = 0;
        logCallOnShownClient();
    }
    if (m_pendingDialClient == clientId) {
        m_pendingDialClient = 0;
        m_noteActions->callBillingContact();
    }
    if (m_pendingAttemptClient == clientId) {
        m_pendingAttemptClient = 0;
        m_noteActions->resumeCall(std::exchange(m_pendingAttempt, 0));
    }
    if (m_pendingNoteClient == clientId) {
        m_workspace->showNotesTab();
        m_workspace->notesPane()->revealNote(m_pendingNote);
        m_pendingNoteClient = m_pendingNote = 0;
    }
    Q_EMIT clientShown(clientId);
}

void MainWindow::applyLiveRefresh(const LiveUpdates::Batch &batch)
{
    if (!m_worker)
        return;
    if (batch.outbox)
        m_mailActions->refreshOutbox();
    if (!batch.clientData)
        return;
    if (m_model)
        m_model->refreshInPlace();
    refreshToday();
    if (batch.dashboard && isShowingDashboard())
        m_dashboard->refreshForChanges();
    if (const qint64 shown = m_workspace->clientId(); shown && batch.touches(shown))
        reloadShownClientQuietly();
}

void MainWindow::reloadShownClientQuietly()
{
    const qint64 clientId = m_workspace->clientId();
    const quint64 request = m_detailsRequest; // not a new request: a user's own load wins
    requestDetails(clientId, [this, request, clientId](DetailsResult r) {
        if (request != m_detailsRequest || m_workspace->clientId() != clientId || !r.details)
            return;
        showDetails(clientId, std::move(r));
        updateClientActions();
    });
}

void MainWindow::closeCurrentFile()
{
    finishBackup(tr("Finishing the automatic backup of %1…").arg(currentFile()));
    m_drafts->keepNow();
    m_drafts->forget();
    delete m_search;
    m_list->setModel(nullptr);
    m_workspace->clear();
    m_dashboard->setSource(nullptr, 0, m_locale); // cancels a dashboard still computing
    m_live->setDatabase(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_worker;
    m_worker = nullptr;
    showWorkArea();
    if (m_db)
        m_db->releaseThreadConnection();
    m_db.reset();
    updateStatus();
}

Result<void> MainWindow::restoreFromBackup(const QString &backupPath, BackupService::Newer newer)
{
    if (!m_db)
        return makeError(ErrorCode::InvalidValue, tr("no company file is open"));
    if (!m_noteActions->closeCallLog())
        return makeError(ErrorCode::Conflict,
                         tr("the call log is still open: save or discard it first"));
    const QString target = m_db->path();
    const QString user = m_user.name;
    closeCurrentFile(); // nothing of this window may hold the file while it is replaced
    auto restored = RestoreRun::run(this, backupPath, target, user, newer, m_clock);
    auto reopened = openFile(target, user);
    if (!restored)
        return restored.error();
    if (!reopened)
        return reopened.error();
    statusBar()->showMessage(tr("Restored from %1; the replaced file is kept as %2")
                                     .arg(QFileInfo(backupPath).fileName(),
                                          QFileInfo(restored.value().keptAs).fileName()),
                             15000);
    return {};
}

void MainWindow::restoreInteractively()
{
    if (!m_db)
        return;
    const QString target = m_db->path();
    const QString folder = QFileInfo(target).absolutePath() + QStringLiteral("/backups");
    const QString backup = QFileDialog::getOpenFileName(
            this, tr("Restore from backup"),
            QFileInfo(folder).isDir() ? folder : QFileInfo(target).absolutePath(),
            tr("ARDesk company files (*.ardesk);;All files (*)"));
    if (backup.isEmpty())
        return;
    const auto answer = QMessageBox::question(
            this, tr("Restore from backup"),
            tr("Replace %1 with the backup %2?\n\nThe backup is checked first; the current file "
               "is kept beside it as %3.replaced-… .")
                    .arg(QFileInfo(target).fileName(), QFileInfo(backup).fileName(),
                         QFileInfo(target).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    auto r = restoreFromBackup(backup, BackupService::Newer::Refuse);
    if (!r && r.error().code == ErrorCode::Conflict && r.errorString().contains(target)) {
        // The file holds changes the backup does not have: only on an explicit second yes.
        const auto again = QMessageBox::warning(
                this, tr("Restore from backup"),
                tr("%1\n\nReplace it anyway? The changes stay in the file kept beside it.")
                        .arg(r.errorString()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (again != QMessageBox::Yes)
            return;
        r = restoreFromBackup(backup, BackupService::Newer::Replace);
    }
    if (!r)
        QMessageBox::warning(this, tr("Restore from backup"), r.errorString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_noteActions->closeCallLog()) {
        event->ignore(); // the clerk keeps editing the call log
        return;
    }
    m_drafts->keepNow();
    if (m_automaticBackups && m_db && m_worker && !m_db->isReadOnly()
        && m_db->dialect() == Dialect::SQLite) {
        // The backup holds everything saved: what the worker still has to write goes first.
        m_worker->drain();
        finishBackup(tr("Finishing the automatic backup of %1…").arg(currentFile()));
        CloseBackupRun::run(this, m_backups, m_db, currentFile());
    }
    m_layoutStore->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::finishBackup(const QString &why)
{
    // The first open's backup, still copying: its stage and progress, and Cancel.
    CloseBackupRun::finishRunning(this, m_backups, why);
}

void MainWindow::backupFinished(const QString &path, const QString &error,
                                BackupService::Trigger trigger)
{
    const QString file = currentFile();
    if (trigger == BackupService::Trigger::Close && !file.isEmpty()) {
        // The window is closing: a failure is told when the file is next opened.
        if (error.isEmpty())
            QSettings().remove(closeBackupKeyFor(file));
        else
            QSettings().setValue(closeBackupKeyFor(file), error);
        return;
    }
    if (!error.isEmpty())
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(error), 30000);
    else if (!path.isEmpty())
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace ardesk
