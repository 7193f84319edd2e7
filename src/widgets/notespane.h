// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/services/noteservice.h"
#include "core/storage/clientdetails.h"
#include "core/support/clock.h"

#include <QLocale>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QSplitter;
class QLabel;
class QListView;
class QCheckBox;

namespace ardesk {

class NoteComposer;
class NoteDelegate;
class NoteTimelineModel;

/// The Notes tab of a client: the timeline (newest first) with a filter by channel, author and
/// dates, and the composer below it. Edit, delete, history and attachments from a note's
/// context menu. Shows and collects; NoteActions does the work.
class NotesPane : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPane(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setClient(const ClientDetails &details);
    void setNotes(QList<NoteService::Entry> notes, const QList<NoteTemplate> &templates);
    void showError(const QString &message);

    NoteTimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    NoteComposer *composer() const { return m_composer; }
    NoteDelegate *delegate() const { return m_delegate; }
    /// Selects and scrolls to a note (e.g. a search result opened in context).
    bool revealNote(qint64 noteId);

Q_SIGNALS:
    void deleteRequested(qint64 noteId);
    void historyRequested(qint64 noteId);
    /// "Deleted notes…": the client's deleted notes, still readable.
    void deletedRequested();
    void openAttachmentRequested(qint64 attachmentId);
    void saveAttachmentRequested(qint64 attachmentId, const QString &displayName);
    /// A mailto: link in a note was clicked (or chosen from its context menu).
    void mailtoRequested(const QString &address);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *buildFilters();
    QSplitter *buildTimeline();
    /// Where the reader is in the timeline: the current note, the note at the top of the view
    /// and how far its top is from the view's (pixels), or at the very top.
    struct Place
    {
        qint64 current = 0;
        qint64 top = 0;
        int topOffset = 0;
        bool atTop = true;
    };
    Place currentPlace() const;
    void restorePlace(const Place &place);
    void retranslateUi();
    void applyFilter();
    void showContextMenu(const QPoint &pos);
    void updateCount();

    QLocale m_locale;
    QHash<qint64, QString> m_invoiceNumbers;
    QComboBox *m_channelFilter;
    QComboBox *m_authorFilter;
    QCheckBox *m_dateFilter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    NoteTimelineModel *m_model;
    NoteDelegate *m_delegate;
    QListView *m_view;
    NoteComposer *m_composer;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ardesk
