// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ardesk {

/// File > Users…: each user's display name, roles, e-mail address and signature. The reminders
/// of a clerk's clients and a user's own e-mails speak with that name, address (Reply-To) and
/// signature (docs/email.md, "Who a message speaks for"). The dialog only edits; the caller
/// saves on saveRequested() and answers with userSaved() or showError().
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(const QList<User> &users, QWidget *parent = nullptr);

    /// The selected user as the form has it (the name is the key and cannot change).
    User editedUser() const;
    /// Shows why the last save was refused (the field and the value named).
    void showError(const QString &message);
    /// The saved user replaces the listed one; the error goes away.
    void userSaved(const User &user);

Q_SIGNALS:
    void saveRequested(const ardesk::User &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showUser(int row);
    void retranslateUi();

    QList<User> m_users;
    QListWidget *m_list;
    QFormLayout *m_form;
    QLineEdit *m_displayName;
    QWidget *m_roles; ///< a check box per role
    QList<QCheckBox *> m_roleBoxes;
    QLineEdit *m_email;
    QPlainTextEdit *m_signature;
    QLabel *m_error;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace ardesk
