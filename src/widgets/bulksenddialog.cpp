// SPDX-License-Identifier: MIT
#include "widgets/bulksenddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

BulkSendDialog::BulkSendDialog(const QList<User> &clerks, QWidget *parent)
    : QDialog(parent)
    , m_owing(new QCheckBox(tr("&Owing money"), this))
    , m_daysLate(new QSpinBox(this))
    , m_clerk(new QComboBox(this))
    , m_segment(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_skipped(new QTableWidget(0, 2, this))
    , m_first(new QTextBrowser(this))
    , m_queue(new QPushButton(this))
    , m_overrideRow(nullptr)
    , m_override(new QCheckBox(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("BulkSendDialog"));
    setWindowTitle(tr("Send reminders"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters(clerks));
    m_count->setObjectName(QStringLiteral("count"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    m_skipped->setObjectName(QStringLiteral("skipped"));
    m_skipped->setAccessibleName(tr("Clients skipped"));
    m_skipped->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_skipped->setHorizontalHeaderLabels({tr("Left out"), tr("Why")});
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->verticalHeader()->hide();
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_skipped, 1);
    layout->addWidget(buildOverride());
    m_first->setObjectName(QStringLiteral("firstMessage"));
    m_first->setAccessibleName(tr("First message"));
    layout->addWidget(m_first, 2);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_queue, QDialogButtonBox::AcceptRole);
    m_queue->setObjectName(QStringLiteral("queueAllButton"));
    m_queue->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkSendDialog::confirmed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
}

/// Owing, days late, clerk, segment, status: each change asks for a new preview (typing in the
/// segment after a pause).
QWidget *BulkSendDialog::buildFilters(const QList<User> &clerks)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_owing->setObjectName(QStringLiteral("owingOnly"));
    row->addWidget(m_owing);
    auto *late = new QLabel(tr("&Days late at least:"), box);
    m_daysLate->setObjectName(QStringLiteral("minDaysLate"));
    m_daysLate->setRange(0, 3650);
    m_daysLate->setSpecialValueText(tr("any"));
    late->setBuddy(m_daysLate);
    row->addWidget(late);
    row->addWidget(m_daysLate);
    m_clerk->setObjectName(QStringLiteral("clerk"));
    m_clerk->addItem(tr("Any clerk"), qint64(0));
    for (const User &u : clerks)
        m_clerk->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    row->addWidget(m_clerk);
    m_segment->setObjectName(QStringLiteral("segment"));
    m_segment->setPlaceholderText(tr("Segment"));
    m_segment->setAccessibleName(tr("Segment")); // a placeholder is no name for a screen reader
    row->addWidget(m_segment);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Any status"), QString());
    for (ClientStatus s : {ClientStatus::Active, ClientStatus::OnHold, ClientStatus::InDispute,
                           ClientStatus::InCollections, ClientStatus::Closed})
        m_status->addItem(displayName(s), toString(s));
    row->addWidget(m_status);
    row->addStretch();
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &BulkSendDialog::narrowingChanged);
    connect(m_owing, &QCheckBox::toggled, this, &BulkSendDialog::narrowingChanged);
    connect(m_daysLate, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_clerk, &QComboBox::currentIndexChanged, this, &BulkSendDialog::narrowingChanged);
    connect(m_segment, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &BulkSendDialog::narrowingChanged);
    return box;
}

/// "Also send to the N clients left out for a rule a manager may override", and the reason.
QWidget *BulkSendDialog::buildOverride()
{
    m_overrideRow = new QWidget(this);
    m_overrideRow->setObjectName(QStringLiteral("overrideRow"));
    auto *row = new QHBoxLayout(m_overrideRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_override->setObjectName(QStringLiteral("overrideBox"));
    row->addWidget(m_override);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Reason (goes into each client's e-mail note)"));
    m_reason->setAccessibleName(tr("Reason for sending despite the rules"));
    m_reason->setEnabled(false);
    row->addWidget(m_reason, 1);
    m_overrideRow->hide();
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        if (on)
            m_reason->setFocus();
        updateQueueButton();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &BulkSendDialog::updateQueueButton);
    return m_overrideRow;
}

void BulkSendDialog::setCanOverride(bool can)
{
    m_canOverride = can;
    updateQueueButton();
}

bool BulkSendDialog::overriding() const
{
    return m_canOverride && m_override->isChecked() && !m_preview.overridable.isEmpty();
}

QList<MailService::Preview> BulkSendDialog::messages() const
{
    QList<MailService::Preview> out = m_preview.messages;
    const QString reason = m_reason->text().trimmed();
    if (overriding() && !reason.isEmpty())
        out.append(m_preview.overridden(reason));
    return out;
}

void BulkSendDialog::updateQueueButton()
{
    const int overridable = int(m_preview.overridable.size());
    m_overrideRow->setVisible(m_canOverride && overridable > 0);
    m_override->setText(tr("&Send anyway to the %n client(s) left out for a rule a manager may "
                           "override",
                           nullptr, overridable));
    const bool reasonMissing = overriding() && m_reason->text().trimmed().isEmpty();
    const int count = int(messages().size());
    m_queue->setText(tr("&Queue %n message(s)", nullptr, count));
    m_queue->setEnabled(count > 0 && !reasonMissing);
    m_queue->setToolTip(reasonMissing ? tr("Give the reason for sending despite the rules")
                                      : QString());
}

ClientListQuery::Spec BulkSendDialog::narrowing() const
{
    ClientListQuery::Spec spec;
    spec.owingOnly = m_owing->isChecked();
    spec.minDaysLate = m_daysLate->value();
    spec.clerkId = m_clerk->currentData().toLongLong();
    spec.segment = m_segment->text().trimmed();
    spec.status = clientStatusFromString(m_status->currentData().toString());
    return spec;
}

void BulkSendDialog::setPreview(const MailService::BulkPreview &preview, int chosen, int matching)
{
    m_preview = preview;
    int recipients = 0;
    for (const MailService::Preview &p : preview.messages)
        recipients += int(p.message.recipients().size());
    QString text = tr("%1, to %2; %3.")
                           .arg(tr("%n message(s), one per client", nullptr,
                                   int(preview.messages.size())),
                                tr("%n recipient(s)", nullptr, recipients),
                                tr("%n client(s) left out", nullptr,
                                   int(preview.skippedClients.size())));
    if (matching < chosen)
        text += u' ' + tr("%1 of %n client(s) match the filters.", nullptr, chosen).arg(matching);
    m_count->setText(text);
    m_skipped->setRowCount(int(preview.skippedClients.size()));
    for (int row = 0; row < preview.skippedClients.size(); ++row) {
        const MailService::Skipped &s = preview.skippedClients.at(row);
        m_skipped->setItem(row, 0, new QTableWidgetItem(s.name));
        m_skipped->setItem(row, 1, new QTableWidgetItem(s.reason));
    }
    m_skipped->resizeColumnToContents(0);
    m_skipped->setVisible(!preview.skippedClients.isEmpty());
    m_first->clear();
    if (!preview.messages.isEmpty()) {
        const MimeMessage &m = preview.messages.first().message;
        QStringList to;
        for (const MailAddress &a : m.to)
            to << a.toString();
        m_first->setPlainText(tr("First message — %1\nTo: %2\nSubject: %3\n\n%4")
                                      .arg(preview.messages.first().clientName,
                                           to.join(QStringLiteral(", ")), m.subject, m.text));
    }
    updateQueueButton();
}

QString BulkSendDialog::countText() const
{
    return m_count->text();
}

int BulkSendDialog::skippedRows() const
{
    return m_skipped->rowCount();
}

QString BulkSendDialog::skippedText(int row) const
{
    if (row < 0 || row >= m_skipped->rowCount())
        return QString();
    return m_skipped->item(row, 0)->text() + QStringLiteral(": ") + m_skipped->item(row, 1)->text();
}

} // namespace ardesk
