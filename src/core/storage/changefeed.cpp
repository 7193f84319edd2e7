// SPDX-License-Identifier: MIT
#include "core/storage/changefeed.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/support/log.h"

#include <algorithm>
#include <array>
#include <utility>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace ardesk {
namespace {

const QString kChannel = QStringLiteral("ardesk_changes");

struct KindName
{
    const char *name;
    Change::Kind kind;
};
constexpr std::array kKinds {
        KindName {"client", Change::Kind::Client},   KindName {"contact", Change::Kind::Contact},
        KindName {"invoice", Change::Kind::Invoice}, KindName {"payment", Change::Kind::Payment},
        KindName {"promise", Change::Kind::Promise}, KindName {"dispute", Change::Kind::Dispute},
        KindName {"plan", Change::Kind::Plan},       KindName {"task", Change::Kind::Task},
        KindName {"outbox", Change::Kind::Outbox},   KindName {"call", Change::Kind::Call},
        KindName {"pause", Change::Kind::Pause},     KindName {"note", Change::Kind::Note},
};

} // namespace

std::optional<Change> Change::parse(const QString &payload)
{
    const qsizetype colon = payload.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QStringView name = QStringView(payload).left(colon);
    const QStringView client = QStringView(payload).mid(colon + 1);
    const auto known = std::find_if(kKinds.cbegin(), kKinds.cend(), [&](const KindName &k) {
        return name == QLatin1String(k.name);
    });
    if (known == kKinds.cend())
        return std::nullopt;
    Change change;
    change.kind = known->kind;
    if (client == u"*") {
        change.allClients = true;
        return change;
    }
    bool ok = false;
    change.clientId = client.toLongLong(&ok);
    if (!ok || change.clientId < 0)
        return std::nullopt;
    return change;
}

/// The feed's half on its own thread: the LISTEN connection, the heartbeat and the retries.
class ChangeListener : public QObject
{
public:
    ChangeListener(std::shared_ptr<Database> db, QPointer<ChangeFeed> feed)
        : m_db(std::move(db))
        , m_feed(std::move(feed))
        , m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ChangeListener::tick);
    }

    /// On the listener's thread: the first attempt.
    void begin() { tick(); }

    /// On the listener's thread, before it ends: lets go of the connection.
    void shutdown()
    {
        m_timer->stop();
        dropConnection();
    }

private:
    void tick()
    {
        if (m_live)
            heartbeat();
        else
            connectNow();
    }

    void connectNow()
    {
        m_conn = m_db->connection(); // opens a new one when the last one was dropped
        if (!m_conn.isValid() || !m_conn.isOpen()) {
            fail(Database::connectionLostMessage(m_db->serverAddress()));
            return;
        }
        QSqlDriver *driver = m_conn.driver();
        if (!driver->subscribeToNotification(kChannel)) {
            fail(driver->lastError().text());
            return;
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource,
                       const QVariant &payload) {
                    if (name == kChannel)
                        deliver(payload.toString());
                });
        m_live = true;
        m_retryMs = ChangeFeed::kFirstRetryMs;
        post([](ChangeFeed *feed) { feed->setLive(); });
        m_timer->start(ChangeFeed::kHeartbeatMs);
    }

    void heartbeat()
    {
        QSqlQuery q(m_conn);
        if (!q.exec(QStringLiteral("SELECT 1")) || sql::connectionBroken(m_conn)) {
            const QString why = q.lastError().text().trimmed();
            fail(why.isEmpty() ? Database::connectionLostMessage(m_db->serverAddress()) : why);
            return;
        }
        m_timer->start(ChangeFeed::kHeartbeatMs);
    }

    void fail(const QString &reason)
    {
        log::warning(QStringLiteral("live updates from %1 paused: %2")
                             .arg(m_db->serverAddress(), reason));
        m_live = false;
        dropConnection();
        post([reason](ChangeFeed *feed) { feed->setLost(reason); });
        m_timer->start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, ChangeFeed::kMaxRetryMs);
    }

    void dropConnection()
    {
        if (m_conn.isValid() && m_conn.isOpen() && m_live)
            m_conn.driver()->unsubscribeFromNotification(kChannel);
        m_conn = QSqlDatabase();
        m_db->releaseThreadConnection();
    }

    void deliver(const QString &payload)
    {
        const auto change = Change::parse(payload);
        if (!change) {
            log::warning(QStringLiteral("ignored the change notice \"%1\"").arg(payload));
            return;
        }
        post([c = *change](ChangeFeed *feed) { Q_EMIT feed->changed(c); });
    }

    template<typename Fn>
    void post(Fn fn)
    {
        QPointer<ChangeFeed> feed = m_feed;
        if (!feed)
            return;
        QMetaObject::invokeMethod(
                feed.data(),
                [feed, fn = std::move(fn)] {
                    if (feed)
                        fn(feed.data());
                },
                Qt::QueuedConnection);
    }

    std::shared_ptr<Database> m_db;
    QPointer<ChangeFeed> m_feed;
    QTimer *m_timer;
    QSqlDatabase m_conn;
    bool m_live = false;
    int m_retryMs = ChangeFeed::kFirstRetryMs;
};

ChangeFeed::ChangeFeed(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_thread.setObjectName(QStringLiteral("ardesk-change-feed"));
}

ChangeFeed::~ChangeFeed()
{
    if (m_listener) {
        QMetaObject::invokeMethod(
                m_listener,
                [listener = m_listener] {
                    listener->shutdown();
                    delete listener;
                },
                Qt::BlockingQueuedConnection);
        m_listener = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool ChangeFeed::isAvailable(const Database &db)
{
    return db.dialect() == Dialect::PostgreSQL;
}

void ChangeFeed::start()
{
    if (m_listener || !m_db || !isAvailable(*m_db))
        return;
    m_state = State::Connecting;
    m_listener = new ChangeListener(m_db, QPointer<ChangeFeed>(this));
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, [listener = m_listener] { listener->begin(); });
}

void ChangeFeed::setLive()
{
    const bool wasLost = m_state == State::Lost;
    m_state = State::Live;
    m_lostReason.clear();
    if (wasLost)
        Q_EMIT connectionRestored();
}

void ChangeFeed::setLost(const QString &reason)
{
    const bool wasLost = m_state == State::Lost;
    m_state = State::Lost;
    m_lostReason = reason;
    if (!wasLost)
        Q_EMIT connectionLost(reason);
}

} // namespace ardesk
