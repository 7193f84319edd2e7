// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/promiseservice.h"

#include <QDate>
#include <QDialog>
#include <QLocale>

class QLabel;
class QTableWidget;

namespace ardesk {

class DatabaseWorker;

/// Work > Promise-kept rates: how many resolved promises were kept, by count and by amount,
/// for the company and per clerk, per currency — PromiseService::keptRates, the numbers
/// `ardesk-cli promises rates` prints.
class PromiseRatesDialog : public QDialog
{
    Q_OBJECT
public:
    PromiseRatesDialog(const QDate &asOf, const QLocale &locale, QWidget *parent = nullptr);

    /// Opens the dialog on `window` and reads the rates on `worker` as of `asOf`.
    static PromiseRatesDialog *open(DatabaseWorker *worker, const QDate &asOf,
                                    const QLocale &locale, QWidget *window);

    /// The company's rates first, then each clerk's.
    void setRates(const QList<PromiseService::Rate> &company,
                  const QList<PromiseService::Rate> &clerks);
    void showError(const QString &message);
    /// The table as text, one line a row, cells separated by " | " (tests).
    QStringList rowTexts() const;

private:
    void addRow(const QString &who, const PromiseService::Rate &rate, bool bold);
    QString percent(int tenths) const;

    QDate m_asOf;
    QLocale m_locale;
    QLabel *m_intro;
    QTableWidget *m_table;
};

} // namespace ardesk
