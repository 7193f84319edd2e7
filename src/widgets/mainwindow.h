// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/invoice.h"
#include "core/domain/user.h"
#include "core/services/backupservice.h"
#include "core/services/exportservice.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/database.h"
#include "core/support/clock.h"
#include "widgets/liveupdates.h"
#include "widgets/session.h"

#include <functional>
#include <memory>

#include <QLocale>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace ardesk {

class ClientActions;
class ClientListModel;
class ClientListPane;
class ClientWorkspace;
class DashboardPane;
class DatabaseWorker;
class ExportDialog;
class InvoiceDocumentActions;
class PreferencesDialog;
class PrintActions;
class LedgerActions;
class NoteActions;
class NoteDraftKeeper;
class AutomaticBackup;
class MailActions;
class SearchDialog;
class ShortcutsDialog;
class TodayActions;
class SecretStore;
class UserGuideDialog;
class UsersDialog;
class WindowStateStore;

/// The ARDesk main window: the client list beside the selected client's workspace, file and
/// settings menus, the current user in the status bar. Database work runs on a DatabaseWorker;
/// the GUI thread only opens files and reads small settings.
class MainWindow : public QMainWindow, public Session
{
    Q_OBJECT
public:
    /// `clock` is where the window and everything it opens read the time (a test sets it).
    explicit MainWindow(std::shared_ptr<const Clock> clock = Clock::system(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a company file. `userName` empty = the user remembered for this file, or ask.
    /// Returns the error (the caller decides how to show it); the previous file stays open on
    /// failure.
    Result<void> openFile(const QString &path, const QString &userName = QString());
    /// Creates a new, empty company file and opens it with `userName` as its administrator.
    Result<void> newFile(const QString &path, const QString &userName);

    QString currentFile() const;
    /// File > Restore from backup… without the dialogs: closes the open company file, puts the
    /// proved backup at `backupPath` in its place (BackupService::restore: the replaced file is
    /// kept beside it) and opens it again as the same user. On failure the error is returned and
    /// the file is opened again as it was.
    Result<void> restoreFromBackup(const QString &backupPath, BackupService::Newer newer);
    /// The window's automatic backups (Company settings > Backups): one on the first open of
    /// each company day, one when the window closes, each on a thread of its own.
    AutomaticBackup *automaticBackup() const { return m_backups; }
    /// Off: this window takes no automatic backups whatever the company settings say (the
    /// start-up benchmark measures the window, not a copy of a 2 GB file made beside it).
    void setAutomaticBackupsEnabled(bool enabled) { m_automaticBackups = enabled; }
    /// Makes the store opening a team database asks for a kept password when the server wants
    /// one and none was typed (by default the OS keychain, TeamPassword). Called, and the store
    /// used, on the thread that connects, never the GUI thread. For tests.
    void setTeamPasswordStore(std::function<std::unique_ptr<SecretStore>()> make)
    {
        m_teamPasswordStore = std::move(make);
    }
    /// The banner over the window that says the open file is damaged and read-only.
    QLabel *damageBanner() const { return m_damageBanner; }
    /// A team database's live updates and its connection-lost banner (banner()).
    LiveUpdates *liveUpdates() const { return m_live; }
    User currentUser() const override { return m_user; }
    /// The company file's locale: how amounts and dates are shown and typed.
    QLocale companyLocale() const override { return m_locale; }
    /// Where the window reads the time: set once at construction.
    const Clock &clock() const override { return *m_clock; }
    std::shared_ptr<const Clock> sharedClock() const override { return m_clock; }
    QDate today() const override;
    QTimeZone companyTimeZone() const override;
    ClientListPane *clientList() const { return m_list; }
    /// Where the window's size, splitters and columns are remembered per screen layout.
    WindowStateStore *layoutStore() const { return m_layoutStore; }
    ClientWorkspace *workspace() const { return m_workspace; }
    DatabaseWorker *worker() const override { return m_worker; }
    NoteActions *noteActions() const { return m_noteActions; }
    MailActions *mailActions() const { return m_mailActions; }
    /// Loads the shown client again (after a change made elsewhere, e.g. a sent e-mail's note).
    void reloadClient() override;
    /// Shows the Today queue (Ctrl+T) and reloads it.
    void showToday();
    /// Work > Dashboard (Ctrl+Shift+D): the manager's dashboard in place of the list and
    /// workspace, computed again. Only for readers of reports (Permission::AuditAndReports);
    /// a manager lands on it when a file opens.
    void showDashboard();
    DashboardPane *dashboard() const { return m_dashboard; }
    /// Whether the dashboard is on screen (instead of the list and workspace).
    bool isShowingDashboard() const;
    /// Reloads the Today queue of the current user (after changes).
    void refreshToday();
    /// Ctrl+D: the Today item of the open (or selected) client is done for today — its due
    /// tasks are completed — and the next item opens.
    void doneAndNext();
    /// Ctrl+L: log a call on the open client (Notes tab, composer ready for a call).
    void logCallOnShownClient();
    /// Ctrl+Shift+L: call the open (or the Today-selected) client's billing contact — tel:
    /// and the call log with the script.
    void callBillingContact();
    /// Client > Run reminders: preview what the policies would do today, then apply.
    void runRemindersInteractively();
    /// Work > Tasks and disputes.
    void showWorkLists();
    /// File > Reminder policies: steps, segments, the shown client's policy, queue weights.
    void editPolicies();
    /// Gets the Notes composer ready for a dispute note on `invoice` of the shown client.
    void openDispute(const Invoice &invoice);
    /// E-mail the clients now in the list: asks for the template and whether the shown client
    /// only or every client matching the filter, then previews before queueing.
    void sendRemindersInteractively();
    QStringList recentFiles() const;
    /// Puts a client on credit hold (reason required) or lifts it, on the worker thread, then
    /// refreshes the list and the workspace. `done` gets the error text (empty on success).
    void setCreditHold(qint64 clientId, bool hold, const QString &reason,
                       std::function<void(QString)> done = {});
    /// Creates (id 0) or updates a client through ClientService on the worker thread, then
    /// refreshes the list and shows the client. `done` gets the error text (empty on success;
    /// "changed by someone else" when another copy was saved first) and the client's id.
    void saveClient(Client client, std::function<void(QString error, qint64 id)> done = {});
    /// Archives a client (reason required; refused while it has open invoices) on the worker
    /// thread, then refreshes the list. `done` gets the error text (empty on success).
    void archiveClient(qint64 clientId, const QString &reason,
                       std::function<void(QString)> done = {});

    void runClientWrite(qint64 clientId, ClientWrite write, const QString &doneMessage,
                        AfterWrite after, std::function<void(QString)> done) override;
    /// Shows a client's Notes tab with one note selected (e.g. a search result).
    void openNote(qint64 clientId, qint64 noteId);
    enum class SearchScope { AllClients, ShownClient };
    /// Opens the note search: every client's notes (Ctrl+Shift+F), or the open client's (Ctrl+F
    /// while working in the client).
    void showSearch(SearchScope scope = SearchScope::AllClients);
    /// File > Export… (Ctrl+Shift+X) opened on `table`, with the client list's filter and
    /// order and the shown client.
    ExportDialog *showExport(ExportService::Table table);
    /// Help > User guide (F1): the guide at `anchor` ("users-and-roles"); none: at the section
    /// about what has the focus (Today, the client list, the workspace, notes, the dashboard).
    UserGuideDialog *showUserGuide(const QString &anchor = QString());
    /// File > Preferences…: this computer's settings (what a call does with no tel: handler).
    PreferencesDialog *showPreferences();
    /// Help > Keyboard shortcuts: every shortcut of this window, read from its actions now.
    ShortcutsDialog *showShortcuts();
    /// Settings: note templates, call scripts and e-mail templates.
    void editTemplates();
    /// Puts an archived client back on the list (audited) on the worker thread.
    void unarchiveClient(qint64 clientId, std::function<void(QString)> done = {});

Q_SIGNALS:
    void fileOpened(const QString &path);
    /// An older file is being upgraded before it opens (off the GUI thread, with a progress
    /// dialog): `from` is its schema version.
    void upgradingFile(const QString &path, int from);
    /// The selected client's details are on screen.
    void clientShown(qint64 clientId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Database::open, off the GUI thread when the file needs migrating (seconds on a large
    /// file) while a modal progress dialog keeps the window painted.
    Result<std::shared_ptr<Database>> openDatabase(const QString &path);
    /// openDatabase() of a team database: connects (and reads a kept password) on a thread of
    /// its own while a modal progress dialog says so and the window keeps painting.
    Result<std::shared_ptr<Database>> openTeamDatabase(const QString &url,
                                                       const Database::Options &options);
    void swapIn(std::shared_ptr<Database> db, const User &user, const QString &companyName,
                const QLocale &locale);
    void layOut();
    /// File > Restore from backup…: pick a backup, confirm, restore, reopen.
    void restoreInteractively();
    /// Lets go of the open file: views, model, worker and this thread's connection.
    void closeCurrentFile();
    void createControllers();
    void createActions();
    void createFileMenu();
    void createClientMenu();
    void createWorkMenu();
    void createFindAction();
    void createHelpMenu();
    /// The empty company's first steps trigger the window's own actions (TodayPane).
    void bindFirstSteps();
    /// The user guide's anchor for what has the focus; empty when nothing in particular.
    QString guideSectionForFocus() const;
    /// Reports > Audit trail and Client > Audit trail of this client (managers and admins).
    void createReportsMenu();
    void showAuditTrail(const QString &clientCode);
    void restoreWindow();
    void retranslateUi();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateStatus();
    /// Shows only what the signed-in user may do (Permissions): the menus' actions and the
    /// Details tab's buttons. The services refuse the rest anyway.
    void applyPermissions();
    struct DetailsResult;
    static DetailsResult loadDetails(const std::shared_ptr<Database> &db, qint64 clientId,
                                     const QDate &today, qint64 userId);
    void showClient(qint64 clientId);
    void showDetails(qint64 clientId, DetailsResult details);
    void requestDetails(qint64 clientId, std::function<void(DetailsResult)> done);
    /// Live updates: reads again what another desk changed (LiveUpdates::refreshDue).
    void applyLiveRefresh(const LiveUpdates::Batch &batch);
    /// Loads the shown client again where it is (no switch of page, the composer kept); dropped
    /// when the user moved on meanwhile.
    void reloadShownClientQuietly();
    Result<User> resolveUser(const std::shared_ptr<Database> &db, const QString &requested);
    void openInteractively();
    /// File > Open team database…: TeamDatabaseDialog, then openFile with its address.
    void openTeamInteractively();
    void newInteractively();
    void editCompanySettings();
    void importCsv();
    void switchUser();
    /// File > Users…: names, roles, e-mail addresses and signatures (UsersDialog).
    void editUsers();
    /// Users… > Add user…: the new user from AddUserDialog, added by UserService::add.
    void addUser(UsersDialog &users);
    void updateClientActions();
    /// The list and workspace back on screen (leaving the dashboard).
    void showWorkArea();
    /// A dashboard chart element: the client list narrowed to what it shows.
    void showNarrowedList(const ClientListQuery::Spec &narrowing, const QString &description);

    /// Waits, with a progress dialog saying `why`, until the running automatic backup is done.
    void finishBackup(const QString &why);
    void backupFinished(const QString &path, const QString &error, BackupService::Trigger trigger);

    std::shared_ptr<Database> m_db;
    DatabaseWorker *m_worker = nullptr;
    AutomaticBackup *m_backups = nullptr;
    bool m_automaticBackups = true;
    ClientListModel *m_model = nullptr;
    User m_user;
    QLocale m_locale;
    QString m_companyName;
    quint64 m_detailsRequest = 0;

    std::shared_ptr<const Clock> m_clock;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    ClientListPane *m_list;
    ClientWorkspace *m_workspace;
    DashboardPane *m_dashboard;
    QLabel *m_userLabel;
    QLabel *m_fileLabel;
    QLabel *m_damageBanner = nullptr;
    LiveUpdates *m_live = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_clientMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openTeamAction = nullptr;
    /// The password typed in File > Open team database…, for the one openDatabase() it is
    /// given to; never kept beyond it (the keychain keeps it when asked to).
    QString m_typedPassword;
    std::function<std::unique_ptr<SecretStore>()> m_teamPasswordStore;
    QAction *m_restoreAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importDocumentsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newClientAction = nullptr;
    QAction *m_editClientAction = nullptr;
    QAction *m_archiveClientAction = nullptr;
    QAction *m_unarchiveClientAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    LedgerActions *m_ledgerActions = nullptr;
    InvoiceDocumentActions *m_documentActions = nullptr;
    PrintActions *m_printActions = nullptr;
    NoteActions *m_noteActions = nullptr;
    NoteDraftKeeper *m_drafts = nullptr;
    MailActions *m_mailActions = nullptr;
    TodayActions *m_todayActions = nullptr;
    ClientActions *m_clientActions = nullptr;
    QAction *m_emailSettingsAction = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_emailClientAction = nullptr;
    QAction *m_remindersAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_doneNextAction = nullptr;
    QAction *m_logCallAction = nullptr;
    QAction *m_runRemindersAction = nullptr;
    QAction *m_workListsAction = nullptr;
    QAction *m_promiseRatesAction = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_clientAuditAction = nullptr;
    QAction *m_statementAction = nullptr;
    QAction *m_caseFileAction = nullptr;
    QAction *m_activityAction = nullptr; ///< Reports > Client activity…
    QAction *m_policiesAction = nullptr;
    qint64 m_pendingCallClient = 0;
    QAction *m_callBillingAction = nullptr;
    qint64 m_pendingDialClient = 0; ///< opened from Today to call its billing contact
    /// Enter on a "Call to … not logged" item: that call's log opens once its client is shown.
    qint64 m_pendingAttemptClient = 0;
    qint64 m_pendingAttempt = 0;
    QMenu *m_goMenu = nullptr;
    QAction *m_integrityAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QPointer<SearchDialog> m_search;
    qint64 m_pendingNoteClient = 0;
    qint64 m_pendingNote = 0;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_whatsThisAction = nullptr;
    QPointer<UserGuideDialog> m_guide;
    WindowStateStore *m_layoutStore = nullptr;
};

} // namespace ardesk
