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

namespace ardesk {

class ErrorLabel;

/// File > Users… > Add user…: a new user's name, display name, roles and e-mail address, and on a
/// team database the initial password of their PostgreSQL login (typed twice). Only collects:
/// pressing Add checks the two passwords match and emits addRequested(); the caller adds the user
/// (UserService::add, as `ardesk-cli user add` does) and answers with showError(), leaving the
/// dialog open, or accepts it.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    /// How the login's password is asked: only a team database has logins.
    enum class Kind { CompanyFile, TeamDatabase };
    explicit AddUserDialog(Kind kind, QWidget *parent = nullptr);
    ~AddUserDialog() override;

    /// The user as the form has it (active; no id).
    User user() const;
    /// The initial password of the login; empty on a company file or when none was typed.
    QString password() const;
    /// Shows why adding was refused (the core's message); the fields stay as typed.
    void showError(const QString &message);
    /// Overwrites the typed passwords and empties both fields.
    void clearPasswords();

Q_SIGNALS:
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void requestAdd();
    void retranslateUi();

    Kind m_kind;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QWidget *m_roles; ///< a check box per role
    QList<QCheckBox *> m_roleBoxes;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_note;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ardesk
