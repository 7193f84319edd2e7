// SPDX-License-Identifier: MIT
#include "widgets/todaypane.h"
#include "widgets/appearance.h"

#include "models/todayqueuemodel.h"
#include "widgets/windowstatestore.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ardesk {

TodayPane::TodayPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_model(new TodayQueueModel(this))
    , m_view(new QTableView(this))
    , m_firstSteps(buildFirstSteps())
{
    setObjectName(QStringLiteral("todayPane"));
    m_title->setObjectName(QStringLiteral("todayTitle"));
    m_view->setObjectName(QStringLiteral("todayQueue"));
    m_view->setAccessibleName(tr("Today queue"));
    m_view->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    // Also names the group of the queue's own keys in Help > Keyboard shortcuts.
    m_view->setAccessibleName(tr("Today queue"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_hint->setText(tr("Enter opens the account · Ctrl+Shift+L calls its billing contact · Ctrl+L "
                       "logs a call · Ctrl+D marks it done and opens the next · Ctrl+T comes back "
                       "here"));
    Appearance::setTextTone(m_hint, Appearance::Tone::Muted);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TodayQueueModel::Why, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(TodayQueueModel::ClientIdRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_firstSteps, 1);
    m_firstSteps->hide();
}

QWidget *TodayPane::buildFirstSteps()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("firstSteps"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *intro = new QLabel(tr("ARDesk keeps every call, e-mail and promise of your collections "
                                "team. To begin:"),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    struct Text
    {
        FirstStep step;
        const char *name;
        QString button;
        QString explanation;
    };
    const Text steps[] = {
            {FirstStep::Import, "firstStepImport", tr("&Import clients and invoices…"),
             tr("From CSV exports of your accounting system (Xero, QuickBooks, Sage or any "
                "other): clients, contacts, invoices and payments.")},
            {FirstStep::CompanySettings, "firstStepCompany", tr("&Company settings…"),
             tr("Your company's name and address (they sign every e-mail), home currency, "
                "locale and the largest attachment a note may carry.")},
            {FirstStep::EmailSettings, "firstStepEmail", tr("&E-mail settings…"),
             tr("The SMTP server reminders and recaps go out through, and the sender's name.")},
            {FirstStep::Users, "firstStepUsers", tr("&Users…"),
             tr("Who works in this file, their roles, e-mail address and signature: every note "
                "is signed by its author. A clerk joins by opening the file under their own "
                "name.")},
    };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    for (const Text &s : steps)
        addFirstStep(page, grid, s.step, s.name, s.button, s.explanation);
    m_noSteps = new QLabel(tr("Your role may not import clients or change the company's "
                              "settings: ask an administrator or a manager to bring the clients "
                              "in."),
                           page);
    m_noSteps->setObjectName(QStringLiteral("firstStepsNone"));
    m_noSteps->setWordWrap(true);
    layout->addWidget(m_noSteps);
    layout->addStretch(1);
    return page;
}

/// One step of the first-run page: its button and what it does, hidden until the window binds
/// the step's action (and the user's role may use it).
void TodayPane::addFirstStep(QWidget *page, QGridLayout *grid, FirstStep which, const char *name,
                             const QString &buttonText, const QString &explanation)
{
    auto *button = new QPushButton(buttonText, page);
    button->setObjectName(QString::fromLatin1(name));
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *text = new QLabel(explanation, page);
    text->setWordWrap(true);
    text->setBuddy(button);
    const int row = grid->rowCount();
    grid->addWidget(button, row, 0);
    grid->addWidget(text, row, 1);
    Step &step = m_steps[std::size_t(which)];
    step.button = button;
    step.explanation = text;
    button->hide();
    text->hide();
    connect(button, &QPushButton::clicked, this, [&step] {
        if (step.action)
            step.action->trigger();
    });
}

void TodayPane::setFirstStepAction(FirstStep step, QAction *action)
{
    Step &s = m_steps[std::size_t(step)];
    if (s.action)
        disconnect(s.action, nullptr, this, nullptr);
    s.action = action;
    if (action)
        connect(action, &QAction::changed, this, &TodayPane::updateFirstSteps);
    updateFirstSteps();
}

QPushButton *TodayPane::firstStepButton(FirstStep step) const
{
    return step < FirstStep::Count ? m_steps[std::size_t(step)].button : nullptr;
}

void TodayPane::updateFirstSteps()
{
    bool any = false;
    for (const Step &s : m_steps) {
        const bool offered = s.action && s.action->isVisible();
        s.button->setVisible(offered);
        s.explanation->setVisible(offered);
        if (!s.action)
            continue;
        s.button->setEnabled(s.action->isEnabled());
        s.button->setToolTip(s.action->toolTip());
        any = any || offered;
    }
    m_noSteps->setVisible(!any);
}

void TodayPane::showFirstSteps(const QString &userName)
{
    m_userName = userName;
    m_model->setRows({}, m_asOf);
    m_title->setText(tr("Welcome, %1 — this company file has no clients yet").arg(userName));
    m_hint->hide();
    m_view->hide();
    m_firstSteps->show();
    for (const Step &s : m_steps) {
        if (!s.button->isHidden()) {
            s.button->setFocus();
            break;
        }
    }
}

bool TodayPane::showsFirstSteps() const
{
    return !m_firstSteps->isHidden();
}

void TodayPane::setLocale(const QLocale &locale)
{
    m_model->setLocale(locale);
}

void TodayPane::setRows(QList<TodayQueue::Row> rows, const QDate &asOf, const QString &userName)
{
    m_firstSteps->hide();
    m_hint->show();
    m_view->show();
    const qint64 selected = currentClientId();
    const int scrolled = m_view->verticalScrollBar()->value();
    m_userName = userName;
    m_asOf = asOf;
    m_model->setRows(std::move(rows), asOf);
    // Long client names are elided (their code is in front): the reason is what this page is
    // for, and it gets the room.
    const int clientMax = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    WindowStateStore::fitColumns(m_view, {int(TodayQueueModel::Client)}, clientMax);
    m_view->horizontalHeader()->setSectionResizeMode(TodayQueueModel::Why, QHeaderView::Stretch);
    if (!selectClient(selected) && m_model->rowCount() > 0)
        m_view->selectRow(0);
    else if (selected)
        m_view->verticalScrollBar()->setValue(scrolled); // read again: the reader stays put
    updateTitle();
}

void TodayPane::showLoading()
{
    m_title->setText(tr("Today — loading…"));
}

void TodayPane::showError(const QString &message)
{
    m_title->setText(tr("Today — could not be loaded: %1").arg(message));
}

qint64 TodayPane::currentClientId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(TodayQueueModel::ClientIdRole).toLongLong() : 0;
}

bool TodayPane::selectClient(qint64 clientId)
{
    for (int row = 0; clientId && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(TodayQueueModel::ClientIdRole).toLongLong() == clientId) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, TodayQueueModel::Client));
            return true;
        }
    }
    return false;
}

QString TodayPane::titleText() const
{
    return m_title->text();
}

void TodayPane::updateTitle()
{
    const int n = m_model->rowCount();
    m_title->setText(n == 0 ? tr("Today — nothing needs you, %1. Well done.").arg(m_userName)
                            : tr("Today — %n account(s) for %1", nullptr, n).arg(m_userName));
}

bool TodayPane::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the queue opens the account (activated() needs a current index; Return may
    // arrive before one is set, so take the selected row).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            if (const qint64 id = currentClientId()) {
                Q_EMIT openRequested(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ardesk
