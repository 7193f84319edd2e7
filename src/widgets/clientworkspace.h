// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/clientdetails.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ardesk {

class ClientDetailsTab;

/// The selected client: a header (name, code, status, credit hold banner) over tabs.
class ClientWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ClientWorkspace(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setAsOf(const QDate &date);
    void showLoading();
    void showDetails(const ClientDetails &details);
    void showError(const QString &message);
    void clear();

    qint64 clientId() const { return m_clientId; }
    ClientDetailsTab *detailsTab() const { return m_details; }
    QString headerText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    qint64 m_clientId = 0;
    QLocale m_locale;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_holdBanner;
    QTabWidget *m_tabs;
    ClientDetailsTab *m_details;
};

} // namespace ardesk
