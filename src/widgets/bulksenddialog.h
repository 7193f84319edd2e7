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
/// first message as it will be sent. A manager or an administrator (setCanOverride) may also
/// send to the clients left out for a rule that may be overridden (paused, disputed, promised,
/// the contact cap…; not do-not-contact or nothing owed), with a reason that goes into each
/// client's e-mail note. The owner previews again on narrowingChanged().
class BulkSendDialog : public QDialog
{
    Q_OBJECT
public:
    /// `clerks`: the users the clerk filter offers.
    explicit BulkSendDialog(const QList<User> &clerks, QWidget *parent = nullptr);

    /// Shows a preview of the `matching` clients (of `chosen`) the filters leave.
    void setPreview(const MailService::BulkPreview &preview, int chosen, int matching);
    /// Offers the override (the user is a manager or an administrator); off by default.
    void setCanOverride(bool can);
    /// What "Queue" queues: the messages, and with the override chosen and a reason given,
    /// the overridable ones with that reason.
    QList<MailService::Preview> messages() const;
    /// The override's check box and reason (hidden unless setCanOverride(true) and a client is
    /// left out for a rule that may be overridden).
    QCheckBox *overrideBox() const { return m_override; }
    QLineEdit *overrideReasonEdit() const { return m_reason; }
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
    QWidget *buildOverride();
    /// The override's visibility, the queue button's count and whether it may be pressed.
    void updateQueueButton();
    bool overriding() const;

    MailService::BulkPreview m_preview;
    bool m_canOverride = false;
    QCheckBox *m_owing;
    QSpinBox *m_daysLate;
    QComboBox *m_clerk;
    QLineEdit *m_segment;
    QComboBox *m_status;
    QLabel *m_count;
    QTableWidget *m_skipped;
    QTextBrowser *m_first;
    QPushButton *m_queue;
    QWidget *m_overrideRow;
    QCheckBox *m_override;
    QLineEdit *m_reason;
};

} // namespace ardesk
