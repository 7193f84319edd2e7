// SPDX-License-Identifier: MIT
#include "widgets/outboxdialog.h"

#include "models/outboxtablemodel.h"
#include "widgets/windowstatestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

OutboxDialog::OutboxDialog(const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_model(new OutboxTableModel(this))
    , m_view(new QTableView(this))
    , m_send(new QPushButton(QIcon(QStringLiteral(":/ardesk/icons/envelope.svg")), tr("&Send now"),
                             this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancelMessage(new QPushButton(tr("&Cancel message"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("OutboxDialog"));
    setWindowTitle(tr("Outbox"));
    m_model->setLocale(locale);
    m_view->setObjectName(QStringLiteral("outboxTable"));
    m_view->setAccessibleName(tr("Outbox messages"));
    m_view->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_send->setObjectName(QStringLiteral("sendNowButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancelMessage->setObjectName(QStringLiteral("cancelMessageButton"));
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_send);
    row->addWidget(m_stop);
    row->addWidget(m_progress, 1);
    row->addStretch(); // keeps the buttons at their size while no run shows the progress
    row->addWidget(m_retry);
    row->addWidget(m_cancelMessage);
    layout->addLayout(row);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_progress->hide();
    m_stop->hide();
    connect(m_send, &QPushButton::clicked, this, &OutboxDialog::sendRequested);
    connect(m_stop, &QPushButton::clicked, this, &OutboxDialog::stopRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT retryRequested(id);
    });
    connect(m_cancelMessage, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            Q_EMIT cancelMessageRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxDialog::updateButtons);
    updateButtons();
    resize(980, 520);
}

void OutboxDialog::setMessages(QList<OutboxMessage> messages)
{
    const qint64 selected = selectedId();
    m_model->setMessages(std::move(messages));
    // Long recipient lists and subjects are elided (their tool tip has them whole), so the
    // status beside them is never pushed out of sight.
    WindowStateStore::fitColumns(
            m_view, {int(OutboxTableModel::Recipients), int(OutboxTableModel::Subject)}, 240);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(OutboxTableModel::OutboxIdRole).toLongLong() == selected)
            m_view->selectRow(row);
    }
    updateButtons();
}

void OutboxDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_stop->setVisible(running);
    m_stop->setEnabled(running);
    updateButtons();
}

void OutboxDialog::setProgress(int done, int total, const QString &text)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_summary->setText(text);
}

void OutboxDialog::showSummary(const QString &text)
{
    m_summary->setText(text);
}

QString OutboxDialog::summaryText() const
{
    return m_summary->text();
}

qint64 OutboxDialog::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxTableModel::OutboxIdRole).toLongLong();
}

void OutboxDialog::updateButtons()
{
    m_send->setEnabled(!m_running);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QString status = rows.isEmpty()
            ? QString()
            : rows.first().data(OutboxTableModel::StatusKeyRole).toString();
    const bool retryable = status == QLatin1String("failed") || status == QLatin1String("parked")
            || status == QLatin1String("unknown");
    m_retry->setEnabled(!m_running && retryable);
    m_cancelMessage->setEnabled(!m_running && (retryable || status == QLatin1String("queued")));
}

} // namespace ardesk
