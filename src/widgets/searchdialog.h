// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ardesk {

class DatabaseWorker;
class SearchResultModel;

/// Search notes: full text across every client's notes (and attachment names) as you type, with
/// snippets, filtered by channel, date range and optionally the shown client. Enter or a
/// double-click opens the note in its client's timeline. The search runs on the worker thread.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    SearchDialog(DatabaseWorker *worker, const QLocale &locale, QWidget *parent = nullptr);

    /// The client the "only this client" choice limits to (0: none shown).
    void setCurrentClient(qint64 clientId, const QString &name);
    void setText(const QString &text);
    /// Limits the search to the client given to setCurrentClient() (when there is one).
    void setOnlyCurrentClient(bool only);
    SearchResultModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

Q_SIGNALS:
    void openNoteRequested(qint64 clientId, qint64 noteId);

private:
    void setUpFilters();
    void setUpView();
    void connectUi();
    void search();
    void openCurrent();

    SearchResultModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_channel;
    QCheckBox *m_onlyClient;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_debounce;
    qint64 m_clientId = 0;
};

} // namespace ardesk
