// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/services/chaseexplanation.h"
#include "core/services/noteservice.h"
#include "core/storage/clientdetails.h"
#include "core/support/clock.h"

#include "widgets/appearance.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ardesk {

class ClientDetailsTab;
class NotesPane;
class TodayPane;
class ChaseTab;

/// The selected client: a header (name, code, status, credit hold banner) over tabs.
class ClientWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ClientWorkspace(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setAsOf(const QDate &date);
    void showLoading();
    void showDetails(const ClientDetails &details);
    void showNotes(QList<NoteService::Entry> notes, const QList<NoteTemplate> &templates);
    void showError(const QString &message);
    void clear();

    qint64 clientId() const { return m_clientId; }
    ClientDetailsTab *detailsTab() const { return m_details; }
    NotesPane *notesPane() const { return m_notes; }
    TodayPane *todayPane() const { return m_today; }
    ChaseTab *chaseTab() const { return m_chase; }
    void showChase(const ChaseExplanation &explanation);
    /// True while the Today queue is on screen (no client open).
    bool isShowingToday() const;
    /// Brings the Notes tab to the front.
    void showNotesTab();
    /// Brings the Reminders ("why / why not chased") tab to the front.
    void showChaseTab();
    QString headerText() const;
    /// When `clientId` is shown next (opened from Today), the focus goes where the clerk acts
    /// next: the billing contact's call button on the Details tab.
    void focusOnArrival(qint64 clientId) { m_arrivalClient = clientId; }
    /// The badges shown under the header (open promises, disputes, payment plans, pauses): their
    /// texts, in that order, only the visible ones (tests).
    QStringList badgeTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpHoldBanner();
    QLabel *addBadge(QLayout *row, const QString &objectName, Appearance::Tone tone);
    void showBadges(const ClientDetails &details);
    void showPauseBadge(const QList<ClientStandingQuery::Pause> &running);
    QString money(qint64 minor, const QString &currency) const;
    QString date(const QDate &day) const;
    void retranslateUi();
    void focusCallButton(const ClientDetails &details);

    qint64 m_clientId = 0;
    qint64 m_arrivalClient = 0;
    QLocale m_locale;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_holdBanner;
    QLabel *m_promiseBadge = nullptr;
    QLabel *m_disputeBadge = nullptr;
    QLabel *m_planBadge = nullptr;
    QLabel *m_pauseBadge = nullptr;
    QTabWidget *m_tabs;
    ClientDetailsTab *m_details;
    NotesPane *m_notes;
    ChaseTab *m_chase;
    TodayPane *m_today;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ardesk
