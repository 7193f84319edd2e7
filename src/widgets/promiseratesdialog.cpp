// SPDX-License-Identifier: MIT
#include "widgets/promiseratesdialog.h"

#include "core/domain/money.h"
#include "core/support/dateformat.h"
#include "models/databaseworker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

namespace {
struct Loaded
{
    QList<PromiseService::Rate> company;
    QList<PromiseService::Rate> clerks;
    QString error;
};
} // namespace

PromiseRatesDialog::PromiseRatesDialog(const QDate &asOf, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_asOf(asOf)
    , m_locale(locale)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
{
    setWindowTitle(tr("Promise-kept rates"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Promises resolved by %1 (kept, partly kept or broken; open and cancelled "
                        "ones do not count). By count: kept ÷ resolved. By amount: received "
                        "towards the promises ÷ promised, per currency.")
                             .arg(dateformat::date(locale, asOf)));
    m_table->setObjectName(QStringLiteral("promiseRates"));
    m_table->setAccessibleName(tr("Promise-kept rates"));
    m_table->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_table->setHorizontalHeaderLabels({tr("Who"), tr("Currency"), tr("Kept"), tr("Resolved"),
                                        tr("By count"), tr("By amount")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

PromiseRatesDialog *PromiseRatesDialog::open(DatabaseWorker *worker, const QDate &asOf,
                                             const QLocale &locale, QWidget *window)
{
    auto *dialog = new PromiseRatesDialog(asOf, locale, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    if (!worker)
        return dialog;
    worker->run(
            dialog,
            [asOf](const std::shared_ptr<Database> &db) {
                Loaded r;
                PromiseService service(db, 0);
                auto company = service.keptRates(PromiseService::RateBy::Company, asOf);
                auto clerks = service.keptRates(PromiseService::RateBy::Clerk, asOf);
                if (!company)
                    r.error = company.errorString();
                else if (!clerks)
                    r.error = clerks.errorString();
                else {
                    r.company = company.value();
                    r.clerks = clerks.value();
                }
                return r;
            },
            [dialog](Loaded r) {
                if (!r.error.isEmpty())
                    dialog->showError(r.error);
                else
                    dialog->setRates(r.company, r.clerks);
            });
    return dialog;
}

QString PromiseRatesDialog::percent(int tenths) const
{
    return tenths < 0 ? QStringLiteral("–")
                      : tr("%1 %").arg(m_locale.toString(tenths / 10.0, 'f', 1));
}

void PromiseRatesDialog::addRow(const QString &who, const PromiseService::Rate &rate, bool bold)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells {who,
                             rate.currency,
                             m_locale.toString(rate.rate.kept),
                             m_locale.toString(rate.rate.resolved),
                             percent(rate.rate.countRateTenths()),
                             percent(rate.rate.amountRateTenths())};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c >= 2)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (c == 5)
            item->setToolTip(tr("%1 received of %2 promised")
                                     .arg(Money::fromMinor(rate.rate.receivedMinor, rate.currency)
                                                  .format(m_locale),
                                          Money::fromMinor(rate.rate.promisedMinor, rate.currency)
                                                  .format(m_locale)));
        m_table->setItem(row, c, item);
    }
}

void PromiseRatesDialog::setRates(const QList<PromiseService::Rate> &company,
                                  const QList<PromiseService::Rate> &clerks)
{
    m_table->setRowCount(0);
    for (const PromiseService::Rate &r : company)
        addRow(tr("Company"), r, true);
    for (const PromiseService::Rate &r : clerks)
        addRow(r.name.isEmpty() ? tr("(unknown author)") : r.name, r, false);
    if (company.isEmpty())
        m_intro->setText(m_intro->text() + u' ' + tr("No promise has been resolved yet."));
    m_table->resizeColumnsToContents();
}

void PromiseRatesDialog::showError(const QString &message)
{
    m_intro->setText(tr("The rates could not be read: %1").arg(message));
}

QStringList PromiseRatesDialog::rowTexts() const
{
    QStringList rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << m_table->item(r, c)->text();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

} // namespace ardesk
