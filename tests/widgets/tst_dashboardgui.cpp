// SPDX-License-Identifier: MIT
// The dashboard in the real main window over a demo company file (offscreen): a manager lands on
// it, its charts carry the expected series, bar sets and points, the tiles' DSO and CEI are
// ReportService::kpis formatted, and clicking a chart element shows the client list narrowed to
// exactly what it shows (the 90+ bar: the clients AgingReport puts there; a clerk's activity bar:
// that clerk's clients; a DSO point: the clients with an overdue balance); a top-overdue row opens
// its client. A clerk, whom the permission table does not let read reports, gets no Work >
// Dashboard.
#include "core/domain/permissions.h"
#include "core/services/demogenerator.h"
#include "core/services/reportservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "models/activitymodel.h"
#include "models/clientlistmodel.h"
#include "widgets/activitydialog.h"
#include "widgets/clientlistpane.h"
#include "widgets/dashboardpane.h"
#include "widgets/mainwindow.h"

#include "support/testsupport.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSet>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

using namespace ardesk;
using namespace ardesk::test;

class TestDashboardGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void managerLandsOnTheDashboardWithItsCharts();
    void tilesShowTheKpisOfReportService();
    void the90PlusBarListsExactlyThe90PlusClients();
    void activityBarAndDsoPointNarrowTheList();
    void noContactListIsReachedByKeyboard();
    void topOverdueRowOpensItsClient();
    void clerkGetsNoDashboard();
    void valueAxesGroupDigitsInTheCompanyLocale();
    void valueAxesTickAtRoundNumbers();
    void weekLabelsStandWholeWithoutTheYear();
    /// With ARDESK_SCREENSHOT_DIR set (make screenshots): dashboard.png and activity.png (the
    /// Reports > Client activity view) of the demo file, as a manager.
    void screenshots();

private:
    /// Opens the file as `user`; for a manager, waits for the dashboard.
    void openAs(const QString &user);
    std::shared_ptr<Database> openFile() const;
    /// The client ids the list shows (every row loaded first).
    QSet<qint64> listedClients() const;
    DashboardPane *pane() const { return m_window->dashboard(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QDate kToday(2026, 7, 10);

/// The texts the chart draws (titles, legend, axis labels), as the scene holds them.
QStringList drawnTexts(const QGraphicsItem *item)
{
    QStringList texts;
    for (const QGraphicsItem *child : item->childItems()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(child);
            text && text->isVisible())
            texts << text->toPlainText();
        texts << drawnTexts(child);
    }
    return texts;
}

template<typename Series>
Series *onlySeries(QChart *chart)
{
    const auto all = chart->series();
    return all.size() == 1 ? qobject_cast<Series *>(all.first()) : nullptr;
}

} // namespace

void TestDashboardGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ARDeskTest"));
    QCoreApplication::setApplicationName(
            QStringLiteral("tst_dashboardgui-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(m_dir.isValid());
    m_clock = FixedClock::atNoon(kToday);
    m_path = m_dir.filePath(QStringLiteral("demo.ardesk"));
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = m_clock;
    auto db = Database::open(m_path, options);
    QVERIFY2(db, qPrintable(db.errorString()));
    DemoGenerator::Options o;
    o.clients = 150;
    o.seed = 7;
    o.asOf = db.value()->today();
    auto made = DemoGenerator(db.value()).generate(o);
    QVERIFY2(made, qPrintable(made.errorString()));
    db.value()->releaseThreadConnection();
}

void TestDashboardGui::init()
{
    m_window = std::make_unique<MainWindow>(m_clock);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardGui::cleanup()
{
    m_window.reset();
}

void TestDashboardGui::openAs(const QString &user)
{
    QSignalSpy loaded(pane(), &DashboardPane::loaded);
    auto r = m_window->openFile(m_path, user);
    QVERIFY2(r, qPrintable(r.errorString()));
    if (m_window->isShowingDashboard()) {
        QVERIFY(loaded.wait(60000));
        QVERIFY2(!pane()->findChild<QLabel *>(QStringLiteral("dashboardError"))->isVisible(),
                 qPrintable(pane()->findChild<QLabel *>(QStringLiteral("dashboardError"))->text()));
    }
}

std::shared_ptr<Database> TestDashboardGui::openFile() const
{
    Database::Options options;
    options.clock = m_clock;
    auto db = Database::open(m_path, options);
    return db ? db.value() : nullptr;
}

QSet<qint64> TestDashboardGui::listedClients() const
{
    ClientListModel *model = m_window->clientList()->model();
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!QTest::qWaitFor([&] { return index.data(ClientListModel::LoadedRole).toBool(); },
                             5000))
            return {};
        ids.insert(index.data(ClientListModel::ClientIdRole).toLongLong());
    }
    return ids;
}

void TestDashboardGui::managerLandsOnTheDashboardWithItsCharts()
{
    openAs(QStringLiteral("amelia.clark"));
    QVERIFY(m_window->isShowingDashboard());
    QVERIFY(pane()->isVisible());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("dashboardAction"));
    QVERIFY(action && action->isVisible());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    const auto &d = pane()->dashboard();
    QCOMPARE(d.asOf, kToday);
    QVERIFY(!d.aging.isEmpty());

    // Aging: one bar set per bucket, one category per currency, the amounts of AgingReport.
    auto *aging = onlySeries<QStackedBarSeries>(pane()->agingChart());
    QVERIFY(aging);
    QCOMPARE(aging->count(), 5);
    QCOMPARE(aging->barSets().last()->label(), QStringLiteral("90+ days"));
    auto *categories
            = qobject_cast<QBarCategoryAxis *>(pane()->agingChart()->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    auto db = openFile();
    QVERIFY(db);
    auto report = AgingReport::compute(*db, kToday);
    QVERIFY(report);
    QStringList currencies;
    for (const auto &c : report.value().currencies)
        currencies << c.currency;
    QCOMPARE(categories->categories(), currencies);
    for (qsizetype i = 0; i < currencies.size(); ++i)
        QCOMPARE(d.aging[i].amounts.d90plus, report.value().currencies[i].buckets.d90plus);

    // Trend: DSO and best-possible DSO per currency, a point at each of 12 month-ends.
    const auto trend = pane()->trendChart()->series();
    QCOMPARE(trend.size(), 2 * currencies.size());
    auto *usd = pane()->trendChart()->findChild<QLineSeries *>(QStringLiteral("dso_USD"));
    if (!usd) {
        for (QAbstractSeries *s : trend) {
            if (s->objectName() == QStringLiteral("dso_USD"))
                usd = qobject_cast<QLineSeries *>(s);
        }
    }
    QVERIFY(usd);
    QCOMPARE(usd->count(), 12);

    // Activity: one bar set per clerk who did something, one category per week (eight).
    auto *activity = onlySeries<QBarSeries>(pane()->activityChart());
    QVERIFY(activity);
    QVERIFY(activity->count() >= 1);
    auto *weeks = qobject_cast<QBarCategoryAxis *>(
            pane()->activityChart()->axes(Qt::Horizontal).value(0));
    QVERIFY(weeks);
    QCOMPARE(weeks->count(), 8);
    for (QBarSet *set : activity->barSets())
        QCOMPARE(set->count(), 8);

    // The top overdue accounts: the table lists them.
    QVERIFY(pane()->topOverdueTable()->rowCount() > 0);
    QCOMPARE(pane()->topOverdueTable()->rowCount(), int(d.topOverdue.size()));
}

void TestDashboardGui::tilesShowTheKpisOfReportService()
{
    openAs(QStringLiteral("amelia.clark"));
    auto db = openFile();
    QVERIFY(db);
    const qint64 manager = m_window->currentUser().id;
    KpiQuery::Spec spec;
    spec.asOf = kToday;
    auto kpis = ReportService(db, manager).kpis(spec);
    QVERIFY2(kpis, qPrintable(kpis.errorString()));
    QVERIFY(!kpis.value().currencies.isEmpty());
    const QLocale locale = m_window->companyLocale();
    for (const Kpi &k : kpis.value().currencies) {
        const QString dso = k.dso ? QStringLiteral("%1 days").arg(locale.toString(*k.dso, 'f', 1))
                                  : QStringLiteral("—");
        QCOMPARE(pane()->tileText(DashboardPane::Tile::Dso, k.currency), dso);
        const QString cei = k.cei ? QStringLiteral("%1 %").arg(locale.toString(*k.cei, 'f', 1))
                                  : QStringLiteral("—");
        QCOMPARE(pane()->tileText(DashboardPane::Tile::Cei, k.currency), cei);
        QVERIFY(!pane()->tileChangeText(DashboardPane::Tile::Dso, k.currency).isEmpty());
    }
}

void TestDashboardGui::the90PlusBarListsExactlyThe90PlusClients()
{
    openAs(QStringLiteral("amelia.clark"));
    auto db = openFile();
    QVERIFY(db);
    const auto &d = pane()->dashboard();
    qsizetype category = -1;
    for (qsizetype i = 0; i < d.aging.size(); ++i) {
        if (d.aging[i].currency == QStringLiteral("USD"))
            category = i;
    }
    QVERIFY(category >= 0);
    QSet<qint64> expected;
    auto rows = AgingReport::forEachClient(
            *db, kToday, [&](const AgingReport::ClientRow &row) -> Result<void> {
                if (row.currency == QStringLiteral("USD") && row.buckets.d90plus > 0)
                    expected.insert(row.clientId);
                return {};
            });
    QVERIFY(rows);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(d.aging[category].clientsIn(AgingBucket::Days90Plus), int(expected.size()));

    auto *aging = onlySeries<QStackedBarSeries>(pane()->agingChart());
    QVERIFY(aging);
    QSignalSpy listed(m_window->clientList()->model(), &ClientListModel::loaded);
    Q_EMIT aging->clicked(int(category), aging->barSets().at(4)); // as a click on the segment
    QVERIFY(listed.wait(10000));
    QVERIFY(!m_window->isShowingDashboard());
    QVERIFY(m_window->clientList()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), int(expected.size()),
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->clientList()->model()->isLoading(), 10000);
    QCOMPARE(listedClients(), expected);
    QVERIFY(m_window->clientList()->narrowingLabel()->isVisible());
    QVERIFY(m_window->clientList()->narrowingLabel()->text().contains(QStringLiteral("90")));

    // "Show all clients" lists everyone again.
    Q_EMIT m_window->clientList()->narrowingLabel()->linkActivated(QStringLiteral("all"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 150, 10000);
    QVERIFY(!m_window->clientList()->narrowingLabel()->isVisible());
}

void TestDashboardGui::activityBarAndDsoPointNarrowTheList()
{
    openAs(QStringLiteral("amelia.clark"));
    auto db = openFile();
    QVERIFY(db);
    auto *activity = onlySeries<QBarSeries>(pane()->activityChart());
    QVERIFY(activity);
    // The first clerk with an author: that clerk's clients.
    const auto users = UserRepository(db->connection()).list();
    QVERIFY(users);
    qint64 clerkId = 0;
    int setIndex = -1;
    for (int i = 0; i < activity->count() && !clerkId; ++i) {
        for (const User &u : users.value()) {
            if (u.name == activity->barSets().at(i)->label()) {
                clerkId = u.id;
                setIndex = i;
            }
        }
    }
    QVERIFY(clerkId);
    ClientListQuery::Spec spec;
    spec.clerkId = clerkId;
    auto mine = ClientListQuery(*db).ids(spec);
    QVERIFY(mine);
    QSignalSpy clerkListed(m_window->clientList()->model(), &ClientListModel::loaded);
    Q_EMIT activity->clicked(3, activity->barSets().at(setIndex));
    QVERIFY(clerkListed.wait(10000));
    QVERIFY(!m_window->isShowingDashboard());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), int(mine.value().size()),
                              10000);
    QCOMPARE(listedClients(), QSet<qint64>(mine.value().cbegin(), mine.value().cend()));

    // A DSO point: every client with an overdue balance today.
    m_window->showDashboard();
    QSignalSpy loaded(pane(), &DashboardPane::loaded);
    QVERIFY(loaded.wait(60000));
    QSet<qint64> overdue;
    auto rows = AgingReport::forEachClient(*db, kToday,
                                           [&](const AgingReport::ClientRow &row) -> Result<void> {
                                               if (row.buckets.overdue() > 0)
                                                   overdue.insert(row.clientId);
                                               return {};
                                           });
    QVERIFY(rows);
    auto *dso = qobject_cast<QLineSeries *>(pane()->trendChart()->series().value(0));
    QVERIFY(dso && dso->count() > 0);
    QSignalSpy listed(m_window->clientList()->model(), &ClientListModel::loaded);
    Q_EMIT dso->clicked(dso->at(dso->count() - 1));
    QVERIFY(listed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), int(overdue.size()),
                              10000);
    QCOMPARE(listedClients(), overdue);
}

/// "Owing, no contact for [N] days": Alt+N reaches the days, Tab the button, Space lists the
/// clients who owe and had no conversation logged in those days (ClientListQuery's rule,
/// tested in core.dashboard), the narrowing named above the list.
void TestDashboardGui::noContactListIsReachedByKeyboard()
{
    openAs(QStringLiteral("amelia.clark"));
    auto db = openFile();
    QVERIFY(db);
    ClientListQuery::Spec spec;
    spec.owingOnly = true;
    spec.noContactDays = 45;
    spec.asOf = kToday;
    auto expected = ClientListQuery(*db).ids(spec);
    QVERIFY(expected);
    QVERIFY(!expected.value().isEmpty());
    spec.noContactDays = 0;
    auto owing = ClientListQuery(*db).ids(spec);
    QVERIFY(owing);
    QVERIFY(owing.value().size() > expected.value().size()); // the days narrow it
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(pane()->noContactDaysBox()->hasFocus());
    QTest::keyClick(pane()->noContactDaysBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(pane()->noContactDaysBox(), QStringLiteral("45"));
    QCOMPARE(pane()->noContactDaysBox()->value(), 45);
    QTest::keyClick(pane()->noContactDaysBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane()->noContactButton()));
    QSignalSpy listed(m_window->clientList()->model(), &ClientListModel::loaded);
    QTest::keyClick(pane()->noContactButton(), Qt::Key_Space);
    QVERIFY(listed.wait(10000));
    QVERIFY(!m_window->isShowingDashboard());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(),
                              int(expected.value().size()), 10000);
    QCOMPARE(listedClients(), QSet<qint64>(expected.value().cbegin(), expected.value().cend()));
    QVERIFY(m_window->clientList()->narrowingLabel()->text().contains(QStringLiteral("45 days")));
}

void TestDashboardGui::topOverdueRowOpensItsClient()
{
    openAs(QStringLiteral("amelia.clark"));
    QTableWidget *top = pane()->topOverdueTable();
    QVERIFY(top->rowCount() > 0);
    const qint64 first = pane()->dashboard().topOverdue.first().clientId;
    QSignalSpy shown(m_window.get(), &MainWindow::clientShown);
    Q_EMIT top->cellActivated(0, 1);
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().toLongLong(), first);
    QVERIFY(!m_window->isShowingDashboard());
}

void TestDashboardGui::clerkGetsNoDashboard()
{
    openAs(QStringLiteral("dana.ortiz"));
    QVERIFY(!m_window->isShowingDashboard());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("dashboardAction"));
    QVERIFY(action);
    QCOMPARE(action->isVisible(),
             Permissions::allows(UserRole::Clerk, Permission::AuditAndReports));
    QVERIFY(!action->isVisible());
    m_window->showDashboard(); // the shortcut's slot: nothing for a clerk
    QVERIFY(!m_window->isShowingDashboard());
}

void TestDashboardGui::valueAxesGroupDigitsInTheCompanyLocale()
{
    // The aging bars reach hundreds of thousands: the axis says "300,000" in the company's
    // locale like the tiles and the list beside it, not "300000".
    openAs(QStringLiteral("amelia.clark"));
    const QLocale locale = m_window->companyLocale();
    QVERIFY(!locale.groupSeparator().isEmpty());
    QChart *chart = pane()->agingChart();
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QVERIFY2(y->max() >= 10000, qPrintable(QString::number(y->max())));
    const QString top = locale.toString(y->max(), 'f', 0);
    QVERIFY(top.contains(locale.groupSeparator()));
    QTRY_VERIFY2_WITH_TIMEOUT(drawnTexts(chart).contains(top), qPrintable(top), 5000);
    static const QRegularExpression ungrouped(QStringLiteral("^\\d{5,}$"));
    for (QChart *c : {pane()->agingChart(), pane()->trendChart(), pane()->activityChart()}) {
        const QStringList texts = drawnTexts(c);
        QVERIFY2(texts.filter(ungrouped).isEmpty(), qPrintable(texts.join(u'|')));
    }
}

namespace {
/// Whether `step` is 1, 2, 2.5 or 5 times a power of ten.
bool isRound(qreal step)
{
    if (step <= 0)
        return false;
    const qreal power = std::pow(10.0, std::floor(std::log10(step)));
    const qreal factor = step / power;
    static const qreal kFactors[] = {1.0, 2.0, 2.5, 5.0, 10.0};
    return std::any_of(std::begin(kFactors), std::end(kFactors),
                       [&](qreal f) { return std::abs(factor - f) < 1e-9; });
}
} // namespace

void TestDashboardGui::valueAxesTickAtRoundNumbers()
{
    // Issue 16: the aging axis ticked at the tallest bar divided in four ("222,877, 167,158…");
    // each value axis of the charts now runs from 0 to a round top in round steps that the
    // chart draws, grouped in the company locale, and the tallest bar fits under it.
    openAs(QStringLiteral("amelia.clark"));
    const QLocale locale = m_window->companyLocale();
    for (QChart *chart : {pane()->agingChart(), pane()->activityChart()}) {
        auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QVERIFY2(y->tickCount() >= 2 && y->tickCount() <= 6, qPrintable(chart->title()));
        const qreal step = y->max() / (y->tickCount() - 1);
        QVERIFY2(isRound(step) && step >= 1,
                 qPrintable(QStringLiteral("%1: step %2").arg(chart->title()).arg(step)));
        // The tallest bar (a stack for aging) fits, with less than one step to spare.
        qreal tallest = 0;
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        const bool stacked = qobject_cast<QStackedBarSeries *>(series) != nullptr;
        for (int i = 0; i < series->barSets().value(0)->count(); ++i) {
            qreal stack = 0;
            for (QBarSet *set : series->barSets())
                stack = stacked ? stack + set->at(i) : std::max(stack, set->at(i));
            tallest = std::max(tallest, stack);
        }
        QVERIFY2(tallest <= y->max() && y->max() - tallest < step,
                 qPrintable(QStringLiteral("%1: tallest %2, top %3")
                                    .arg(chart->title())
                                    .arg(tallest)
                                    .arg(y->max())));
        // Every tick is drawn as that round number.
        QStringList ticks;
        for (int i = 0; i < y->tickCount(); ++i)
            ticks << locale.toString(step * i, 'f', 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
                std::all_of(ticks.cbegin(), ticks.cend(),
                            [&](const QString &t) { return drawnTexts(chart).contains(t); }),
                qPrintable(ticks.join(u'|') + QStringLiteral(" drawn: ")
                           + drawnTexts(chart).join(u'|')),
                5000);
    }
    // The DSO trend's days too, above its highest point.
    auto *days = qobject_cast<QValueAxis *>(pane()->trendChart()->axes(Qt::Vertical).value(0));
    QVERIFY(days);
    QCOMPARE(days->min(), 0.0);
    QVERIFY2(isRound(days->max() / (days->tickCount() - 1)),
             qPrintable(QString::number(days->max())));
    for (QAbstractSeries *s : pane()->trendChart()->series()) {
        for (const QPointF &p : qobject_cast<QLineSeries *>(s)->points())
            QVERIFY(p.y() <= days->max());
    }
}

void TestDashboardGui::weekLabelsStandWholeWithoutTheYear()
{
    // Issue 16: the weeks were written with their year and cut ("10/12/…"); now day and month
    // in the company's order, each drawn whole.
    openAs(QStringLiteral("amelia.clark"));
    const QLocale locale = m_window->companyLocale();
    QChart *chart = pane()->activityChart();
    auto *weeks = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(weeks);
    const auto &d = pane()->dashboard();
    QCOMPARE(weeks->count(), int(d.weeks.size()));
    for (int i = 0; i < weeks->count(); ++i) {
        const QDate monday = d.weeks[i].monday;
        const QString label = weeks->at(i);
        QVERIFY2(!label.contains(QString::number(monday.year())), qPrintable(label));
        // The numbers of the full date, in the same order, less the year.
        const QString full = ardesk::dateformat::date(locale, monday);
        static const QRegularExpression number(QStringLiteral("\\d+"));
        QStringList inFull, inLabel;
        for (auto it = number.globalMatch(full); it.hasNext();)
            inFull << it.next().captured();
        for (auto it = number.globalMatch(label); it.hasNext();)
            inLabel << it.next().captured();
        inFull.removeAll(QString::number(monday.year()));
        QCOMPARE(inLabel, inFull);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                const QStringList drawn = drawnTexts(chart);
                return std::all_of(weeks->categories().cbegin(), weeks->categories().cend(),
                                   [&](const QString &w) { return drawn.contains(w); });
            }(),
            qPrintable(drawnTexts(chart).join(u'|')), 5000);
}

void TestDashboardGui::screenshots()
{
    const QString dir = qEnvironmentVariable("ARDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("ARDESK_SCREENSHOT_DIR not set");
    openAs(QStringLiteral("amelia.clark"));
    QTest::qWait(300); // let the charts lay out before the grab
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/dashboard.png")));
    m_window->findChild<QAction *>(QStringLiteral("clientActivityAction"))->trigger();
    ActivityDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ActivityDialog *>()) != nullptr; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return dialog->model()->rowCount() > 0; }, 10000));
    dialog->resize(1200, 760);
    QTest::qWait(300);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/activity.png")));
}

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboardgui.moc"
