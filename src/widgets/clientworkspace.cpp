// SPDX-License-Identifier: MIT
#include "widgets/clientworkspace.h"

#include "core/domain/calldefaults.h"
#include "widgets/chasetab.h"
#include "widgets/clientdetailstab.h"
#include "widgets/notespane.h"
#include "widgets/todaypane.h"

#include <QEvent>
#include <QLabel>
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
    layout->addWidget(m_title);
    m_subtitle->setObjectName(QStringLiteral("clientSubtitle"));
    layout->addWidget(m_subtitle);
    setUpHoldBanner();
    layout->addWidget(m_holdBanner);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_chase, QString());
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    m_stack->addWidget(m_today); // the start page: shown whenever no client is open

    retranslateUi();
    clear();
}

void ClientWorkspace::setUpHoldBanner()
{
    m_holdBanner->setObjectName(QStringLiteral("creditHoldBanner"));
    {
        // Palette, not a style sheet (see ClientDetailsTab): red text on a pale red band.
        QPalette p = m_holdBanner->palette();
        p.setColor(QPalette::Window, QColor(0xFD, 0xEC, 0xEA));
        p.setColor(QPalette::WindowText, QColor(0xB7, 0x1C, 0x1C));
        m_holdBanner->setPalette(p);
        m_holdBanner->setAutoFillBackground(true);
        m_holdBanner->setFrameShape(QFrame::StyledPanel);
        m_holdBanner->setMargin(6);
        QFont f = m_holdBanner->font();
        f.setBold(true);
        m_holdBanner->setFont(f);
    }
    m_holdBanner->setWordWrap(true);
    m_holdBanner->hide();
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
    m_tabs->setTabText(m_tabs->indexOf(m_details), tr("Details"));
    m_tabs->setTabText(m_tabs->indexOf(m_chase), tr("Reminders"));
    m_tabs->setTabText(m_tabs->indexOf(m_notes),
                       tr("Notes (%1)").arg(m_notes->property("count").toInt()));
}

} // namespace ardesk
