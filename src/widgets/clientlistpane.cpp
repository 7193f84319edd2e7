// SPDX-License-Identifier: MIT
#include "widgets/clientlistpane.h"
#include "widgets/appearance.h"

#include "models/clientlistmodel.h"
#include "widgets/clientlistdelegate.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

ClientListPane::ClientListPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_narrowing(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/ardesk/icons/search.svg")),
                        QLineEdit::LeadingPosition);
    m_filter->setObjectName(QStringLiteral("clientFilter"));
    layout->addWidget(m_filter);
    m_narrowing->setObjectName(QStringLiteral("clientNarrowing"));
    m_narrowing->setWordWrap(true);
    Appearance::setBandTone(m_narrowing, Appearance::Tone::Info);
    m_narrowing->setMargin(4);
    m_narrowing->hide();
    connect(m_narrowing, &QLabel::linkActivated, this, [this] {
        setNarrowingText({});
        Q_EMIT narrowingCleared();
    });
    layout->addWidget(m_narrowing);

    m_view->setObjectName(QStringLiteral("clientTable"));
    m_view->setAccessibleName(tr("Clients"));
    m_view->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for a bulk e-mail; the current row is the client shown.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegate(new ClientListDelegate(m_view));
    m_view->viewport()->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_model)
            return;
        QMenu menu(this);
        menu.addAction(tr("&Export this list…"), this, [this] { Q_EMIT exportRequested(); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    layout->addWidget(m_view, 1);
    m_count->setObjectName(QStringLiteral("clientCount"));
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setFilter(m_filter->text());
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        if (m_model)
            m_model->setFilter(m_filter->text());
        m_view->setFocus();
        if (m_model && m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->selectRow(0);
    });
    retranslateUi();
}

void ClientListPane::setModel(ClientListModel *model)
{
    m_model = model;
    m_paintReported = false;
    m_view->setModel(model);
    if (!model) {
        updateCount(0);
        return;
    }
    m_view->horizontalHeader()->setSortIndicator(ClientListModel::Overdue, Qt::DescendingOrder);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ClientListModel::Code, 80);
    header->resizeSection(ClientListModel::Name, 250);
    header->resizeSection(ClientListModel::Status, 100);
    header->resizeSection(ClientListModel::Balance, 120);
    header->resizeSection(ClientListModel::Overdue, 120);
    header->resizeSection(ClientListModel::DaysPastDue, 75);
    header->resizeSection(ClientListModel::NextContact, 100);
    connect(model, &ClientListModel::loaded, this, &ClientListPane::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_paintReported = false; });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(ClientListModel::ClientIdRole).toLongLong();
                if (id > 0)
                    Q_EMIT clientSelected(id);
            });
    updateCount(model->rowCount());
}

qint64 ClientListPane::currentClientId() const
{
    return m_view->currentIndex().data(ClientListModel::ClientIdRole).toLongLong();
}

QList<qint64> ClientListPane::selectedClientIds() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(ClientListModel::ClientIdRole).toLongLong());
    return ids;
}

void ClientListPane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ClientListPane::setNarrowingText(const QString &text)
{
    if (text.isEmpty()) {
        m_narrowing->clear();
        m_narrowing->hide();
        return;
    }
    m_narrowing->setText(text.toHtmlEscaped() + QStringLiteral(" — <a href=\"all\">")
                         + tr("Show all clients") + QStringLiteral("</a>"));
    m_narrowing->show();
}

bool ClientListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && !m_paintReported
        && m_model && m_model->rowCount() > 0
        && m_model->index(0, 0).data(ClientListModel::LoadedRole).toBool()) {
        m_paintReported = true;
        // Reported after this paint event has been handled.
        QMetaObject::invokeMethod(this, &ClientListPane::rowsPainted, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ClientListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientListPane::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Find a client by name, code or contact (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Find a client"));
    updateCount(m_model ? m_model->rowCount() : 0);
}

void ClientListPane::updateCount(int rows)
{
    if (!m_model)
        m_count->clear(); // the status bar says that no file is open
    else if (m_model->filter().trimmed().isEmpty())
        m_count->setText(tr("%n client(s)", nullptr, rows));
    else
        m_count->setText(tr("%n client(s) match \"%1\"", nullptr, rows).arg(m_model->filter()));
}

} // namespace ardesk
