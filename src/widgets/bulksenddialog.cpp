// SPDX-License-Identifier: MIT
#include "widgets/bulksenddialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ardesk {

BulkSendDialog::BulkSendDialog(const MailService::BulkPreview &preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("BulkSendDialog"));
    setWindowTitle(tr("Send reminders"));
    auto *layout = new QVBoxLayout(this);
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("count"));
    QFont bold = count->font();
    bold.setBold(true);
    count->setFont(bold);
    int recipients = 0;
    for (const MailService::Preview &p : preview.messages)
        recipients += int(p.message.recipients().size());
    count->setText(tr("%n message(s), one per client, to %1 recipient(s); %2 client(s) left out.",
                      nullptr, int(preview.messages.size()))
                           .arg(recipients)
                           .arg(preview.skippedClients.size()));
    layout->addWidget(count);
    auto *skipped = new QTableWidget(int(preview.skippedClients.size()), 2, this);
    skipped->setObjectName(QStringLiteral("skipped"));
    skipped->setHorizontalHeaderLabels({tr("Left out"), tr("Why")});
    skipped->horizontalHeader()->setStretchLastSection(true);
    skipped->verticalHeader()->hide();
    skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < preview.skippedClients.size(); ++row) {
        const MailService::Skipped &s = preview.skippedClients.at(row);
        skipped->setItem(row, 0, new QTableWidgetItem(s.name));
        skipped->setItem(row, 1, new QTableWidgetItem(s.reason));
    }
    skipped->resizeColumnToContents(0);
    skipped->setVisible(!preview.skippedClients.isEmpty());
    layout->addWidget(skipped, 1);
    auto *first = new QTextBrowser(this);
    first->setObjectName(QStringLiteral("firstMessage"));
    if (!preview.messages.isEmpty()) {
        const MimeMessage &m = preview.messages.first().message;
        QStringList to;
        for (const MailAddress &a : m.to)
            to << a.toString();
        first->setPlainText(tr("First message — %1\nTo: %2\nSubject: %3\n\n%4")
                                    .arg(preview.messages.first().clientName,
                                         to.join(QStringLiteral(", ")), m.subject, m.text));
    }
    layout->addWidget(first, 2);
    auto *buttons = new QDialogButtonBox(this);
    auto *queue
            = buttons->addButton(tr("&Queue %n message(s)", nullptr, int(preview.messages.size())),
                                 QDialogButtonBox::AcceptRole);
    queue->setObjectName(QStringLiteral("queueAllButton"));
    queue->setEnabled(!preview.messages.isEmpty());
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkSendDialog::confirmed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 600);
}

QString BulkSendDialog::countText() const
{
    auto *l = findChild<QLabel *>(QStringLiteral("count"));
    return l ? l->text() : QString();
}

int BulkSendDialog::skippedRows() const
{
    auto *t = findChild<QTableWidget *>(QStringLiteral("skipped"));
    return t ? t->rowCount() : 0;
}

} // namespace ardesk
