// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notedraft.h"
#include "core/domain/notetemplate.h"
#include "core/services/noteservice.h"
#include "core/storage/clientdetails.h"
#include "core/support/clock.h"

#include <QLocale>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QHBoxLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace ardesk {

class ErrorLabel;

/// Writes a note (or a new revision of one): channel, direction, contact (picked or typed),
/// occurred-at, outcome, a note template's structured fields, plain text, linked invoices, next
/// contact date or "no follow-up needed", and attachments (file dialog or drag and drop). It
/// only collects: the rules are Note::validate and NoteService, whose message it shows.
/// What is typed and not saved can be taken as a NoteDraft and put back (NoteDraftKeeper keeps
/// it per client and user). "When" follows the clock until the user sets it: a note saved at
/// 14:15 is stamped 14:15 however long the form was open.
class NoteComposer : public QWidget
{
    Q_OBJECT
public:
    explicit NoteComposer(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setClient(const ClientDetails &details);
    void setTemplates(const QList<NoteTemplate> &templates);
    /// The company's locale: amounts, and the date editors' format (dateformat).
    void setLocale(const QLocale &locale);

    /// Empties the form for a new note (keeps the client).
    void startNew();
    /// Loads a note for editing; saving then adds a revision.
    void startAmend(const NoteService::Entry &entry);
    bool isAmending() const { return m_amendNoteId != 0; }

    /// Prefills channel, contact and text (e.g. "Log a text" from a contact's phone).
    void prefill(NoteChannel channel, const QString &contactName, qint64 contactId = 0);
    void setText(const QString &text);
    void setOutcome(NoteOutcome outcome);
    void setNextContact(const QDate &date);
    void setNoFollowUp(bool on);
    void setTemplate(const QString &key);
    /// Sets a structured field's text (by field key) of the chosen template.
    void setFieldText(const QString &key, const QString &text);
    void setInvoiceLinked(qint64 invoiceId, bool linked);
    void addAttachmentFile(const QString &path);
    void addAttachmentData(const QString &name, const QByteArray &bytes);
    int pendingAttachments() const;

    /// The note as entered, or the first thing that is missing or wrong.
    Result<NoteService::Draft> draft() const;
    /// What is entered now, as it is (nothing checked): the draft to keep while the note is not
    /// saved. Its clientId is the client the form is for.
    NoteDraft unsavedDraft() const;
    /// Puts a kept draft back into the form (a note being edited stays an edit) and shows
    /// "Draft restored — saved HH:MM" with a Discard button.
    void restoreDraft(const NoteDraft &draft);
    /// Whether the "Draft restored" line is on show.
    bool isShowingRestoredDraft() const;
    /// Whether the user set "When"; until then it follows the clock and the note takes the
    /// time it is saved.
    bool isOccurredAtSet() const { return m_occurredSet; }
    void showError(const QString &message);
    QString errorText() const;

Q_SIGNALS:
    void saveRequested(const ardesk::NoteService::Draft &draft);
    void amendRequested(qint64 noteId, const ardesk::NoteService::Draft &draft,
                        int expectedRevision);
    /// Something in the form changed (typed, picked, attached): there is work to keep.
    void edited();
    /// Discard was pressed on a restored draft; the form is empty again.
    void draftDiscarded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void linkContact(Note &note) const;
    QString templateSentence(const QString &key, const QMap<QString, QString> &fields) const;
    void nameChildren();
    QGridLayout *buildHeaderGrid();
    QHBoxLayout *buildBottomRow();
    QWidget *buildDraftBar();
    void connectUi();
    void connectEdits();
    void retranslateUi();
    void retranslateDraftBar();
    void rebuildFields();
    void save();
    void updateFollowUp();
    /// The structured fields' texts as typed, by field key.
    QMap<QString, QString> fieldTexts() const;
    /// Emits edited() unless the form is being filled in by the program.
    void noteEdited();
    /// Keeps the shown "When" at the clock's minute while the user has not set it.
    void followClock();
    void setOccurredQuietly(const QDateTime &local);

    ClientDetails m_details;
    QList<NoteTemplate> m_templates;
    QLocale m_locale;
    qint64 m_amendNoteId = 0;
    int m_amendRevision = 0;
    QStringList m_files;
    QList<QPair<QString, QByteArray>> m_data;
    bool m_quiet = false; ///< the program is filling the form: no edited()
    bool m_occurredSet = false; ///< the user set "When" (or it is an edit's): it stays
    QDateTime m_draftSavedAt; ///< of the restored draft on show

    QLabel *m_title;
    QWidget *m_draftBar;
    QLabel *m_draftLabel;
    QPushButton *m_discardDraft;
    QTimer *m_clockTimer;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QComboBox *m_contact;
    QDateTimeEdit *m_occurred;
    QComboBox *m_outcome;
    QComboBox *m_template;
    QWidget *m_fieldsBox;
    QFormLayout *m_fieldsForm;
    QPlainTextEdit *m_text;
    QListWidget *m_invoices;
    QCheckBox *m_followUp;
    QDateEdit *m_nextContact;
    QCheckBox *m_noFollowUp;
    QListWidget *m_attachments;
    QPushButton *m_attach;
    QPushButton *m_save;
    QAction *m_saveAction; ///< Ctrl+Return
    QPushButton *m_cancelAmend;
    ErrorLabel *m_error;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ardesk
