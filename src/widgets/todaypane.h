// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/todayqueue.h"

#include <array>

#include <QLocale>
#include <QPointer>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ardesk {

class TodayQueueModel;

/// The start page: the clerk's Today queue — every account that needs action today, why, and
/// its priority — worked from the keyboard: Enter opens the account, Ctrl+Shift+L calls its
/// billing contact, Ctrl+L logs a call on it, Ctrl+D marks it done and opens the next. Shown where
/// the client workspace is when no client is open. An empty company file shows its first steps here
/// instead.
class TodayPane : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPane(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setRows(QList<TodayQueue::Row> rows, const QDate &asOf, const QString &userName);
    /// What an empty company file shows instead of the queue: the first steps (import, company
    /// settings, e-mail, users), each a button bound to the window's action (setFirstStepAction).
    /// setRows() brings the queue back.
    void showFirstSteps(const QString &userName);
    bool showsFirstSteps() const;
    void showLoading();
    void showError(const QString &message);
    TodayQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The client of the selected row (0: none).
    qint64 currentClientId() const;
    /// Selects the row of a client; false when it is not in the queue.
    bool selectClient(qint64 clientId);
    QString titleText() const;

    /// The first steps an empty company offers, in their order on the page.
    enum class FirstStep { Import, CompanySettings, EmailSettings, Users, Count };
    /// The step's button triggers `action` and is shown only while the action is (the window
    /// hides what the user's role may not do), enabled with it; its tooltip is the action's.
    void setFirstStepAction(FirstStep step, QAction *action);
    /// The step's button, or nullptr.
    QPushButton *firstStepButton(FirstStep step) const;

Q_SIGNALS:
    void openRequested(qint64 clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTitle();
    QWidget *buildFirstSteps();
    void addFirstStep(QWidget *page, QGridLayout *grid, FirstStep which, const char *name,
                      const QString &buttonText, const QString &explanation);
    /// Each step as its action is; a sentence instead when the user's role offers none.
    void updateFirstSteps();

    struct Step
    {
        QPushButton *button = nullptr;
        QLabel *explanation = nullptr;
        QPointer<QAction> action;
    };
    // Before m_firstSteps: buildFirstSteps() fills them while that member is initialised.
    std::array<Step, std::size_t(FirstStep::Count)> m_steps;
    QLabel *m_noSteps = nullptr; ///< when the user's role may take none of the steps
    QLabel *m_title;
    QLabel *m_hint;
    TodayQueueModel *m_model;
    QTableView *m_view;
    QWidget *m_firstSteps;
    QString m_userName;
    QDate m_asOf;
};

} // namespace ardesk
