// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/chaseexplanation.h"

#include <QLocale>
#include <QWidget>

class QTextBrowser;

namespace ardesk {

/// The client's "why / why not chased today" panel: for each overdue invoice, how late it is,
/// the reminder steps done and when, the next step and its date, and every rule holding it
/// (dispute, pause, promise, plan, do not contact, no address).
class ChaseTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChaseTab(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setExplanation(const ChaseExplanation &explanation);
    QString text() const;

private:
    QLocale m_locale;
    QTextBrowser *m_browser;
};

} // namespace ardesk
