// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/mailservice.h"

#include <QDialog>

class QLabel;

namespace ardesk {

/// "Send reminders" to many clients: before anything is queued it shows how many messages go to
/// how many clients, every client left out and why (no usable address, do not contact, a value
/// the template needs is missing), and the first message as it will be sent.
class BulkSendDialog : public QDialog
{
    Q_OBJECT
public:
    BulkSendDialog(const MailService::BulkPreview &preview, QWidget *parent = nullptr);

    QString countText() const;
    int skippedRows() const;

Q_SIGNALS:
    void confirmed();
};

} // namespace ardesk
