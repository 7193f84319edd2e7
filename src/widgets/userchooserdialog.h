// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace ardesk {

/// "Who are you?": picks the current user of a company file on first start (default: the OS
/// login name). A name that is not a user yet is offered as a new one.
class UserChooserDialog : public QDialog
{
    Q_OBJECT
public:
    UserChooserDialog(const QList<User> &users, const QString &suggested,
                      QWidget *parent = nullptr);
    QString userName() const;

private:
    QComboBox *m_combo;
    QLabel *m_hint;
    QList<User> m_users;
};

} // namespace ardesk
