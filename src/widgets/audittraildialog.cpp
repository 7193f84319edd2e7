// SPDX-License-Identifier: MIT
#include "widgets/audittraildialog.h"
#include "widgets/tableave.h"

#include "core/services/auditservice.h"
#include "core/services/userservice.h"
#include "core/storage/clientrepository.h"
#include "core/support/dateformat.h"
#include "models/audittrailmodel.h"
#include "models/databaseworker.h"
#include "widgets/windowstatestore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

namespace {
constexpr int kPageSize = 200;
/// A date editor at its minimum shows "Any": no bound on that side.
const QDate kNoDate(2000, 1, 1);

} // namespace

struct AuditTrailDialog::Filter
{
    AuditQuery::Spec spec;
    QString clientCode;
};

struct AuditTrailDialog::Page
{
    QList<AuditEntry> entries;
    QList<User> users; ///< first load only
    QStringList kinds; ///< first load only
    QString error;
};

AuditTrailDialog::AuditTrailDialog(DatabaseWorker *worker, qint64 readerId, const QLocale &locale,
                                   QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_readerId(readerId)
    , m_locale(locale)
    , m_model(new AuditTrailModel(this))
    , m_user(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_client(new QLineEdit(this))
    , m_since(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_more(new QPushButton(this))
{
    setUpFilters(locale);
    setUpTable();
    buildLayout();
    connect(m_user, &QComboBox::activated, this, &AuditTrailDialog::reload);
    connect(m_kind, &QComboBox::activated, this, &AuditTrailDialog::reload);
    connect(m_client, &QLineEdit::editingFinished, this, &AuditTrailDialog::reload);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditTrailDialog::loadMore);
    retranslateUi();
    resize(1100, 560);
}

/// Names, choices and formats of the filters.
void AuditTrailDialog::setUpFilters(const QLocale &locale)
{
    setObjectName(QStringLiteral("AuditTrailDialog"));
    m_model->setLocale(locale);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_client->setObjectName(QStringLiteral("auditClient"));
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until->setObjectName(QStringLiteral("auditUntil"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setAccessibleName(tr("Audit trail entries"));
    m_view->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_more->setObjectName(QStringLiteral("auditLoadMore"));
    m_user->addItem(QString(), qint64(0));
    m_kind->addItem(QString(), QString());
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateformat::datePattern(locale));
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
    }
    m_client->setClearButtonEnabled(true);
}

/// The trail, newest first, sortable by any column.
void AuditTrailDialog::setUpTable()
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AuditTrailModel::SortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTrailModel::When, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
}

void AuditTrailDialog::buildLayout()
{
    auto *filters = new QHBoxLayout;
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("&User:"), m_user);
    addLabelled(tr("&Kind:"), m_kind);
    addLabelled(tr("C&lient:"), m_client);
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
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void AuditTrailDialog::retranslateUi()
{
    setWindowTitle(tr("Audit trail"));
    m_user->setItemText(0, tr("Anyone"));
    m_kind->setItemText(0, tr("Any change"));
    m_client->setPlaceholderText(tr("Every client"));
    m_since->setSpecialValueText(tr("Any"));
    m_until->setSpecialValueText(tr("Any"));
    letTabLeave(m_since); // Tab leaves "Any" too
    letTabLeave(m_until);
    m_more->setText(tr("Load &more"));
}

AuditTrailDialog *AuditTrailDialog::open(DatabaseWorker *worker, qint64 readerId,
                                         const QLocale &locale, const QString &clientCode,
                                         QWidget *window)
{
    auto *dialog = new AuditTrailDialog(worker, readerId, locale, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClientCode(clientCode);
    dialog->QDialog::open();
    dialog->reload();
    return dialog;
}

void AuditTrailDialog::setClientCode(const QString &code)
{
    m_client->setText(code);
    if (!code.isEmpty())
        setWindowTitle(tr("Audit trail — %1").arg(code));
}

AuditTrailDialog::Filter AuditTrailDialog::filter() const
{
    Filter f;
    f.spec.userId = m_user->currentData().toLongLong();
    std::tie(f.spec.entity, f.spec.action)
            = AuditEntry::splitKind(m_kind->currentData().toString());
    if (m_since->date() != kNoDate)
        f.spec.since = m_since->date();
    if (m_until->date() != kNoDate)
        f.spec.until = m_until->date();
    f.spec.limit = kPageSize;
    f.clientCode = m_client->text().trimmed();
    return f;
}

void AuditTrailDialog::reload()
{
    requestPage(false);
}

void AuditTrailDialog::loadMore()
{
    requestPage(true);
}

void AuditTrailDialog::requestPage(bool append)
{
    if (!m_worker)
        return;
    Filter f = filter();
    if (append && !m_model->entries().isEmpty())
        f.spec.beforeId = m_model->entries().last().id;
    const quint64 generation = ++m_generation;
    const bool withChoices = !m_choicesLoaded;
    m_more->setEnabled(false);
    m_status->setText(tr("Reading the audit trail…"));
    m_worker->run(
            this,
            [f, reader = m_readerId, withChoices](const std::shared_ptr<Database> &db) {
                return readPage(db, f, reader, withChoices);
            },
            [this, generation, append](Page page) {
                if (generation == m_generation) // else a newer filter superseded this reply
                    showPage(std::move(page), append);
            });
}

/// On the worker: a page of the trail as the filter says (and the filters' choices the first
/// time).
AuditTrailDialog::Page AuditTrailDialog::readPage(const std::shared_ptr<Database> &db,
                                                  const Filter &f, qint64 reader, bool withChoices)
{
    Page page;
    AuditQuery::Spec spec = f.spec;
    if (!f.clientCode.isEmpty()) {
        auto client = ClientRepository(*db).findByCode(f.clientCode);
        if (!client) {
            page.error = tr("client: no client with code \"%1\"").arg(f.clientCode);
            return page;
        }
        spec.clientId = client.value().id;
    }
    AuditService audit(db, reader);
    auto rows = audit.entries(spec);
    if (!rows) {
        page.error = rows.errorString();
        return page;
    }
    page.entries = std::move(rows).value();
    if (withChoices) {
        page.kinds = audit.kinds().valueOr({});
        page.users = UserService(db).list().valueOr({});
    }
    return page;
}

void AuditTrailDialog::showPage(Page page, bool append)
{
    if (!page.error.isEmpty()) {
        m_model->setEntries({});
        m_status->setText(page.error);
        m_mayHaveMore = false;
        m_more->setEnabled(false);
        Q_EMIT loaded();
        return;
    }
    if (!page.users.isEmpty() || !page.kinds.isEmpty())
        fillChoices(page.users, page.kinds);
    m_mayHaveMore = page.entries.size() == kPageSize;
    if (append) {
        m_model->appendEntries(page.entries);
    } else {
        m_model->setEntries(std::move(page.entries));
        WindowStateStore::fitColumns(
                m_view, {int(AuditTrailModel::Client), int(AuditTrailModel::What)}, 260);
    }
    m_more->setEnabled(m_mayHaveMore);
    m_status->setText(statusText());
    Q_EMIT loaded();
}

QString AuditTrailDialog::statusText() const
{
    const int n = m_model->rowCount();
    if (n == 0)
        return tr("No changes match these filters.");
    return m_mayHaveMore ? tr("The newest %n change(s) — Load more for earlier ones", nullptr, n)
                         : tr("%n change(s)", nullptr, n);
}

void AuditTrailDialog::fillChoices(const QList<User> &users, const QStringList &kinds)
{
    m_choicesLoaded = true;
    for (const User &u : users)
        m_user->addItem(u.shownName(), u.id);
    for (const QString &k : kinds) {
        const auto [entity, action] = AuditEntry::splitKind(k);
        QString label = AuditEntry::entityText(entity);
        if (!action.isEmpty())
            label = tr("    %1").arg(QString(action).replace(u'_', u' '));
        m_kind->addItem(label, k);
    }
}

} // namespace ardesk
