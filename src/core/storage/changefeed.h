// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

namespace ardesk {

class Database;
class ChangeListener;

/// One change another desk (or this one) committed to a team database: what kind of row and
/// for which client. Parsed from the server's notification (migration 0019's triggers).
struct Change
{
    enum class Kind {
        Client,
        Contact,
        Invoice,
        Payment,
        Promise,
        Dispute,
        Plan,
        Task,
        Outbox,
        Call,
        Pause,
        Note,
    };
    Kind kind = Kind::Client;
    qint64 clientId = 0; ///< 0: a row of no client (an e-mail to an address only)
    bool allClients = false; ///< one statement touched many clients (an import, a reminder run)

    /// '<kind>:<client id>' or '<kind>:*'; nullopt for anything else (an unknown kind is
    /// ignored, so an older ARDesk keeps working beside a newer schema).
    static std::optional<Change> parse(const QString &payload);
};

/// The live updates of a team database: LISTENs on the channel `ardesk_changes` through Qt's
/// QSqlDriver::subscribeToNotification, on a connection of its own held by a thread of its own
/// (the notification arrives in that connection's thread; nothing the window's worker runs waits
/// for it), and reports each change as a typed Change on the thread that made the feed. A company
/// file has no feed (isAvailable() is false; start() does nothing).
///
/// The same thread watches the connection: a statement every kHeartbeatMs tells a server that
/// went away, reported once by connectionLost(); from then on it connects again with backoff
/// (kFirstRetryMs doubling up to kMaxRetryMs) and, once the server answers, LISTENs again and
/// reports connectionRestored() — the changes missed meanwhile are not replayed, so whoever
/// shows data reloads it then.
///
/// Threading: create, start and destroy on one thread with an event loop (the GUI thread); the
/// signals arrive there. The destructor stops the listening thread and closes its connection.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { Off, Connecting, Live, Lost };
    static constexpr int kHeartbeatMs = 1000;
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 4000;

    explicit ChangeFeed(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

    /// Whether `db` can have a feed (a team database).
    static bool isAvailable(const Database &db);
    /// Starts listening (Connecting, then Live or Lost). Does nothing for a company file.
    void start();
    State state() const { return m_state; }
    /// Why the connection is lost (empty while it is not).
    QString lostReason() const { return m_lostReason; }

Q_SIGNALS:
    /// A change was committed (by any desk, this one included).
    void changed(const ardesk::Change &change);
    /// The server went away (or refused the connection); writes fail until it is back.
    void connectionLost(const QString &reason);
    /// The server answers again and the feed listens again: reload what is shown.
    void connectionRestored();

private:
    friend class ChangeListener;
    void setLive();
    void setLost(const QString &reason);

    std::shared_ptr<Database> m_db;
    QThread m_thread;
    ChangeListener *m_listener = nullptr; ///< lives in m_thread
    State m_state = State::Off;
    QString m_lostReason;
};

} // namespace ardesk
