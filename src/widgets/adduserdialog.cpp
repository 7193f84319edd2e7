// SPDX-License-Identifier: MIT
#include "widgets/adduserdialog.h"

#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {
namespace {

/// Overwrites the text of `edit` before emptying it, so the characters typed do not stay behind
/// in the line edit's buffer.
void wipe(QLineEdit *edit)
{
    edit->setText(QString(edit->text().size(), QChar(u'\0')));
    edit->clear();
}

/// A check box per role in `parent`, clerk ticked: a user holds one or more roles, and an admin
/// is not a clerk unless also given that role.
QList<QCheckBox *> makeRoleBoxes(QWidget *parent)
{
    QList<QCheckBox *> boxes;
    auto *row = new QHBoxLayout(parent);
    row->setContentsMargins(0, 0, 0, 0);
    for (auto r : allUserRoles()) {
        auto *box = new QCheckBox(displayText(r), parent);
        box->setObjectName(QStringLiteral("role_") + toString(r));
        box->setProperty("role", int(r));
        box->setChecked(r == UserRole::Clerk);
        row->addWidget(box);
        boxes << box;
    }
    row->addStretch(1);
    return boxes;
}

} // namespace

AddUserDialog::AddUserDialog(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_roles(new QWidget(this))
    , m_roleBoxes(makeRoleBoxes(m_roles))
    // Created in the order they are shown: Tab follows the order widgets were made.
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_roles->setObjectName(QStringLiteral("roles"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    for (QLineEdit *secret : {m_password, m_confirm}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    }
    m_note->setObjectName(QStringLiteral("loginNote"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));

    m_form->addRow(new QLabel(this), m_name); // label texts in retranslateUi()
    m_form->addRow(new QLabel(this), m_displayName);
    m_form->addRow(new QLabel(this), m_roles);
    m_form->addRow(new QLabel(this), m_email);
    m_form->addRow(new QLabel(this), m_password);
    m_form->addRow(new QLabel(this), m_confirm);
    const bool team = m_kind == Kind::TeamDatabase;
    m_form->setRowVisible(m_password, team);
    m_form->setRowVisible(m_confirm, team);
    m_note->setVisible(team);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::requestAdd);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_name->setFocus();
}

AddUserDialog::~AddUserDialog()
{
    clearPasswords();
}

User AddUserDialog::user() const
{
    User u;
    u.name = m_name->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    if (u.displayName.isEmpty())
        u.displayName = u.name;
    u.roles = {};
    for (const QCheckBox *box : m_roleBoxes) {
        if (box->isChecked())
            u.roles |= UserRole(box->property("role").toInt());
    }
    u.email = m_email->text().trimmed();
    return u;
}

QString AddUserDialog::password() const
{
    return m_kind == Kind::TeamDatabase ? m_password->text() : QString();
}

void AddUserDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void AddUserDialog::clearPasswords()
{
    wipe(m_password);
    wipe(m_confirm);
}

void AddUserDialog::requestAdd()
{
    if (m_name->text().trimmed().isEmpty()) {
        showError(tr("Type the new user's name."));
        m_name->setFocus();
        return;
    }
    if (m_kind == Kind::TeamDatabase && m_password->text() != m_confirm->text()) {
        showError(tr("The password and its confirmation differ: type the same password in both."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    m_error->showMessage(QString());
    Q_EMIT addRequested();
}

void AddUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_name, tr("&Name:"));
    label(m_displayName, tr("&Display name:"));
    label(m_roles, tr("Roles:"));
    label(m_email, tr("&E-mail address:"));
    label(m_password, tr("&Password:"));
    label(m_confirm, tr("&Confirm password:"));
    m_name->setPlaceholderText(tr("how they sign in, e.g. nina.park"));
    m_displayName->setPlaceholderText(tr("the name customers see; the name when empty"));
    m_email->setPlaceholderText(tr("replies to this user's reminders come here"));
    m_password->setPlaceholderText(tr("empty: the login gets no password"));
    for (QCheckBox *box : std::as_const(m_roleBoxes))
        box->setText(displayText(UserRole(box->property("role").toInt())));
    m_note->setText(tr("On this team database the user also gets a PostgreSQL login of the same "
                       "name, in the group roles of the roles ticked. The server keeps only a "
                       "SCRAM verifier of the password. A login that exists on the server already "
                       "keeps its own password."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));
}

} // namespace ardesk
