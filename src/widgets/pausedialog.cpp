// SPDX-License-Identifier: MIT
#include "widgets/pausedialog.h"

#include "core/support/dateformat.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ardesk {

PauseDialog::PauseDialog(Mode mode, const QString &clientName, const QList<Invoice> &invoices,
                         qint64 selected, const QDate &today, const QLocale &locale,
                         QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_today(today)
    , m_scope(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool pausing = mode == Mode::Pause;
    setWindowTitle(pausing ? tr("Pause reminders for %1").arg(clientName)
                           : tr("Resume reminders for %1").arg(clientName));
    m_scope->setObjectName(QStringLiteral("pauseScope"));
    m_scope->addItem(tr("The whole client"), qint64(0));
    for (const Invoice &inv : invoices) {
        if (inv.balanceMinor <= 0 || inv.writtenOff)
            continue;
        m_scope->addItem(tr("Invoice %1 (%2, due %3)")
                                 .arg(inv.number, inv.balance().format(locale),
                                      dateformat::date(locale, inv.dueDate)),
                         inv.id);
        if (inv.id == selected)
            m_scope->setCurrentIndex(m_scope->count() - 1);
    }
    m_until->setObjectName(QStringLiteral("pauseUntil"));
    m_until->setCalendarPopup(true);
    m_until->setLocale(locale);
    m_until->setDisplayFormat(dateformat::datePattern(locale));
    m_until->setMinimumDate(today);
    m_until->setDate(today.addDays(14));
    m_reason->setObjectName(QStringLiteral("pauseReason"));
    m_reason->setPlaceholderText(pausing ? tr("Why reminders pause (kept as an internal note)")
                                         : tr("Optional: why reminders resume"));
    m_reason->setMinimumWidth(360);

    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_scope);
    if (pausing)
        form->addRow(tr("&Until (inclusive):"), m_until);
    else
        m_until->hide();
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(pausing ? tr("No reminder goes out for what you pause until the day "
                                          "after the date; the reason is kept on the record.")
                                     : tr("Reminders follow the policy again from today."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(pausing ? tr("&Pause") : tr("&Resume"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pauseOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PauseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Result<PauseDialog::Request> PauseDialog::request() const
{
    Request r;
    r.invoiceId = m_scope->currentData().toLongLong();
    r.reason = m_reason->text().trimmed();
    if (m_mode == Mode::Pause) {
        r.until = m_until->date();
        if (r.until < m_today)
            return makeError(ErrorCode::InvalidValue,
                             tr("Until: %1 is before today").arg(m_until->text()));
        if (r.reason.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("Reason: say why reminders pause (it is kept on the record)"));
    }
    return r;
}

void PauseDialog::submit()
{
    auto r = request();
    if (!r) {
        showError(r.errorString());
        return;
    }
    showError(QString());
    Q_EMIT submitted(r.value());
}

void PauseDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString PauseDialog::errorText() const
{
    return m_error->text();
}

} // namespace ardesk
