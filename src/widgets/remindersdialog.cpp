// SPDX-License-Identifier: MIT
#include "widgets/remindersdialog.h"

#include "core/support/dateformat.h"
#include "widgets/progresspanel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {
namespace {

struct Counts
{
    int emails = 0, calls = 0, holds = 0, escalations = 0, work = 0;
};

/// What today's run does for a client, counted into `n`.
QStringList todayFor(const ReminderService::ClientPlan &c, Counts &n)
{
    QStringList today;
    if (!c.emailTemplate.isEmpty()) {
        today << RemindersDialog::tr("e-mail \"%1\" about %n invoice(s)", nullptr,
                                     int(c.emailInvoiceIds.size()))
                         .arg(c.emailTemplate);
        ++n.emails;
    }
    if (c.callTask) {
        // Said so when the billing contact's preferred channel turned an e-mail into the task.
        today << (c.emailAsTask == PreferredReach::Text
                          ? RemindersDialog::tr("text task for the clerk, not an e-mail (prefers "
                                                "texts)")
                          : c.emailAsTask == PreferredReach::Phone
                          ? RemindersDialog::tr("call task, not an e-mail (prefers calls)")
                          : RemindersDialog::tr("call task"));
        ++n.calls;
    }
    if (c.creditHold && !c.alreadyOnHold) {
        today << RemindersDialog::tr("credit hold");
        ++n.holds;
    }
    if (c.escalate) {
        today << RemindersDialog::tr("escalate to manager");
        ++n.escalations;
    }
    if (c.legalReview)
        today << RemindersDialog::tr("collections/legal review");
    if (!c.defaultedPlanIds.isEmpty())
        today << RemindersDialog::tr("payment plan defaulted");
    return today;
}

/// The steps held or skipped for a client's invoices, and why.
QStringList heldFor(const ReminderService::ClientPlan &c)
{
    QStringList held;
    for (const ReminderService::InvoicePlan &inv : c.invoices) {
        for (const ReminderService::HeldStep &h : inv.held) {
            QStringList why;
            for (const HoldReason &r : h.holds)
                why << r.text;
            held << RemindersDialog::tr("%1: %2 held (%3)")
                            .arg(inv.number, displayName(h.step.action),
                                 why.join(QStringLiteral(", ")));
        }
        for (const ReminderService::HeldStep &h : inv.skipped)
            held << RemindersDialog::tr("%1: %2 skipped (%3)")
                            .arg(inv.number, displayName(h.step.action),
                                 h.holds.isEmpty() ? QString() : h.holds.first().text);
        if (!inv.waitingForMail.isEmpty())
            held << RemindersDialog::tr("%1: e-mail waits until e-mail is set up").arg(inv.number);
    }
    return held;
}

} // namespace

RemindersDialog::RemindersDialog(const ReminderService::Plan &plan, const QLocale &locale,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RemindersDialog"));
    setWindowTitle(tr("Run reminders"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(QStringLiteral("plan"));
    table->setAccessibleName(tr("Reminders planned"));
    table->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    table->setHorizontalHeaderLabels({tr("Client"), tr("Today"), tr("Held or skipped")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    Counts n;
    for (const ReminderService::ClientPlan &c : plan.clients) {
        const QStringList today = todayFor(c, n);
        const QStringList held = heldFor(c);
        if (today.isEmpty() && held.isEmpty())
            continue;
        if (c.hasWork())
            ++n.work;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.name)));
        table->setItem(row, 1, new QTableWidgetItem(today.join(QStringLiteral(", "))));
        table->setItem(row, 2, new QTableWidgetItem(held.join(QStringLiteral("; "))));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    m_progress = new ProgressPanel(this);
    layout->addWidget(m_progress);
    QString text = tr("As of %1: %2 to queue (one per client), %3, %4, %5, for %6.")
                           .arg(dateformat::date(locale, plan.asOf),
                                tr("%n e-mail(s)", nullptr, n.emails),
                                tr("%n call task(s)", nullptr, n.calls),
                                tr("%n credit hold(s)", nullptr, n.holds),
                                tr("%n escalation(s)", nullptr, n.escalations),
                                tr("%n client(s)", nullptr, n.work));
    if (!plan.mailConfigured)
        text += tr(" E-mail is not set up (File > E-mail settings): e-mail steps stay pending.");
    if (const QString scope = ReminderService::scopeText(plan); !scope.isEmpty())
        text += QLatin1Char(' ') + scope;
    summary->setText(text);
    auto *buttons = new QDialogButtonBox(this);
    auto *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setEnabled(n.work > 0);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemindersDialog::applyRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

void RemindersDialog::setApplying(bool applying)
{
    for (auto *w :
         {static_cast<QWidget *>(findChild<QTableWidget *>(QStringLiteral("plan"))),
          static_cast<QWidget *>(findChild<QDialogButtonBox *>(QStringLiteral("buttons")))})
        w->setEnabled(!applying);
}

void RemindersDialog::showStopped(const QString &text)
{
    setApplying(false);
    findChild<QLabel *>(QStringLiteral("summary"))->setText(text);
    auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    if (auto *apply = findChild<QPushButton *>(QStringLiteral("applyButton")))
        apply->hide();
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

void RemindersDialog::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel(); // stops between clients; the dialog then says what was done
        return;
    }
    QDialog::reject();
}

int RemindersDialog::clientRows() const
{
    auto *t = findChild<QTableWidget *>(QStringLiteral("plan"));
    return t ? t->rowCount() : 0;
}

QString RemindersDialog::summaryText() const
{
    auto *l = findChild<QLabel *>(QStringLiteral("summary"));
    return l ? l->text() : QString();
}

} // namespace ardesk
