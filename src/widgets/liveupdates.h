// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/changefeed.h"

#include <memory>

#include <QObject>
#include <QSet>

class QLabel;
class QTimer;

namespace ardesk {

class Database;

/// The window's side of a team database's live updates: collects the changes ChangeFeed reports
/// for kDebounceMs (a save touches several tables; a burst of saves is one refresh) and then asks
/// for one refresh of what they touched; shows the banner while the connection is lost, and asks
/// to refresh everything when it is back. A company file has no feed: nothing happens.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    /// What a refresh is for: the clients that changed (or all of them), the outbox.
    struct Batch
    {
        QSet<qint64> clients;
        bool allClients = false; ///< a bulk write, or the connection is back
        bool outbox = false;
        bool clientData = false; ///< anything but the outbox changed
        bool dashboard = false; ///< something the dashboard shows (DashboardService::isMovedBy)
        bool touches(qint64 clientId) const { return allClients || clients.contains(clientId); }
    };
    /// Changes are collected this long before one refresh (the promise is "within 2 s").
    static constexpr int kDebounceMs = 300;

    /// `banner` is the window's connection-lost banner (hidden until the connection is lost).
    explicit LiveUpdates(QLabel *banner, QObject *parent = nullptr);
    ~LiveUpdates() override;

    /// Follows `db`'s changes (a team database; null or a company file: none).
    void setDatabase(const std::shared_ptr<Database> &db);
    ChangeFeed *feed() const { return m_feed.get(); }
    bool isConnectionLost() const;
    QLabel *banner() const { return m_banner; }
    void retranslateUi();

Q_SIGNALS:
    /// Time to read again what `batch` names (on the window's thread).
    void refreshDue(const ardesk::LiveUpdates::Batch &batch);
    void connectionLost();
    void connectionRestored();

private:
    void collect(const Change &change);
    void flush();
    void showLost(bool lost);

    QLabel *m_banner;
    QTimer *m_debounce;
    std::unique_ptr<ChangeFeed> m_feed;
    QString m_server;
    Batch m_pending;
};

} // namespace ardesk
