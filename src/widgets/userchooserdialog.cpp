// SPDX-License-Identifier: MIT
#include "widgets/userchooserdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

UserChooserDialog::UserChooserDialog(const QList<User> &users, const QString &suggested,
                                     QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_users(users)
{
    setWindowTitle(tr("Who is working?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Everything you record in this company file is signed with your "
                                "user name. Choose yours, or type a new one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    for (const User &u : users) {
        m_combo->addItem(
                QStringLiteral("%1 — %2 (%3)").arg(u.name, u.displayName, displayText(u.roles)),
                u.name);
    }
    const int found = m_combo->findData(suggested, Qt::UserRole, Qt::MatchFixedString);
    if (found >= 0)
        m_combo->setCurrentIndex(found);
    else
        m_combo->setEditText(suggested);
    layout->addWidget(m_combo);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, buttons] {
        const QString name = userName();
        User probe;
        probe.name = name;
        const auto valid = probe.validate();
        bool known = false;
        for (const User &u : std::as_const(m_users))
            known = known || u.name.compare(name, Qt::CaseInsensitive) == 0;
        m_hint->setText(!valid          ? valid.errorString()
                                : known ? QString()
                                        : tr("\"%1\" will be added as a new clerk.").arg(name));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
    };
    connect(m_combo, &QComboBox::editTextChanged, this, update);
    update();
}

QString UserChooserDialog::userName() const
{
    const int i = m_combo->currentIndex();
    if (i >= 0 && m_combo->itemText(i) == m_combo->currentText())
        return m_combo->itemData(i).toString();
    return m_combo->currentText().trimmed();
}

} // namespace ardesk
