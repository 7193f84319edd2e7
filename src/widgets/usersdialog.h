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

/// File > Users…: each user's display name, roles, whether they are active, e-mail address and
/// signature. The reminders of a clerk's clients and a user's own e-mails speak with that name,
/// address (Reply-To) and signature (docs/email.md, "Who a message speaks for"). The dialog only
/// edits; the caller saves on saveRequested() and answers with userSaved() or showError(), and
/// adds a user on addRequested() (AddUserDialog), answering with userAdded().
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(const QList<User> &users, QWidget *parent = nullptr);

    /// The selected user as the form has it (the name is the key and cannot change).
    User editedUser() const;
    /// Shows why the last save was refused (the field and the value named).
    void showError(const QString &message);
    /// The saved user replaces the listed one; the error goes away. `outcome` (what happened to
    /// a team database login, TeamRoles::LoginChange::describe) is shown under the form.
    void userSaved(const User &user, const QString &outcome = {});
    /// The added user joins the list, selected; `outcome` as for userSaved().
    void userAdded(const User &user, const QString &outcome = {});

Q_SIGNALS:
    void saveRequested(const ardesk::User &user);
    /// "Add user…" was pressed.
    void addRequested();

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
    QCheckBox *m_active;
    QLineEdit *m_email;
    QPlainTextEdit *m_signature;
    QLabel *m_error;
    QLabel *m_outcome; ///< what happened to the login at the last save or add
    QPushButton *m_add;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace ardesk
