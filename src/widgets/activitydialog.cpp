// SPDX-License-Identifier: MIT
#include "widgets/activitydialog.h"
#include "widgets/tableave.h"

#include "core/services/reportservice.h"
#include "core/services/userservice.h"
#include "core/support/dateformat.h"
#include "models/activitymodel.h"
#include "models/databaseworker.h"
#include "widgets/windowstatestore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

namespace {
constexpr int kPageSize = 200;
/// A date editor at its minimum shows "Any": no bound on that side.
const QDate kNoDate(2000, 1, 1);

struct Page
{
    ReportService::Activity activity;
    QList<User> users; ///< first load only
    QString error;
};
} // namespace

ActivityDialog::ActivityDialog(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                               const QTimeZone &companyZone, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_readerId(readerId)
    , m_locale(locale)
    , m_model(new ActivityModel(this))
    , m_clerk(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_since(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_totals(new QTableWidget(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_more(new QPushButton(this))
{
    setUpFilters(locale, companyZone);
    setUpTables();
    buildLayout();
    connect(m_clerk, &QComboBox::activated, this, &ActivityDialog::reload);
    connect(m_channel, &QComboBox::activated, this, &ActivityDialog::reload);
    connect(m_since, &QDateEdit::dateChanged, this, &ActivityDialog::reload);
    connect(m_until, &QDateEdit::dateChanged, this, &ActivityDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &ActivityDialog::loadMore);
    retranslateUi();
    resize(1100, 620);
}

/// Names, choices and formats of the filters.
void ActivityDialog::setUpFilters(const QLocale &locale, const QTimeZone &companyZone)
{
    setObjectName(QStringLiteral("ActivityDialog"));
    m_model->setLocale(locale);
    m_model->setTimeZone(companyZone);
    m_clerk->setObjectName(QStringLiteral("activityClerk"));
    m_channel->setObjectName(QStringLiteral("activityChannel"));
    m_since->setObjectName(QStringLiteral("activitySince"));
    m_until->setObjectName(QStringLiteral("activityUntil"));
    m_totals->setObjectName(QStringLiteral("activityTotals"));
    m_totals->setAccessibleName(tr("Activity totals per clerk"));
    m_totals->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_view->setObjectName(QStringLiteral("activityTable"));
    m_view->setAccessibleName(tr("Notes and calls in the period"));
    m_view->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_more->setObjectName(QStringLiteral("activityLoadMore"));
    m_clerk->addItem(QString(), qint64(0));
    m_channel->addItem(QString(), QString());
    for (NoteChannel c : {NoteChannel::Call, NoteChannel::Email, NoteChannel::Text,
                          NoteChannel::Meeting, NoteChannel::Letter, NoteChannel::Internal})
        m_channel->addItem(displayName(c), toString(c));
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateformat::datePattern(locale));
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
    }
}

/// The per-clerk totals above, the activity table below (double click opens the client).
void ActivityDialog::setUpTables()
{
    m_totals->setColumnCount(7);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->hide();
    m_totals->setMaximumHeight(140);
    m_totals->setShowGrid(false);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ActivityModel::SortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActivityModel::When, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 clientId = index.data(ActivityModel::ClientIdRole).toLongLong();
        if (clientId)
            Q_EMIT clientRequested(clientId);
    });
}

void ActivityDialog::buildLayout()
{
    auto *filters = new QHBoxLayout;
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("C&lerk:"), m_clerk);
    addLabelled(tr("C&hannel:"), m_channel);
    addLabelled(tr("&From:"), m_since);
    addLabelled(tr("&To:"), m_until);
    filters->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_totals);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void ActivityDialog::retranslateUi()
{
    setWindowTitle(tr("Client activity"));
    m_clerk->setItemText(0, tr("Every clerk"));
    m_channel->setItemText(0, tr("Every channel"));
    m_since->setSpecialValueText(tr("Any"));
    m_until->setSpecialValueText(tr("Any"));
    letTabLeave(m_since); // Tab leaves "Any" too
    letTabLeave(m_until);
    m_more->setText(tr("Load &more"));
    m_totals->setHorizontalHeaderLabels({tr("Clerk"), tr("Calls"), tr("E-mails"), tr("Texts"),
                                         tr("Notes"), tr("Promises made"), tr("Promises kept")});
}

ActivityDialog *ActivityDialog::open(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                                     const QTimeZone &companyZone, QWidget *window)
{
    auto *dialog = new ActivityDialog(worker, readerId, locale, companyZone, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    dialog->reload();
    return dialog;
}

ActivityQuery::Spec ActivityDialog::spec() const
{
    ActivityQuery::Spec s;
    s.authorId = m_clerk->currentData().toLongLong();
    s.channel = noteChannelFromString(m_channel->currentData().toString());
    if (m_since->date() != kNoDate)
        s.since = m_since->date();
    if (m_until->date() != kNoDate)
        s.until = m_until->date();
    s.limit = kPageSize;
    return s;
}

void ActivityDialog::reload()
{
    requestPage(false);
}

void ActivityDialog::loadMore()
{
    requestPage(true);
}

void ActivityDialog::requestPage(bool append)
{
    if (!m_worker)
        return;
    ActivityQuery::Spec s = spec();
    if (append)
        s.offset = int(m_model->entries().size());
    const quint64 generation = ++m_generation;
    const bool withClerks = !m_clerksLoaded;
    m_more->setEnabled(false);
    m_status->setText(tr("Reading the activity…"));
    m_worker->run(
            this,
            [s, reader = m_readerId, withClerks](const std::shared_ptr<Database> &db) {
                Page page;
                auto activity = ReportService(db, reader).activity(s);
                if (!activity) {
                    page.error = activity.errorString();
                    return page;
                }
                page.activity = std::move(activity).value();
                if (withClerks)
                    page.users = UserService(db).list().valueOr({});
                return page;
            },
            [this, generation, append](Page page) {
                if (generation != m_generation)
                    return; // a newer filter superseded this reply
                if (!page.error.isEmpty()) {
                    m_model->setEntries({});
                    showTotals({});
                    m_status->setText(page.error);
                    m_mayHaveMore = false;
                    m_more->setEnabled(false);
                    Q_EMIT loaded();
                    return;
                }
                if (!page.users.isEmpty())
                    fillClerks(page.users);
                m_mayHaveMore = page.activity.entries.size() == kPageSize;
                showTotals(page.activity.totals);
                if (append) {
                    m_model->appendEntries(page.activity.entries);
                } else {
                    m_model->setEntries(std::move(page.activity.entries));
                    WindowStateStore::fitColumns(
                            m_view, {int(ActivityModel::Client), int(ActivityModel::Outcome)}, 260);
                }
                m_more->setEnabled(m_mayHaveMore);
                m_status->setText(statusText());
                Q_EMIT loaded();
            });
}

void ActivityDialog::showTotals(const QList<ActivityQuery::ClerkTotals> &totals)
{
    m_totals->setRowCount(int(totals.size()));
    for (int row = 0; row < totals.size(); ++row) {
        const ActivityQuery::ClerkTotals &t = totals.at(row);
        const QStringList cells {t.userName.isEmpty() ? tr("(nobody)") : t.userName,
                                 m_locale.toString(t.calls),
                                 m_locale.toString(t.emails),
                                 m_locale.toString(t.texts),
                                 m_locale.toString(t.notes),
                                 m_locale.toString(t.promisesMade),
                                 m_locale.toString(t.promisesKept)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(row, c, item);
        }
    }
    m_totals->resizeColumnsToContents();
}

QString ActivityDialog::statusText() const
{
    const int n = m_model->rowCount();
    if (n == 0)
        return tr("No activity matches these filters.");
    return m_mayHaveMore ? tr("The newest %n note(s) — Load more for earlier ones", nullptr, n)
                         : tr("%n note(s)", nullptr, n);
}

void ActivityDialog::fillClerks(const QList<User> &users)
{
    m_clerksLoaded = true;
    for (const User &u : users)
        m_clerk->addItem(u.shownName(), u.id);
}

} // namespace ardesk
