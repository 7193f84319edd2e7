// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/agingbucket.h"
#include "core/services/dashboardservice.h"
#include "core/storage/clientlistquery.h"

#include <atomic>
#include <memory>

#include <QLocale>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QVBoxLayout;
class QFrame;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace ardesk {

class DatabaseWorker;

/// The manager's dashboard (Work > Dashboard): KPI tiles with the change against the previous
/// period, the aging per currency (stacked bars), the DSO / best-possible DSO trend over the last
/// month-ends, each clerk's activity per week (grouped bars) and the top overdue accounts.
/// Computed by DashboardService on the worker thread with a progress bar; a newer refresh
/// supersedes (and cancels) an older one. Every chart element asks, by a signal, for the client
/// list narrowed to what it shows.
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    /// The KPI tiles, in the order shown.
    enum class Tile {
        Ar,
        PercentCurrent,
        Dso,
        BestPossibleDso,
        AverageDaysDelinquent,
        Cei,
        AtRisk90,
        PromiseKept
    };
    /// What the activity chart counts.
    enum class Measure { Contacts, Calls, Emails, Texts, PromisesMade, PromisesKept };

    explicit DashboardPane(QWidget *parent = nullptr);
    ~DashboardPane() override;

    /// The file to read (null: none) as `readerId`, amounts and dates shown in `locale`.
    void setSource(DatabaseWorker *worker, qint64 readerId, const QLocale &locale);
    /// Computes the dashboard again on the worker (cancelling one still running).
    void refresh();
    /// Computes it again because the data under it changed (a team database's live updates):
    /// after kChangeDebounceMs without a further change, on the worker, without cancelling a
    /// computation that runs (one more follows it) and without the progress bar; the view stays
    /// as it is — the scroll position, the activity measure, the top overdue account selected.
    void refreshForChanges();
    static constexpr int kChangeDebounceMs = 500;
    /// Stops a computation still running (after its current step), e.g. when the user moves on
    /// to a client: the worker is free for that sooner. The last dashboard stays shown.
    void cancel();
    bool isLoading() const { return m_loading; }
    const DashboardService::Dashboard &dashboard() const { return m_dashboard; }
    /// The value shown on a tile of a currency ("" when there is no such tile), and its change.
    QString tileText(Tile tile, const QString &currency) const;
    QString tileChangeText(Tile tile, const QString &currency) const;
    QChart *agingChart() const;
    QChart *trendChart() const;
    QChart *activityChart() const;
    QTableWidget *topOverdueTable() const { return m_top; }
    QComboBox *measureBox() const { return m_measure; }
    QSpinBox *noContactDaysBox() const { return m_noContactDays; }
    QPushButton *noContactButton() const { return m_noContactShow; }

    /// How a tile's figure is written (`value` empty: "—").
    static QString formatTile(Tile tile, std::optional<double> value, qint64 amountMinor,
                              const QString &currency, const QLocale &locale);

public Q_SLOTS:
    /// An aging bar segment: bar set `bucket` (kAgingBuckets order), category `currencyIndex`.
    void openAgingSegment(int currencyIndex, int bucket);
    /// An activity bar: bar set `clerkIndex` (the clerks in the chart's order).
    void openActivityBar(int clerkIndex);
    /// A point of the DSO trend: the clients with an overdue balance today.
    void openTrendPoint();
    /// The clients who owe a balance and whom nobody has been in contact with in the days of
    /// the no-contact box up to the dashboard's date (ClientListQuery::Spec::noContactDays).
    void openNoContact();

Q_SIGNALS:
    /// The dashboard is computed and shown (also after an error, with the error shown).
    void loaded();
    /// The client list narrowed as `narrowing` says, described by `description`.
    void clientListRequested(const ClientListQuery::Spec &narrowing, const QString &description);
    void clientRequested(qint64 clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Run
    {
        std::atomic_bool cancel = false;
        std::atomic_int done = 0;
        std::atomic_int total = 0;
    };
    enum class Mode { Shown, Quiet };
    void start(Mode mode);
    /// present() keeping the scroll position and the selected top overdue account.
    void presentKeepingView(const DashboardService::Dashboard &dashboard);
    void present(const DashboardService::Dashboard &dashboard);
    void showTiles();
    QFrame *makeTile(Tile tile, const QString &name, const Kpi &now,
                     const std::optional<Kpi> &before) const;
    /// The tile's change against the previous period: arrow, size, green better / red worse.
    void showChange(QLabel *label, Tile tile, const Kpi &now,
                    const std::optional<Kpi> &before) const;
    void showAging();
    void showTrend();
    void showActivity();
    /// The trend chart's accessible name and a summary of its latest month-end.
    void describeTrend(const QString &title, const QStringList &currencies);
    void showTopOverdue();
    void addHeader(QVBoxLayout *outer);
    QHBoxLayout *makeNoContactRow();
    void addBody(QVBoxLayout *outer);
    void connectSignals();
    void retranslateUi();
    QString money(qint64 minor, const QString &currency) const;

    DatabaseWorker *m_worker = nullptr;
    qint64 m_readerId = 0;
    QLocale m_locale;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_changedWhileLoading = false; ///< refreshForChanges() during a run: one more after it
    QScrollArea *m_scroll = nullptr;
    std::shared_ptr<Run> m_run;
    DashboardService::Dashboard m_dashboard;
    QList<ActivityQuery::ClerkTotals> m_clerks; ///< the activity chart's bar sets, in order

    QLabel *m_title;
    QLabel *m_error;
    QProgressBar *m_progress;
    QTimer *m_progressTimer;
    QTimer *m_changeTimer; ///< refreshForChanges()' debounce
    QGridLayout *m_tiles;
    QChartView *m_aging;
    QChartView *m_trend;
    QChartView *m_activity;
    QComboBox *m_measure;
    QLabel *m_topTitle;
    QLabel *m_noContactBefore;
    QSpinBox *m_noContactDays;
    QLabel *m_noContactAfter;
    QPushButton *m_noContactShow;
    QTableWidget *m_top;
};

} // namespace ardesk
