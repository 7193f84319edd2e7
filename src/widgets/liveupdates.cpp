// SPDX-License-Identifier: MIT
#include "widgets/liveupdates.h"

#include "core/services/dashboardservice.h"
#include "core/storage/database.h"

#include <QLabel>
#include <QTimer>

namespace ardesk {

LiveUpdates::LiveUpdates(QLabel *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_debounce(new QTimer(this))
{
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(
            QStringLiteral("QLabel { background: #fff1c2; color: #4a3800; font-weight: bold; }"));
    m_banner->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LiveUpdates::flush);
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::setDatabase(const std::shared_ptr<Database> &db)
{
    m_debounce->stop();
    m_pending = {};
    m_feed.reset();
    showLost(false);
    if (!db || !ChangeFeed::isAvailable(*db))
        return;
    m_server = db->serverAddress();
    m_feed = std::make_unique<ChangeFeed>(db);
    connect(m_feed.get(), &ChangeFeed::changed, this, &LiveUpdates::collect);
    connect(m_feed.get(), &ChangeFeed::connectionLost, this, [this](const QString &reason) {
        m_banner->setToolTip(reason);
        showLost(true);
        Q_EMIT connectionLost();
    });
    connect(m_feed.get(), &ChangeFeed::connectionRestored, this, [this] {
        showLost(false);
        // What changed meanwhile was not heard: read everything on screen again.
        m_pending.allClients = m_pending.outbox = m_pending.clientData = m_pending.dashboard = true;
        flush();
        Q_EMIT connectionRestored();
    });
    m_feed->start();
}

bool LiveUpdates::isConnectionLost() const
{
    return m_feed && m_feed->state() == ChangeFeed::State::Lost;
}

void LiveUpdates::collect(const Change &change)
{
    if (change.kind == Change::Kind::Outbox)
        m_pending.outbox = true;
    else
        m_pending.clientData = true;
    if (DashboardService::isMovedBy(change.kind))
        m_pending.dashboard = true;
    if (change.allClients)
        m_pending.allClients = true;
    else if (change.clientId > 0)
        m_pending.clients.insert(change.clientId);
    // Not restarted by later changes: a steady stream still refreshes every kDebounceMs.
    if (!m_debounce->isActive())
        m_debounce->start();
}

void LiveUpdates::flush()
{
    m_debounce->stop();
    const Batch batch = std::exchange(m_pending, Batch());
    Q_EMIT refreshDue(batch);
}

void LiveUpdates::showLost(bool lost)
{
    m_banner->setVisible(lost);
    retranslateUi();
}

void LiveUpdates::retranslateUi()
{
    if (m_banner->isHidden())
        return;
    m_banner->setText(tr("Connection to the team database %1 lost — retrying… Nothing you type "
                         "is lost; saving is paused until it is back.")
                              .arg(m_server));
}

} // namespace ardesk
