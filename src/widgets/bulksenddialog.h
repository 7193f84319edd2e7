// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/services/mailservice.h"
#include "core/storage/clientlistquery.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace ardesk {

/// "Send reminders" to many clients (those chosen in the list, or every one it shows): filters
/// narrow them (balance owed, days late, clerk, segment, status); before anything is queued it
/// shows how many messages go to how many clients, every client left out and why (no usable
/// address, do not contact, a guard rule: paused, disputed, promised, the contact cap…), and the
/// first message as it will be sent. The owner previews again on narrowingChanged().
class BulkSendDialog : public QDialog
{
    Q_OBJECT
public:
    /// `clerks`: the users the clerk filter offers.
    explicit BulkSendDialog(const QList<User> &clerks, QWidget *parent = nullptr);

    /// Shows a preview of the `matching` clients (of `chosen`) the filters leave.
    void setPreview(const MailService::BulkPreview &preview, int chosen, int matching);
    const QList<MailService::Preview> &messages() const { return m_messages; }
    /// The filters as a client-list narrowing (filter text, sort and archive are left as is).
    ClientListQuery::Spec narrowing() const;

    QString countText() const;
    int skippedRows() const;
    QString skippedText(int row) const; ///< "CODE Name: why"

Q_SIGNALS:
    void confirmed();
    void narrowingChanged();

private:
    QWidget *buildFilters(const QList<User> &clerks);

    QList<MailService::Preview> m_messages;
    QCheckBox *m_owing;
    QSpinBox *m_daysLate;
    QComboBox *m_clerk;
    QLineEdit *m_segment;
    QComboBox *m_status;
    QLabel *m_count;
    QTableWidget *m_skipped;
    QTextBrowser *m_first;
    QPushButton *m_queue;
};

} // namespace ardesk
