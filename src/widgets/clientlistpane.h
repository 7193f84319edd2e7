// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ardesk {

class ClientListModel;

/// The client list: a filter box (search as you type, debounced) over a sortable table.
class ClientListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ClientListPane(QWidget *parent = nullptr);

    void setModel(ClientListModel *model);
    ClientListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// The id of the selected client, or 0.
    qint64 currentClientId() const;
    /// The clients of the selected rows (Ctrl/Shift-click selects several, e.g. for a bulk
    /// e-mail), in list order.
    QList<qint64> selectedClientIds() const;
    void focusFilter();
    /// Says over the list what a dashboard narrowed it to, with a way back to every client
    /// (empty: hidden).
    void setNarrowingText(const QString &text);
    QLabel *narrowingLabel() const { return m_narrowing; }

Q_SIGNALS:
    void clientSelected(qint64 clientId);
    /// The list's context menu: export the clients as listed (filter and order).
    void exportRequested();
    /// The first time rows are painted after a load (start-up measurement and tests).
    void rowsPainted();
    /// "Show all clients" under a dashboard's narrowing was clicked.
    void narrowingCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount(int rows);

    ClientListModel *m_model = nullptr;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_narrowing;
    QTimer *m_debounce;
    bool m_paintReported = false;
};

} // namespace ardesk
