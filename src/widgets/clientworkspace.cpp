// SPDX-License-Identifier: MIT
#include "widgets/clientworkspace.h"
#include "widgets/appearance.h"

#include "core/domain/calldefaults.h"
#include "core/support/dateformat.h"
#include "widgets/chasetab.h"
#include "widgets/clientdetailstab.h"
#include "widgets/notespane.h"
#include "widgets/todaypane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ardesk {

ClientWorkspace::ClientWorkspace(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_holdBanner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new ClientDetailsTab(this))
    , m_notes(new NotesPane(clock, this))
    , m_chase(new ChaseTab(this))
    , m_today(new TodayPane(this))
    , m_clock(std::move(clock))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    // An account opened from Today (Enter) gets the focus where the clerk acts next.
    connect(m_today, &TodayPane::openRequested, this, &ClientWorkspace::focusOnArrival);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("workspacePlaceholder"));
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 4, 4, 4);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("clientTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // a long name wraps: it never widens the workspace
    layout->addWidget(m_title);
    m_subtitle->setObjectName(QStringLiteral("clientSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);
    auto *badgeRow = new QHBoxLayout;
    badgeRow->setSpacing(6);
    m_promiseBadge = addBadge(badgeRow, QStringLiteral("promiseBadge"), Appearance::Tone::Info);
    m_disputeBadge = addBadge(badgeRow, QStringLiteral("disputeBadge"), Appearance::Tone::Warning);
    m_planBadge = addBadge(badgeRow, QStringLiteral("planBadge"), Appearance::Tone::Success);
    m_pauseBadge = addBadge(badgeRow, QStringLiteral("pauseBadge"), Appearance::Tone::Neutral);
    badgeRow->addStretch();
    layout->addLayout(badgeRow);
    setUpHoldBanner();
    layout->addWidget(m_holdBanner);
    m_tabs->setDocumentMode(true);
    // The Details tab scrolls when the workspace is narrower than a client's contacts need.
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setAccessibleName(tr("Client details"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    m_tabs->addTab(detailsScroll, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_chase, QString());
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    m_stack->addWidget(m_today); // the start page: shown whenever no client is open

    // The splitter beside the workspace keeps the user's position: no client's content (a long
    // name, a contact with many phones) may raise the workspace's minimum width and push it.
    setMinimumWidth(360);

    retranslateUi();
    clear();
}

void ClientWorkspace::setUpHoldBanner()
{
    m_holdBanner->setObjectName(QStringLiteral("creditHoldBanner"));
    {
        // Palette, not a style sheet (see ClientDetailsTab): red text on a pale red band.
        Appearance::setBandTone(m_holdBanner, Appearance::Tone::Error);
        m_holdBanner->setFrameShape(QFrame::StyledPanel);
        m_holdBanner->setMargin(6);
        QFont f = m_holdBanner->font();
        f.setBold(true);
        m_holdBanner->setFont(f);
    }
    m_holdBanner->setWordWrap(true);
    m_holdBanner->hide();
}

/// A small coloured tag (palette, not a style sheet; see setUpHoldBanner) with the facts in
/// its tool tip; hidden while there is nothing to show.
QLabel *ClientWorkspace::addBadge(QLayout *row, const QString &objectName, Appearance::Tone tone)
{
    auto *badge = new QLabel(this);
    badge->setObjectName(objectName);
    Appearance::setBandTone(badge, tone);
    badge->setFrameShape(QFrame::StyledPanel);
    badge->setMargin(2);
    badge->setIndent(4);
    QFont f = badge->font();
    f.setBold(true);
    badge->setFont(f);
    badge->hide();
    row->addWidget(badge);
    return badge;
}

QString ClientWorkspace::money(qint64 minor, const QString &currency) const
{
    return Money::fromMinor(minor, currency).format(m_locale);
}

QString ClientWorkspace::date(const QDate &day) const
{
    return dateformat::date(m_locale, day);
}

namespace {
/// A badge's text, its facts (one a line) in the tool tip; hidden when there are none.
void setBadge(QLabel *badge, const QString &text, const QStringList &facts)
{
    badge->setText(text);
    badge->setToolTip(facts.join(QLatin1Char('\n')));
    badge->setVisible(!facts.isEmpty());
}
} // namespace

void ClientWorkspace::showBadges(const ClientDetails &details)
{
    QStringList promises;
    for (const ClientStandingQuery::Promise &p : details.openPromises) {
        promises << (p.paidMinor > 0
                             ? tr("%1 promised by %2, %3 paid so far")
                                       .arg(money(p.amountMinor, p.currency), date(p.promisedDate),
                                            money(p.paidMinor, p.currency))
                             : tr("%1 promised by %2")
                                       .arg(money(p.amountMinor, p.currency),
                                            date(p.promisedDate)));
    }
    setBadge(m_promiseBadge, tr("%n open promise(s)", nullptr, int(promises.size())), promises);

    QStringList disputes;
    for (const ClientStandingQuery::Dispute &d : details.openDisputes)
        disputes << tr("%1 disputed since %2: %3").arg(d.invoiceNumber, date(d.openedOn), d.reason);
    setBadge(m_disputeBadge, tr("%n dispute(s)", nullptr, int(disputes.size())), disputes);

    QStringList plans;
    for (const ClientStandingQuery::Plan &p : details.activePlans) {
        QString line = tr("%n of %1 installment(s) still owed, %2", nullptr, p.pendingInstallments)
                               .arg(p.installments)
                               .arg(money(p.pendingMinor, p.currency));
        if (p.nextDue.isValid())
            line += tr("; the next due %1").arg(date(p.nextDue));
        plans << line;
    }
    setBadge(m_planBadge, tr("%n payment plan(s)", nullptr, int(plans.size())), plans);
    showPauseBadge(details.pauses);
}

void ClientWorkspace::showPauseBadge(const QList<ClientStandingQuery::Pause> &running)
{
    QStringList pauses;
    QDate clientUntil;
    for (const ClientStandingQuery::Pause &p : running) {
        if (p.invoiceNumber.isEmpty()) {
            clientUntil = p.until;
            pauses << tr("All reminders to the client paused until %1").arg(date(p.until));
        } else {
            pauses << tr("Invoice %1 paused until %2: %3")
                              .arg(p.invoiceNumber, date(p.until), p.reason);
        }
    }
    setBadge(m_pauseBadge,
             clientUntil.isValid() ? tr("Paused until %1").arg(date(clientUntil))
                                   : tr("%n invoice(s) paused", nullptr, int(pauses.size())),
             pauses);
}

QStringList ClientWorkspace::badgeTexts() const
{
    QStringList texts;
    for (const QLabel *badge : {m_promiseBadge, m_disputeBadge, m_planBadge, m_pauseBadge}) {
        if (!badge->isHidden())
            texts << badge->text();
    }
    return texts;
}

void ClientWorkspace::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_details->setLocale(locale);
    m_notes->setLocale(locale);
    m_chase->setLocale(locale);
    m_today->setLocale(locale);
}

void ClientWorkspace::setAsOf(const QDate &date)
{
    m_details->setAsOf(date);
}

void ClientWorkspace::clear()
{
    m_clientId = 0;
    m_placeholder->setText(tr("Select a client in the list to see their details, contacts and "
                              "invoices."));
    m_stack->setCurrentWidget(m_today);
}

bool ClientWorkspace::isShowingToday() const
{
    return m_stack->currentWidget() == m_today;
}

void ClientWorkspace::showChase(const ChaseExplanation &explanation)
{
    m_chase->setExplanation(explanation);
}

void ClientWorkspace::showLoading()
{
    if (m_clientId == 0) {
        m_placeholder->setText(tr("Loading…"));
        m_stack->setCurrentIndex(0);
    }
}

void ClientWorkspace::showError(const QString &message)
{
    m_clientId = 0;
    m_placeholder->setText(tr("This client could not be loaded: %1").arg(message));
    m_stack->setCurrentIndex(0);
}

void ClientWorkspace::showDetails(const ClientDetails &details)
{
    const Client &c = details.client;
    m_clientId = c.id;
    m_title->setText(c.name);
    QStringList parts {c.code, displayName(c.status)};
    if (!details.assignedClerk.isEmpty())
        parts << tr("Clerk: %1").arg(details.assignedClerk);
    if (!c.segment.isEmpty())
        parts << c.segment;
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    if (c.creditHold) {
        m_holdBanner->setText(
                tr("On credit hold%1. Do not ship or extend further credit without a manager's "
                   "approval.")
                        .arg(c.creditHoldReason.isEmpty()
                                     ? QString()
                                     : QStringLiteral(": ") + c.creditHoldReason));
        m_holdBanner->show();
    } else {
        m_holdBanner->hide();
    }
    showBadges(details);
    m_details->setDetails(details);
    m_notes->setClient(details);
    m_stack->setCurrentIndex(1);
    if (m_arrivalClient == c.id) {
        m_arrivalClient = 0;
        focusCallButton(details);
    }
}

void ClientWorkspace::focusCallButton(const ClientDetails &details)
{
    m_tabs->setCurrentWidget(m_details);
    if (const auto callee = CallDefaults::callee(details.contacts)) {
        for (auto *b : m_details->findChildren<QToolButton *>(QStringLiteral("phoneButton"))) {
            if (b->isEnabled() && b->property("contactId").toLongLong() == callee->contact.id) {
                b->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    m_tabs->tabBar()->setFocus(Qt::OtherFocusReason);
}

void ClientWorkspace::showNotes(QList<NoteService::Entry> notes,
                                const QList<NoteTemplate> &templates)
{
    m_notes->setProperty("count", int(notes.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_notes), tr("Notes (%1)").arg(notes.size()));
    m_notes->setNotes(std::move(notes), templates);
}

void ClientWorkspace::showChaseTab()
{
    m_tabs->setCurrentWidget(m_chase);
}

void ClientWorkspace::showNotesTab()
{
    m_tabs->setCurrentWidget(m_notes);
}

QString ClientWorkspace::headerText() const
{
    return m_stack->currentIndex() == 1 ? m_title->text() : QString();
}

void ClientWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientWorkspace::retranslateUi()
{
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(m_tabs->indexOf(m_chase), tr("Reminders"));
    m_tabs->setTabText(m_tabs->indexOf(m_notes),
                       tr("Notes (%1)").arg(m_notes->property("count").toInt()));
}

} // namespace ardesk
