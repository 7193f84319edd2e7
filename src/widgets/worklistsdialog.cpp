// SPDX-License-Identifier: MIT
#include "widgets/worklistsdialog.h"

#include "core/domain/permissions.h"
#include "core/support/dateformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

namespace {
QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    return t;
}
QTableWidgetItem *item(const QString &text, qint64 id = 0)
{
    auto *i = new QTableWidgetItem(text);
    if (id)
        i->setData(Qt::UserRole, id);
    return i;
}
} // namespace

WorkListsDialog::WorkListsDialog(const QList<User> &users, const User &current,
                                 const QString &shownClient, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_users(users)
    , m_current(current)
    , m_whose(new QComboBox(this))
    , m_tasks(table(this, "tasks", {tr("Due"), tr("Client"), tr("Task"), tr("Owner"), tr("From")}))
    , m_disputes(table(this, "disputes", {tr("Opened"), tr("Client"), tr("Invoice"), tr("Reason")}))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("WorkListsDialog"));
    setWindowTitle(tr("Tasks and disputes"));
    m_whose->setObjectName(QStringLiteral("whose"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    const bool manager = Permissions::allows(current.roles, Permission::Reassign);
    m_whose->addItem(tr("Mine"), current.id);
    if (manager) {
        m_whose->addItem(tr("Everyone's"), qint64(0));
        for (const User &u : users) {
            if (u.id != current.id)
                m_whose->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
        }
    }
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildTaskPage(tabs, shownClient, manager), tr("Tasks"));
    tabs->addTab(buildDisputePage(tabs), tr("My open disputes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_whose, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT reloadRequested(listedUser()); });
    resize(860, 520);
}

QPushButton *WorkListsDialog::addButton(QHBoxLayout *row, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    row->addWidget(b);
    return b;
}

QWidget *WorkListsDialog::buildTaskPage(QTabWidget *tabs, const QString &shownClient, bool manager)
{
    auto *taskPage = new QWidget(tabs);
    auto *tl = new QVBoxLayout(taskPage);
    auto *whoseRow = new QHBoxLayout;
    whoseRow->addWidget(new QLabel(tr("Tasks of:"), taskPage));
    whoseRow->addWidget(m_whose);
    whoseRow->addStretch();
    tl->addLayout(whoseRow);
    m_tasks->setAccessibleName(tr("Tasks"));
    tl->addWidget(m_tasks, 1);
    auto *taskButtons = new QHBoxLayout;
    auto *create = addButton(taskButtons,
                             shownClient.isEmpty() ? tr("&New task…")
                                                   : tr("&New task for %1…").arg(shownClient),
                             "taskNew");
    create->setEnabled(!shownClient.isEmpty());
    create->setToolTip(shownClient.isEmpty() ? tr("Open a client first: a task is about a client")
                                             : QString());
    auto *done = addButton(taskButtons, tr("&Done"), "taskDone");
    auto *snooze = addButton(taskButtons, tr("&Snooze…"), "taskSnooze");
    auto *reassign = addButton(taskButtons, tr("&Reassign…"), "taskReassign");
    auto *reassignAll = addButton(taskButtons, tr("Move &all tasks of…"), "reassignAll");
    reassignAll->setVisible(manager);
    taskButtons->addStretch();
    tl->addLayout(taskButtons);
    connect(create, &QPushButton::clicked, this, &WorkListsDialog::askNewTask);
    connect(done, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(m_tasks))
            Q_EMIT taskDoneRequested(id);
    });
    connect(snooze, &QPushButton::clicked, this, &WorkListsDialog::askSnooze);
    connect(reassign, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId(m_tasks);
        if (!id)
            return;
        if (const qint64 to = chooseUser(tr("Reassign task"), 0))
            Q_EMIT taskReassignRequested(id, to);
    });
    connect(reassignAll, &QPushButton::clicked, this, [this] {
        const qint64 from = chooseUser(tr("Move all open tasks of"), 0);
        if (!from)
            return;
        if (const qint64 to = chooseUser(tr("…to"), from))
            Q_EMIT reassignAllRequested(from, to);
    });
    return taskPage;
}

QWidget *WorkListsDialog::buildDisputePage(QTabWidget *tabs)
{
    auto *disputePage = new QWidget(tabs);
    auto *dl = new QVBoxLayout(disputePage);
    dl->addWidget(m_disputes, 1);
    auto *disputeButtons = new QHBoxLayout;
    auto *resolve = addButton(disputeButtons, tr("Resol&ve…"), "disputeResolve");
    auto *reject = addButton(disputeButtons, tr("Re&ject…"), "disputeReject");
    disputeButtons->addStretch();
    dl->addLayout(disputeButtons);
    connect(resolve, &QPushButton::clicked, this,
            [this] { askCloseDispute(DisputeService::Closing::Resolved); });
    connect(reject, &QPushButton::clicked, this,
            [this] { askCloseDispute(DisputeService::Closing::Rejected); });
    return disputePage;
}

void WorkListsDialog::askNewTask()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New task"), tr("What is to be done?"),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    const QString pattern = dateformat::datePattern(locale());
    const QString due = QInputDialog::getText(this, tr("New task"), tr("Due on (%1):").arg(pattern),
                                              QLineEdit::Normal,
                                              dateformat::date(locale(), m_today.addDays(1)), &ok);
    const QDate day = dateformat::parseDate(locale(), due);
    if (!ok)
        return;
    if (!day.isValid()) {
        showMessage(tr("Due: \"%1\" is not a date (%2)").arg(due, pattern));
        return;
    }
    Q_EMIT taskCreateRequested(title.trimmed(), day);
}

void WorkListsDialog::askSnooze()
{
    const qint64 id = selectedId(m_tasks);
    if (!id)
        return;
    bool ok = false;
    const QString pattern = dateformat::datePattern(locale());
    const QString text = QInputDialog::getText(
            this, tr("Snooze task"), tr("Hide it from Today until (%1):").arg(pattern),
            QLineEdit::Normal, dateformat::date(locale(), m_today.addDays(7)), &ok);
    const QDate until = dateformat::parseDate(locale(), text);
    if (!ok)
        return;
    if (!until.isValid()) {
        showMessage(tr("Snooze: \"%1\" is not a date (%2)").arg(text, pattern));
        return;
    }
    Q_EMIT taskSnoozeRequested(id, until);
}

void WorkListsDialog::askCloseDispute(DisputeService::Closing how)
{
    const qint64 id = selectedId(m_disputes);
    if (!id)
        return;
    bool ok = false;
    const QString resolution = QInputDialog::getText(
            this,
            how == DisputeService::Closing::Resolved ? tr("Resolve dispute") : tr("Reject dispute"),
            tr("Resolution (recorded as a note on the client):"), QLineEdit::Normal, QString(),
            &ok);
    if (ok)
        Q_EMIT disputeCloseRequested(id, how, resolution);
}

qint64 WorkListsDialog::listedUser() const
{
    return m_whose->currentData().toLongLong();
}

qint64 WorkListsDialog::chooseUser(const QString &title, qint64 except)
{
    QStringList names;
    QList<qint64> ids;
    for (const User &u : std::as_const(m_users)) {
        if (u.id == except || !u.active)
            continue;
        names << (u.displayName.isEmpty() ? u.name : u.displayName);
        ids << u.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("User:"), names, 0, false, &ok);
    return ok && names.contains(chosen) ? ids.at(names.indexOf(chosen)) : 0;
}

qint64 WorkListsDialog::selectedId(QTableWidget *t) const
{
    const auto rows = t->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : t->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void WorkListsDialog::setTasks(const QList<TaskService::Task> &tasks)
{
    m_tasks->setRowCount(0);
    for (const TaskService::Task &t : tasks) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        QString due = dateformat::date(locale(), t.dueDate);
        if (t.snoozedUntil.isValid())
            due += tr(" (snoozed to %1)").arg(dateformat::date(locale(), t.snoozedUntil));
        m_tasks->setItem(row, 0, item(due, t.id));
        m_tasks->setItem(row, 1, item(QStringLiteral("%1  %2").arg(t.clientCode, t.clientName)));
        m_tasks->setItem(row, 2, item(t.title));
        m_tasks->setItem(row, 3, item(t.ownerName));
        m_tasks->setItem(row, 4, item(toString(t.source)));
    }
    m_tasks->resizeColumnsToContents();
}

void WorkListsDialog::setDisputes(const QList<DisputeService::Dispute> &disputes)
{
    m_disputes->setRowCount(0);
    for (const DisputeService::Dispute &d : disputes) {
        const int row = m_disputes->rowCount();
        m_disputes->insertRow(row);
        m_disputes->setItem(row, 0, item(dateformat::date(locale(), d.openedOn), d.id));
        m_disputes->setItem(row, 1, item(d.clientCode));
        m_disputes->setItem(row, 2, item(d.invoiceNumber));
        m_disputes->setItem(row, 3, item(d.reason));
    }
    m_disputes->resizeColumnsToContents();
}

void WorkListsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString WorkListsDialog::messageText() const
{
    return m_message->text();
}

} // namespace ardesk
