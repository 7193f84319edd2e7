// SPDX-License-Identifier: MIT
#include "widgets/dashboardpane.h"
#include "widgets/appearance.h"

#include "core/domain/currency.h"
#include "core/domain/money.h"
#include "core/support/dateformat.h"
#include "models/databaseworker.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ardesk {
namespace {

constexpr std::array<DashboardPane::Tile, 8> kTiles {DashboardPane::Tile::Ar,
                                                     DashboardPane::Tile::PercentCurrent,
                                                     DashboardPane::Tile::Dso,
                                                     DashboardPane::Tile::BestPossibleDso,
                                                     DashboardPane::Tile::AverageDaysDelinquent,
                                                     DashboardPane::Tile::Cei,
                                                     DashboardPane::Tile::AtRisk90,
                                                     DashboardPane::Tile::PromiseKept};

/// Bucket colours, from calm to alarming.
constexpr std::array<QRgb, 5> kBucketColours {0x4caf50, 0xcddc39, 0xffc107, 0xff7043, 0xd32f2f};

/// A tile's ratio or days (AR is money: shown from Kpi::arTotal, never as a double).
std::optional<double> figure(DashboardPane::Tile tile, const Kpi &k)
{
    switch (tile) {
    case DashboardPane::Tile::Ar:
        return std::nullopt;
    case DashboardPane::Tile::PercentCurrent:
        return k.percentCurrent;
    case DashboardPane::Tile::Dso:
        return k.dso;
    case DashboardPane::Tile::BestPossibleDso:
        return k.bestPossibleDso;
    case DashboardPane::Tile::AverageDaysDelinquent:
        return k.averageDaysDelinquent;
    case DashboardPane::Tile::Cei:
        return k.cei;
    case DashboardPane::Tile::AtRisk90:
        return k.percentAtRisk90;
    case DashboardPane::Tile::PromiseKept:
        return k.promiseKeptRate;
    }
    return std::nullopt;
}

/// Whether a rise of the tile's figure is good news (DSO, AR and the late share: lower is better).
bool higherIsBetter(DashboardPane::Tile tile)
{
    return tile == DashboardPane::Tile::PercentCurrent || tile == DashboardPane::Tile::Cei
            || tile == DashboardPane::Tile::PromiseKept;
}

int measureOf(const ActivityQuery::ClerkTotals &t, DashboardPane::Measure measure)
{
    switch (measure) {
    case DashboardPane::Measure::Contacts:
        return t.calls + t.emails + t.texts;
    case DashboardPane::Measure::Calls:
        return t.calls;
    case DashboardPane::Measure::Emails:
        return t.emails;
    case DashboardPane::Measure::Texts:
        return t.texts;
    case DashboardPane::Measure::PromisesMade:
        return t.promisesMade;
    case DashboardPane::Measure::PromisesKept:
        return t.promisesKept;
    }
    return 0;
}

/// A bar's height in whole major units of the currency (the tooltip shows the exact amount).
qreal barHeight(qint64 minor, const QString &currency)
{
    qint64 unit = 1;
    for (int i = Currency::fromCode(currency).value_or(Currency()).exponent(); i > 0; --i)
        unit *= 10;
    return qreal(minor / unit);
}

QChartView *makeChartView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void clearChart(QChart *chart, const QLocale &locale)
{
    chart->removeAllSeries();
    // The chart follows the scheme when it is drawn again (light text on dark in Dark).
    chart->setTheme(Appearance::isDark(QApplication::palette()) ? QChart::ChartThemeDark
                                                                : QChart::ChartThemeLight);
    // The axes write numbers (and month names) as the rest of the window does: "264,051" in
    // en_US, "264.051" in de_DE, not the C library's "264051".
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A round step for a value axis from 0 to `top`: 1, 2, 2.5 or 5 times a power of ten, giving
/// at most five intervals; whole numbers only (the axes count money units, notes, calls).
qreal roundStep(qreal top)
{
    const qreal rough = std::max<qreal>(top, 1) / 5;
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    for (qreal factor : {1.0, 2.0, 2.5, 5.0}) {
        const qreal step = factor * power;
        if (step >= rough && step >= 1 && std::floor(step) == step)
            return step;
    }
    return std::max<qreal>(10 * power, 1);
}

/// `y` from 0 to the first round tick at or above `top` with a tick at each round step:
/// "0, 50,000, 100,000 … 250,000", not the top divided in four ("222,877, 167,158…").
void setRoundRange(QValueAxis *y, qreal top)
{
    const qreal step = roundStep(top);
    const int intervals = std::max(1, int(std::ceil(top / step)));
    y->setRange(0, step * intervals);
    y->setTickCount(intervals + 1);
}

/// Puts the category axis `x` below the bars of `series` and a whole-number value axis beside
/// them, in round steps up to the tallest bar, `top`.
void attachBarAxes(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, qreal top)
{
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    setRoundRange(y, top);
}

/// The company's date without its year, for a week on the axis: "12/7" (en_US), "07.12."
/// (de_DE), "07/12" (en_GB) — the locale's order of day and month, short enough to stand whole
/// under a group of bars (the eight weeks end today: the year is not in doubt).
QString dayAndMonth(const QLocale &locale, const QDate &day)
{
    QString pattern = dateformat::datePattern(locale);
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    const QRegularExpressionMatch m = year.match(pattern);
    if (m.hasMatch()) {
        const bool dotted = m.captured().contains(u'.'); // "07.12." as German writes it
        pattern.remove(m.capturedStart(), m.capturedLength());
        if (dotted && !pattern.endsWith(u'.'))
            pattern += u'.';
    }
    return locale.toString(day, pattern.trimmed());
}

} // namespace

DashboardPane::DashboardPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressTimer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
    , m_tiles(new QGridLayout)
    , m_aging(makeChartView(QStringLiteral("agingChart"), this))
    , m_trend(makeChartView(QStringLiteral("trendChart"), this))
    , m_activity(makeChartView(QStringLiteral("activityChart"), this))
    , m_measure(new QComboBox(this))
    , m_topTitle(new QLabel(this))
    , m_noContactBefore(new QLabel(this))
    , m_noContactDays(new QSpinBox(this))
    , m_noContactAfter(new QLabel(this))
    , m_noContactShow(new QPushButton(this))
    , m_top(new QTableWidget(this))
{
    setObjectName(QStringLiteral("dashboardPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    addHeader(outer);
    addBody(outer);
    connectSignals();
    retranslateUi();
}

/// "Owing, no contact for [30] days [Show clients]" under the top overdue accounts.
QHBoxLayout *DashboardPane::makeNoContactRow()
{
    auto *row = new QHBoxLayout;
    m_noContactDays->setObjectName(QStringLiteral("noContactDays"));
    m_noContactDays->setRange(1, 3660);
    m_noContactDays->setValue(30);
    m_noContactBefore->setBuddy(m_noContactDays);
    m_noContactShow->setObjectName(QStringLiteral("noContactShow"));
    row->addWidget(m_noContactBefore);
    row->addWidget(m_noContactDays);
    row->addWidget(m_noContactAfter);
    row->addWidget(m_noContactShow);
    row->addStretch(1);
    return row;
}

/// The title with the progress bar, and the error line under it.
void DashboardPane::addHeader(QVBoxLayout *outer)
{
    auto *head = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    head->addWidget(m_title, 1);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    head->addWidget(m_progress);
    outer->addLayout(head);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    Appearance::setTextTone(m_error, Appearance::Tone::Error);
    m_error->hide();
    outer->addWidget(m_error);
}

/// The tiles, the three charts and the top overdue accounts, scrolling together.
void DashboardPane::addBody(QVBoxLayout *outer)
{
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setAccessibleName(tr("Dashboard figures and charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    m_tiles->setSpacing(6);
    column->addLayout(m_tiles);
    auto *charts = new QGridLayout;
    charts->addWidget(m_aging, 0, 0);
    charts->addWidget(m_trend, 0, 1);
    auto *activityColumn = new QVBoxLayout;
    m_measure->setObjectName(QStringLiteral("activityMeasure"));
    activityColumn->addWidget(m_measure, 0, Qt::AlignRight);
    activityColumn->addWidget(m_activity, 1);
    charts->addLayout(activityColumn, 1, 0);
    auto *topColumn = new QVBoxLayout;
    topColumn->addWidget(m_topTitle);
    m_top->setObjectName(QStringLiteral("topOverdueTable"));
    m_top->setAccessibleName(tr("Accounts with the most overdue"));
    m_top->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_top->setColumnCount(6);
    m_top->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_top->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_top->setSelectionMode(QAbstractItemView::SingleSelection);
    m_top->verticalHeader()->hide();
    m_top->horizontalHeader()->setStretchLastSection(true);
    m_top->setMinimumHeight(260);
    topColumn->addWidget(m_top, 1);
    topColumn->addLayout(makeNoContactRow());
    charts->addLayout(topColumn, 1, 1);
    column->addLayout(charts, 1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
}

/// Progress while computing; the measure picker; the top accounts open their client.
void DashboardPane::connectSignals()
{
    connect(m_noContactShow, &QPushButton::clicked, this, &DashboardPane::openNoContact);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_run && m_run->total > 0) {
            m_progress->setRange(0, m_run->total);
            m_progress->setValue(m_run->done);
        }
    });
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeDebounceMs);
    connect(m_changeTimer, &QTimer::timeout, this, [this] {
        if (m_loading)
            m_changedWhileLoading = true;
        else
            start(Mode::Quiet);
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { showActivity(); });
    connect(m_top, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_top->item(row, 0))
            Q_EMIT clientRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_top, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_top->item(row, 0))
            Q_EMIT clientRequested(item->data(Qt::UserRole).toLongLong());
    });
}

DashboardPane::~DashboardPane()
{
    if (m_run)
        m_run->cancel = true;
}

QChart *DashboardPane::agingChart() const
{
    return m_aging->chart();
}

QChart *DashboardPane::trendChart() const
{
    return m_trend->chart();
}

QChart *DashboardPane::activityChart() const
{
    return m_activity->chart();
}

void DashboardPane::setSource(DatabaseWorker *worker, qint64 readerId, const QLocale &locale)
{
    if (m_run)
        m_run->cancel = true;
    m_run.reset();
    ++m_generation;
    m_loading = false;
    m_changedWhileLoading = false;
    m_changeTimer->stop();
    m_progressTimer->stop();
    m_progress->hide();
    m_worker = worker;
    m_readerId = readerId;
    m_locale = locale;
    m_dashboard = {};
    present(m_dashboard);
}

void DashboardPane::cancel()
{
    m_changeTimer->stop();
    m_changedWhileLoading = false;
    if (!m_run)
        return;
    m_run->cancel = true;
    m_run.reset();
    ++m_generation;
    m_loading = false;
    m_progressTimer->stop();
    m_progress->hide();
}

void DashboardPane::refresh()
{
    start(Mode::Shown);
}

void DashboardPane::refreshForChanges()
{
    if (!m_worker)
        return;
    if (m_loading) {
        m_changedWhileLoading = true; // a run that never finishes would show nothing new
        return;
    }
    m_changeTimer->start();
}

void DashboardPane::start(Mode mode)
{
    if (!m_worker)
        return;
    if (m_run)
        m_run->cancel = true;
    m_changeTimer->stop();
    m_changedWhileLoading = false;
    auto run = std::make_shared<Run>();
    m_run = run;
    const quint64 generation = ++m_generation;
    const qint64 readerId = m_readerId;
    m_loading = true;
    if (mode == Mode::Shown) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_progressTimer->start();
    }
    m_worker->run(
            this,
            [run, readerId](const std::shared_ptr<Database> &db) {
                return DashboardService(db, readerId)
                        .compute(
                                {},
                                [run](int done, int total) {
                                    run->total = total;
                                    run->done = done;
                                },
                                &run->cancel);
            },
            [this, generation, mode](Result<DashboardService::Dashboard> result) {
                if (generation != m_generation)
                    return; // a newer refresh (or another file) superseded this one
                m_loading = false;
                m_run.reset();
                m_progressTimer->stop();
                m_progress->hide();
                if (result) {
                    m_error->hide();
                    if (mode == Mode::Quiet)
                        presentKeepingView(result.value());
                    else
                        present(result.value());
                } else {
                    m_error->setText(result.errorString());
                    m_error->show();
                }
                if (m_changedWhileLoading) {
                    m_changedWhileLoading = false;
                    m_changeTimer->start();
                }
                Q_EMIT loaded();
            });
}

void DashboardPane::presentKeepingView(const DashboardService::Dashboard &dashboard)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    const int topScrolled = m_top->verticalScrollBar()->value();
    qint64 selected = 0;
    if (const QTableWidgetItem *item = m_top->item(m_top->currentRow(), 0);
        item && m_top->selectionModel()->hasSelection())
        selected = item->data(Qt::UserRole).toLongLong();
    present(dashboard);
    for (int row = 0; selected && row < m_top->rowCount(); ++row) {
        if (m_top->item(row, 0)->data(Qt::UserRole).toLongLong() == selected) {
            m_top->setCurrentCell(row, m_top->currentColumn() < 0 ? 0 : m_top->currentColumn());
            m_top->selectRow(row);
        }
    }
    m_top->verticalScrollBar()->setValue(topScrolled);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void DashboardPane::present(const DashboardService::Dashboard &dashboard)
{
    m_dashboard = dashboard;
    retranslateUi();
    showTiles();
    showAging();
    showTrend();
    showActivity();
    showTopOverdue();
}

QString DashboardPane::money(qint64 minor, const QString &currency) const
{
    return Money::fromMinor(minor, currency).format(m_locale);
}

QString DashboardPane::formatTile(Tile tile, std::optional<double> value, qint64 amountMinor,
                                  const QString &currency, const QLocale &locale)
{
    if (tile == Tile::Ar)
        return Money::fromMinor(amountMinor, currency).format(locale);
    if (!value)
        return QStringLiteral("—");
    switch (tile) {
    case Tile::Dso:
    case Tile::BestPossibleDso:
    case Tile::AverageDaysDelinquent:
        return tr("%1 days").arg(locale.toString(*value, 'f', 1));
    default:
        return tr("%1 %").arg(locale.toString(*value, 'f', 1));
    }
}

QString DashboardPane::tileText(Tile tile, const QString &currency) const
{
    auto *label
            = findChild<QLabel *>(QStringLiteral("tile_%1_%2_value").arg(int(tile)).arg(currency));
    return label ? label->text() : QString();
}

QString DashboardPane::tileChangeText(Tile tile, const QString &currency) const
{
    auto *label
            = findChild<QLabel *>(QStringLiteral("tile_%1_%2_change").arg(int(tile)).arg(currency));
    return label ? label->text() : QString();
}

void DashboardPane::showTiles()
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList names {tr("Receivables"),       tr("Current"),         tr("DSO"),
                             tr("Best-possible DSO"), tr("Days delinquent"), tr("CEI"),
                             tr("90+ days late"),     tr("Promises kept")};
    // One row per currency: its code, then the eight tiles.
    int row = 0;
    for (const Kpi &now : std::as_const(m_dashboard.kpis)) {
        const auto before
                = DashboardService::Dashboard::kpiOf(m_dashboard.previousKpis, now.currency);
        auto *code = new QLabel(now.currency);
        QFont bold = code->font();
        bold.setBold(true);
        code->setFont(bold);
        m_tiles->addWidget(code, row, 0);
        for (std::size_t i = 0; i < kTiles.size(); ++i)
            m_tiles->addWidget(makeTile(kTiles[i], names[qsizetype(i)], now, before), row,
                               int(i) + 1);
        ++row;
    }
}

QFrame *DashboardPane::makeTile(Tile tile, const QString &name, const Kpi &now,
                                const std::optional<Kpi> &before) const
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("tile_%1_%2").arg(int(tile)).arg(now.currency));
    frame->setToolTip(tr("%1 %2; below it the change against %n day(s) earlier", nullptr,
                         m_dashboard.periodDays)
                              .arg(name, now.currency));
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(6, 4, 6, 4);
    box->setSpacing(1);
    auto *caption = new QLabel(name, frame);
    Appearance::setTextTone(caption, Appearance::Tone::Muted);
    auto *value = new QLabel(
            formatTile(tile, figure(tile, now), now.arTotal, now.currency, m_locale), frame);
    value->setObjectName(QStringLiteral("tile_%1_%2_value").arg(int(tile)).arg(now.currency));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    value->setFont(f);
    auto *change = new QLabel(frame);
    change->setObjectName(QStringLiteral("tile_%1_%2_change").arg(int(tile)).arg(now.currency));
    showChange(change, tile, now, before);
    box->addWidget(caption);
    box->addWidget(value);
    box->addWidget(change);
    return frame;
}

void DashboardPane::showChange(QLabel *label, Tile tile, const Kpi &now,
                               const std::optional<Kpi> &before) const
{
    // The sign of the change and its size as shown: money for AR, else one decimal.
    int sign = 0;
    QString size;
    if (before && tile == Tile::Ar) {
        const qint64 delta = now.arTotal - before->arTotal;
        sign = delta > 0 ? 1 : (delta < 0 ? -1 : 0);
        size = money(delta < 0 ? -delta : delta, now.currency);
    } else if (const auto then = before ? figure(tile, *before) : std::nullopt,
               current = figure(tile, now);
               then && current) {
        const double delta = *current - *then;
        sign = delta > 0 ? 1 : (delta < 0 ? -1 : 0);
        size = m_locale.toString(std::abs(delta), 'f', 1);
    } else {
        label->setText(QStringLiteral("—"));
        return;
    }
    const QString arrow = sign > 0 ? QStringLiteral("▲ +")
                                   : (sign < 0 ? QStringLiteral("▼ −") : QStringLiteral("= "));
    label->setText(arrow + size);
    const bool better = higherIsBetter(tile) ? sign > 0 : sign < 0;
    // The arrow and sign say it in words too; the colour only repeats better or worse.
    Appearance::setTextTone(
            label,
            sign == 0 ? Appearance::Tone::Muted
                      : (better ? Appearance::Tone::Success : Appearance::Tone::Error));
    label->setProperty("better", sign == 0 ? QVariant() : QVariant(better));
}

void DashboardPane::showAging()
{
    QChart *chart = m_aging->chart();
    clearChart(chart, m_locale);
    chart->setTitle(tr("Aging by currency"));
    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("agingSeries"));
    const QStringList bucketNames {tr("Not due"), tr("1–30 days"), tr("31–60 days"),
                                   tr("61–90 days"), tr("90+ days")};
    QStringList currencies;
    for (const auto &a : std::as_const(m_dashboard.aging))
        currencies << a.currency;
    for (AgingBucket bucket : kAgingBuckets) {
        auto *set = new QBarSet(bucketNames[qsizetype(bucket)]);
        set->setColor(QColor(kBucketColours[std::size_t(bucket)]));
        for (const auto &a : std::as_const(m_dashboard.aging)) {
            // Major units for the axis only; the tooltips and the list show exact money.
            set->append(barHeight(a.amounts.amount(bucket), a.currency));
        }
        series->append(set);
    }
    connect(series, &QStackedBarSeries::clicked, this, [this, series](int index, QBarSet *set) {
        openAgingSegment(index, int(series->barSets().indexOf(set)));
    });
    connect(series, &QStackedBarSeries::hovered, this,
            [this, series](bool on, int index, QBarSet *set) {
                const int bucket = int(series->barSets().indexOf(set));
                if (!on || index < 0 || index >= m_dashboard.aging.size() || bucket < 0) {
                    m_aging->setToolTip(QString());
                    return;
                }
                const auto &a = m_dashboard.aging[index];
                const auto b = kAgingBuckets[std::size_t(bucket)];
                m_aging->setToolTip(
                        tr("%1 %2: %3, %n client(s) — click to list them", nullptr, a.clientsIn(b))
                                .arg(a.currency, set->label(),
                                     money(a.amounts.amount(b), a.currency)));
            });
    chart->addSeries(series);
    qreal tallest = 0; // the highest stack
    for (int i = 0; i < currencies.size(); ++i) {
        qreal stack = 0;
        for (QBarSet *set : series->barSets())
            stack += set->at(i);
        tallest = std::max(tallest, stack);
    }
    auto *x = new QBarCategoryAxis;
    x->append(currencies);
    attachBarAxes(chart, series, x, tallest);
    // A screen reader reads the chart as its title and the figures it draws.
    QStringList summary;
    for (const auto &a : std::as_const(m_dashboard.aging)) {
        QStringList parts;
        for (AgingBucket bucket : kAgingBuckets) {
            parts << tr("%1 %2").arg(bucketNames[qsizetype(bucket)],
                                     money(a.amounts.amount(bucket), a.currency));
        }
        summary << tr("%1: %2").arg(a.currency, parts.join(QStringLiteral("; ")));
    }
    m_aging->setAccessibleName(chart->title());
    m_aging->setAccessibleDescription(summary.isEmpty() ? tr("Nothing open")
                                                        : summary.join(QStringLiteral(". ")));
}

void DashboardPane::showTrend()
{
    QChart *chart = m_trend->chart();
    clearChart(chart, m_locale);
    chart->setTitle(tr("DSO (solid) and best-possible DSO (dashed) at month-ends"));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(std::clamp(int(m_dashboard.trend.size()), 2, 7));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Days"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QStringList currencies;
    for (const auto &point : std::as_const(m_dashboard.trend)) {
        for (const Kpi &k : point.currencies) {
            if (!currencies.contains(k.currency))
                currencies << k.currency;
        }
    }
    double top = 10;
    for (const QString &currency : std::as_const(currencies)) {
        auto *dso = new QLineSeries;
        dso->setName(tr("DSO %1").arg(currency));
        dso->setObjectName(QStringLiteral("dso_") + currency);
        auto *best = new QLineSeries;
        best->setName(tr("Best-possible DSO %1").arg(currency));
        best->setObjectName(QStringLiteral("bpdso_") + currency);
        for (const auto &point : std::as_const(m_dashboard.trend)) {
            const auto k = DashboardService::Dashboard::kpiOf(point.currencies, currency);
            const double when
                    = double(point.monthEnd.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
            if (k && k->dso) {
                dso->append(when, *k->dso);
                top = std::max(top, *k->dso);
            }
            if (k && k->bestPossibleDso)
                best->append(when, *k->bestPossibleDso);
        }
        for (QLineSeries *s : {dso, best}) {
            s->setPointsVisible(true);
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            connect(s, &QLineSeries::clicked, this, [this] { openTrendPoint(); });
        }
        // Best-possible DSO: the currency's colour, dashed, not repeated in the legend.
        QPen dashed = best->pen();
        dashed.setColor(dso->color());
        dashed.setStyle(Qt::DashLine);
        best->setPen(dashed);
        for (QLegendMarker *marker : chart->legend()->markers(best))
            marker->setVisible(false);
    }
    describeTrend(chart->title(), currencies);
    if (!m_dashboard.trend.isEmpty())
        x->setRange(m_dashboard.trend.first().monthEnd.startOfDay(QTimeZone::utc()),
                    m_dashboard.trend.last().monthEnd.startOfDay(QTimeZone::utc()));
    setRoundRange(y, top);
}

void DashboardPane::showActivity()
{
    QChart *chart = m_activity->chart();
    clearChart(chart, m_locale);
    chart->setTitle(tr("Activity per clerk per week"));
    const auto measure = Measure(std::max(0, m_measure->currentIndex()));
    // One bar set per clerk (every clerk active in any of the weeks), one category per week.
    QMap<QString, ActivityQuery::ClerkTotals> clerks;
    for (const auto &week : std::as_const(m_dashboard.weeks)) {
        for (const auto &t : week.clerks)
            clerks.insert(t.userName, t);
    }
    m_clerks = clerks.values();
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("activitySeries"));
    QStringList weeks;
    for (const auto &week : std::as_const(m_dashboard.weeks))
        weeks << dayAndMonth(m_locale, week.monday);
    for (const auto &clerk : std::as_const(m_clerks)) {
        auto *set = new QBarSet(clerk.userName.isEmpty() ? tr("(no author)") : clerk.userName);
        for (const auto &week : std::as_const(m_dashboard.weeks)) {
            int value = 0;
            for (const auto &t : week.clerks) {
                if (t.userId == clerk.userId)
                    value = measureOf(t, measure);
            }
            set->append(value);
        }
        series->append(set);
    }
    connect(series, &QBarSeries::clicked, this, [this, series](int, QBarSet *set) {
        openActivityBar(int(series->barSets().indexOf(set)));
    });
    chart->addSeries(series);
    qreal tallest = 0;
    for (QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            tallest = std::max(tallest, set->at(i));
    }
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    x->setTitleText(tr("Week starting"));
    attachBarAxes(chart, series, x, tallest);
    QStringList summary;
    for (QBarSet *set : series->barSets()) {
        qreal sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        summary << tr("%1: %2 in %n week(s)", nullptr, int(weeks.size()))
                           .arg(set->label(), m_locale.toString(qRound(sum)));
    }
    m_activity->setAccessibleName(chart->title() + QStringLiteral(" (") + m_measure->currentText()
                                  + u')');
    m_activity->setAccessibleDescription(summary.isEmpty() ? tr("No activity")
                                                           : summary.join(QStringLiteral(". ")));
}

void DashboardPane::describeTrend(const QString &title, const QStringList &currencies)
{
    // The latest month-end's figures, per currency, in words.
    QStringList summary;
    if (!m_dashboard.trend.isEmpty()) {
        const auto &last = m_dashboard.trend.last();
        for (const QString &currency : currencies) {
            const auto k = DashboardService::Dashboard::kpiOf(last.currencies, currency);
            if (!k || !k->dso)
                continue;
            summary << tr("%1 on %2: DSO %3 days, best possible %4 days")
                               .arg(currency, dateformat::date(m_locale, last.monthEnd),
                                    m_locale.toString(*k->dso, 'f', 1),
                                    k->bestPossibleDso
                                            ? m_locale.toString(*k->bestPossibleDso, 'f', 1)
                                            : QStringLiteral("—"));
        }
    }
    m_trend->setAccessibleName(title);
    m_trend->setAccessibleDescription(summary.isEmpty() ? tr("No month-end yet")
                                                        : summary.join(QStringLiteral(". ")));
}

void DashboardPane::showTopOverdue()
{
    m_top->setRowCount(int(m_dashboard.topOverdue.size()));
    int row = 0;
    for (const auto &account : std::as_const(m_dashboard.topOverdue)) {
        auto *code = new QTableWidgetItem(account.code);
        code->setData(Qt::UserRole, account.clientId);
        m_top->setItem(row, 0, code);
        m_top->setItem(row, 1, new QTableWidgetItem(account.name));
        m_top->setItem(row, 2, new QTableWidgetItem(account.clerk));
        m_top->setItem(row, 3, new QTableWidgetItem(account.currency));
        auto *amount = new QTableWidgetItem(money(account.overdueMinor, account.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_top->setItem(row, 4, amount);
        auto *days = new QTableWidgetItem(m_locale.toString(account.oldestDaysOverdue));
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_top->setItem(row, 5, days);
        ++row;
    }
    m_top->resizeColumnsToContents();
}

void DashboardPane::openAgingSegment(int currencyIndex, int bucket)
{
    if (currencyIndex < 0 || currencyIndex >= m_dashboard.aging.size() || bucket < 0
        || bucket >= int(kAgingBuckets.size()))
        return;
    const QString currency = m_dashboard.aging[currencyIndex].currency;
    ClientListQuery::Spec narrowing;
    narrowing.agingBucket = kAgingBuckets[std::size_t(bucket)];
    narrowing.agingCurrency = currency;
    narrowing.asOf = m_dashboard.asOf;
    const QStringList names {tr("not due"), tr("1–30 days past due"), tr("31–60 days past due"),
                             tr("61–90 days past due"), tr("more than 90 days past due")};
    Q_EMIT clientListRequested(
            narrowing,
            tr("Clients with %1 %2 on %3")
                    .arg(currency, names[bucket], dateformat::date(m_locale, m_dashboard.asOf)));
}

void DashboardPane::openActivityBar(int clerkIndex)
{
    if (clerkIndex < 0 || clerkIndex >= m_clerks.size() || !m_clerks[clerkIndex].userId)
        return;
    ClientListQuery::Spec narrowing;
    narrowing.clerkId = m_clerks[clerkIndex].userId;
    Q_EMIT clientListRequested(narrowing,
                               tr("Clients assigned to %1").arg(m_clerks[clerkIndex].userName));
}

void DashboardPane::openTrendPoint()
{
    ClientListQuery::Spec narrowing;
    narrowing.minDaysLate = 1;
    narrowing.asOf = m_dashboard.asOf;
    Q_EMIT clientListRequested(narrowing,
                               tr("Clients with an overdue balance on %1")
                                       .arg(dateformat::date(m_locale, m_dashboard.asOf)));
}

void DashboardPane::openNoContact()
{
    ClientListQuery::Spec narrowing;
    narrowing.owingOnly = true;
    narrowing.noContactDays = m_noContactDays->value();
    narrowing.asOf = m_dashboard.asOf;
    Q_EMIT clientListRequested(
            narrowing,
            tr("Clients who owe a balance and had no contact in the %n day(s) up to %1", nullptr,
               narrowing.noContactDays)
                    .arg(dateformat::date(m_locale, m_dashboard.asOf)));
}

void DashboardPane::retranslateUi()
{
    m_title->setText(
            m_dashboard.asOf.isValid()
                    ? tr("Dashboard — %1, over %n day(s); ▲▼ the change since the period before",
                         nullptr, m_dashboard.periodDays)
                              .arg(dateformat::date(m_locale, m_dashboard.asOf))
                    : tr("Dashboard"));
    m_topTitle->setText(tr("Most overdue accounts (double-click to open)"));
    m_noContactBefore->setText(tr("Owing, &no contact for"));
    m_noContactAfter->setText(tr("days"));
    m_noContactShow->setText(tr("Show clients"));
    m_noContactDays->setAccessibleName(tr("Days without contact"));
    m_noContactDays->setAccessibleDescription(
            tr("Lists the clients who owe a balance and with whom no call, e-mail, text, letter "
               "or meeting was logged in this many days (internal notes do not count)"));
    m_noContactShow->setAccessibleName(tr("Show the clients owing with no contact"));
    m_noContactShow->setToolTip(m_noContactDays->accessibleDescription());
    m_top->setHorizontalHeaderLabels({tr("Client"), tr("Name"), tr("Clerk"), tr("Currency"),
                                      tr("Overdue"), tr("Oldest (days)")});
    const int measure = std::max(0, m_measure->currentIndex());
    const QSignalBlocker blocker(m_measure);
    m_measure->clear();
    m_measure->addItems({tr("Calls, e-mails and texts"), tr("Calls"), tr("E-mails"), tr("Texts"),
                         tr("Promises made"), tr("Promises kept")});
    m_measure->setCurrentIndex(measure);
}

void DashboardPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        present(m_dashboard);
    QWidget::changeEvent(event);
}

} // namespace ardesk
