// SPDX-License-Identifier: MIT
#include "widgets/usersdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

UsersDialog::UsersDialog(const QList<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_list(new QListWidget(this))
    , m_form(new QFormLayout)
    , m_displayName(new QLineEdit(this))
    , m_roles(new QWidget(this))
    , m_active(new QCheckBox(this))
    , m_email(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setAccessibleName(tr("Users"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_roles->setObjectName(QStringLiteral("roles"));
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_signature->setTabChangesFocus(true); // Tab moves on, never types a tab
    m_signature->setObjectName(QStringLiteral("signatureEdit"));
    m_signature->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_outcome->setObjectName(QStringLiteral("loginOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_add->setAutoDefault(false); // Enter in the form saves; it never opens Add user
    m_save->setObjectName(QStringLiteral("saveButton"));
    // A user holds one or more roles: an admin is not a clerk unless also given that role.
    auto *roleRow = new QHBoxLayout(m_roles);
    roleRow->setContentsMargins(0, 0, 0, 0);
    for (auto r : allUserRoles()) {
        auto *box = new QCheckBox(displayText(r), m_roles);
        box->setObjectName(QStringLiteral("role_") + toString(r));
        box->setProperty("role", int(r));
        roleRow->addWidget(box);
        m_roleBoxes << box;
    }
    roleRow->addStretch(1);
    for (const User &u : std::as_const(m_users))
        m_list->addItem(u.name);

    m_form->addRow(new QLabel(this), m_displayName); // label texts in retranslateUi()
    m_form->addRow(new QLabel(this), m_roles);
    m_form->addRow(new QLabel(this), m_active);
    m_form->addRow(new QLabel(this), m_email);
    m_form->addRow(new QLabel(this), m_signature);
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_error);
    right->addWidget(m_outcome);
    right->addWidget(m_save, 0, Qt::AlignRight);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_add, 0, Qt::AlignLeft);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &UsersDialog::showUser);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            Q_EMIT saveRequested(editedUser());
    });
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    if (!m_users.isEmpty())
        m_list->setCurrentRow(0);
    else
        showUser(-1);
}

User UsersDialog::editedUser() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_users.size())
        return User();
    User u = m_users.at(row);
    u.displayName = m_displayName->text().trimmed();
    u.roles = {};
    for (const QCheckBox *box : m_roleBoxes) {
        if (box->isChecked())
            u.roles |= UserRole(box->property("role").toInt());
    }
    u.active = m_active->isChecked();
    u.email = m_email->text().trimmed();
    u.signature = m_signature->toPlainText().trimmed();
    return u;
}

void UsersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void UsersDialog::userSaved(const User &user, const QString &outcome)
{
    for (User &u : m_users) {
        if (u.name.compare(user.name, Qt::CaseInsensitive) == 0)
            u = user;
    }
    m_error->hide();
    m_outcome->setText(outcome);
    m_outcome->setVisible(!outcome.isEmpty());
}

void UsersDialog::userAdded(const User &user, const QString &outcome)
{
    m_users.append(user);
    m_list->addItem(user.name);
    m_list->setCurrentRow(int(m_users.size()) - 1);
    m_outcome->setText(outcome.isEmpty() ? tr("Added %1.").arg(user.name)
                                         : tr("Added %1.").arg(user.name) + u'\n' + outcome);
    m_outcome->show();
}

void UsersDialog::showUser(int row)
{
    const bool any = row >= 0 && row < m_users.size();
    const User u = any ? m_users.at(row) : User();
    m_displayName->setText(u.displayName);
    for (QCheckBox *box : std::as_const(m_roleBoxes))
        box->setChecked(any && u.roles.testFlag(UserRole(box->property("role").toInt())));
    m_active->setChecked(u.active);
    m_email->setText(u.email);
    m_signature->setPlainText(u.signature);
    for (QWidget *w : std::initializer_list<QWidget *> {m_displayName, m_roles, m_active, m_email,
                                                        m_signature, m_save})
        w->setEnabled(any);
    m_error->hide();
    m_outcome->hide();
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UsersDialog::retranslateUi()
{
    setWindowTitle(tr("Users"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_displayName, tr("&Display name:"));
    label(m_roles, tr("Roles:"));
    label(m_active, tr("Status:"));
    m_active->setText(tr("&Active (an inactive user may only read; on a team database their "
                         "login may not connect)"));
    label(m_email, tr("&E-mail address:"));
    label(m_signature, tr("&Signature:"));
    m_email->setPlaceholderText(tr("replies to this user's reminders come here"));
    m_signature->setPlaceholderText(tr("ends the e-mails that speak for this user"));
    m_save->setText(tr("&Save user"));
    m_add->setText(tr("Add &user…"));
}

} // namespace ardesk
