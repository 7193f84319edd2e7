// SPDX-License-Identifier: MIT
#include "widgets/chasetab.h"
#include "widgets/appearance.h"

#include "core/domain/money.h"
#include "core/support/dateformat.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace ardesk {

ChaseTab::ChaseTab(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("chaseTab"));
    m_browser->setObjectName(QStringLiteral("chaseExplanation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_browser);
}

QString ChaseTab::text() const
{
    return m_browser->toPlainText();
}

void ChaseTab::setExplanation(const ChaseExplanation &e)
{
    auto date = [this](const QDate &d) { return dateformat::date(m_locale, d); };
    QString html = QStringLiteral("<p>%1</p>")
                           .arg(tr("Reminder policy <b>%1</b>, as of %2.")
                                        .arg(e.policyName.toHtmlEscaped(), date(e.asOf)));
    if (e.invoices.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Nothing is overdue: nobody chases this client."));
    for (const ChaseExplanation::Invoice &inv : e.invoices) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                        .arg(tr("%1 — %2, due %3, %n day(s) late", nullptr, inv.daysLate)
                                     .arg(inv.number.toHtmlEscaped(),
                                          Money::fromMinor(inv.balanceMinor, inv.currency)
                                                  .format(m_locale)
                                                  .toHtmlEscaped(),
                                          date(inv.dueDate)));
        for (const ChaseExplanation::DoneStep &d : inv.done)
            html += QStringLiteral("<li>%1</li>")
                            .arg(tr("Done %1: %2 (+%3) — %4")
                                         .arg(date(d.date), displayName(d.step.action),
                                              tr("%n day(s)", nullptr, d.step.daysAfterDue),
                                              d.outcome.toHtmlEscaped()));
        if (inv.next) {
            const QString what = tr("%1 (+%2)")
                                         .arg(displayName(inv.next->action),
                                              tr("%n day(s)", nullptr, inv.next->daysAfterDue));
            if (inv.holds.isEmpty())
                html += QStringLiteral("<li><b>%1</b></li>")
                                .arg(inv.nextIsDue
                                             ? tr("Next: %1 — due now, taken by the next "
                                                  "reminder run")
                                                       .arg(what)
                                             : tr("Next: %1 on %2").arg(what, date(inv.nextDate)));
            else {
                QStringList holds;
                for (const HoldReason &h : inv.holds)
                    holds << h.text.toHtmlEscaped();
                html += QStringLiteral("<li><b><font color='%2'>%1</font></b></li>")
                                .arg(tr("Not chased: %1 is held — %2")
                                             .arg(what, holds.join(QStringLiteral("; "))),
                                     Appearance::text(Appearance::Tone::Error, palette()).name());
            }
        } else {
            html += QStringLiteral("<li>%1</li>").arg(tr("Every step of the policy was taken."));
        }
        html += QStringLiteral("</ul>");
    }
    m_browser->setHtml(html);
}

} // namespace ardesk
